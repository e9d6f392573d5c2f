#include "core/finance/paymentimport.h"

#include "core/base/error.h"
#include "core/base/text.h"
#include "core/finance/accrualplan.h"
#include "core/finance/csvtable.h"

#include <set>

namespace caseledger::core {

namespace {

[[noreturn]] void bad(const std::string& row, const std::string& field, const std::string& why)
{
    failValidation(row + ", " + field, row + ", field " + field + ": " + why);
}

Money amountField(const std::string& row, const std::string& text)
{
    const auto m = Money::parse(text);
    if (!m)
        bad(row, "amount", "must be dollars and at most two decimals of cents, such as 125.00");
    if (!m->isPositive())
        bad(row, "amount", "must be more than zero");
    return *m;
}

} // namespace

void validateReceiptId(const std::string& receiptId, const std::string& where)
{
    const std::string field = where.empty() ? "receipt_id" : where + ", receipt_id";
    if (receiptId.empty() || receiptId.size() > 64)
        failValidation(field, field + ": give a receipt id of 1 to 64 characters");
    for (const char c : receiptId)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.'
            && c != '/')
            failValidation(field, field + ": use letters, digits and - _ . / only");
}

std::vector<PaymentRow> parsePaymentCsv(std::string_view text, Date today)
{
    const CsvTable table = parseCsv(text, {"receipt_id", "obligor", "amount", "date", "source"});
    std::vector<PaymentRow> out;
    std::set<std::string> receipts;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& f = table.rows[i];
        PaymentRow r;
        r.row = CsvTable::rowName(i);
        r.receiptId = text::trim(f[0]);
        validateReceiptId(r.receiptId, r.row);
        if (!receipts.insert(r.receiptId).second)
            bad(r.row, "receipt_id", "repeats the receipt id of an earlier row");
        r.obligor = text::trim(f[1]);
        if (r.obligor.empty())
            bad(r.row, "obligor", "give one of the payer's case numbers or the payer's id");
        r.amount = amountField(r.row, f[2]);
        const auto d = Date::parseIso(f[3]);
        if (!d)
            bad(r.row, "date", "must be a date written YYYY-MM-DD");
        if (*d > today)
            bad(r.row, "date", "is in the future");
        r.date = *d;
        const auto source = parseCode<CollectionSource>(f[4]);
        if (!source)
            bad(r.row, "source", "must be one of " + allowedCodes<CollectionSource>());
        r.source = *source;
        out.push_back(std::move(r));
    }
    if (out.empty())
        failValidation("file", "the file has no payment rows");
    return out;
}

std::vector<GrantRow> parseGrantCsv(std::string_view text)
{
    const CsvTable table = parseCsv(text, {"case", "month", "amount"});
    std::vector<GrantRow> out;
    std::set<std::pair<std::string, Date>> seen;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& f = table.rows[i];
        GrantRow g;
        g.row = CsvTable::rowName(i);
        g.caseRef = text::trim(f[0]);
        if (g.caseRef.empty())
            bad(g.row, "case", "give the case number");
        const auto m = parseMonth(f[1]);
        if (!m)
            bad(g.row, "month", "must be a month written YYYY-MM");
        g.month = *m;
        g.amount = amountField(g.row, f[2]);
        if (!seen.insert({g.caseRef, g.month}).second)
            bad(g.row, "month", "repeats the case and month of an earlier row");
        out.push_back(std::move(g));
    }
    if (out.empty())
        failValidation("file", "the file has no grant rows");
    return out;
}

} // namespace caseledger::core
