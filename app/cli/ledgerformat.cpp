#include "app/cli/ledgerformat.h"

#include "app/cli/caseformat.h"
#include "core/finance/csvtable.h"

#include <sstream>

namespace caseledger::cli::ledgerformat {

using caseformat::money;

nlohmann::json toJson(const core::PostedCollection& c)
{
    return {{"id", c.id.toString()}, {"receipt_id", c.receiptId},
        {"amount_cents", c.amount.cents()}, {"date", c.collectedOn.toIso()},
        {"source", core::codeOf(c.source)}, {"status", core::codeOf(c.status)},
        {"rule_set", c.ruleSet}, {"posted_by", c.postedBy}, {"posted_at", c.postedAt}};
}

nlohmann::json toJson(const core::LedgerLine& l)
{
    nlohmann::json j
        = {{"seq", l.seq}, {"entry", core::codeOf(l.entry)}, {"case", l.line.caseNumber},
            {"bucket", l.line.bucket.code()}, {"payee", core::codeOf(l.line.payee)},
            {"disposition", core::dispositionCode(l.line.disposition)},
            {"amount_cents", l.line.amount.cents()},
            {"ura_reduction_cents", l.line.uraReduction.cents()}, {"rule", l.line.rule}};
    if (l.line.installmentDue)
        j["installment_due"] = l.line.installmentDue->toIso();
    return j;
}

nlohmann::json toJson(const core::PostResult& r)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& l : r.lines)
        lines.push_back(toJson(l));
    return {{"collection", toJson(r.collection)}, {"already_posted", r.alreadyPosted},
        {"family_cents", r.toFamily.cents()}, {"retained_cents", r.retained.cents()},
        {"held_cents", r.held.cents()}, {"lines", lines}};
}

nlohmann::json toJson(const core::BatchResult& r)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : r.rows)
        rows.push_back({{"row", row.row}, {"receipt_id", row.receiptId},
            {"amount_cents", row.amount.cents()}, {"already_posted", row.alreadyPosted},
            {"lines", row.lines}, {"family_cents", row.toFamily.cents()},
            {"retained_cents", row.retained.cents()}, {"held_cents", row.held.cents()}});
    nlohmann::json j = {{"dry_run", r.dryRun}, {"total_cents", r.total.cents()},
        {"posted", r.posted}, {"already_posted", r.alreadyPosted}, {"rows", rows}};
    if (r.batchId)
        j["batch_id"] = r.batchId->toString();
    return j;
}

nlohmann::json toJson(const core::ReversalResult& r)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& l : r.lines)
        lines.push_back(toJson(l));
    return {{"collection", toJson(r.collection)},
        {"cancelled_disbursements_cents", r.cancelledDisbursements.cents()},
        {"overpayment_receivable_cents", r.overpaymentReceivable.cents()},
        {"released_held_cents", r.releasedHeld.cents()}, {"lines", lines}};
}

nlohmann::json toJson(const core::CaseLedger& l)
{
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& e : l.entries) {
        nlohmann::json j = {{"date", e.date.toIso()}, {"kind", e.kind}, {"bucket", e.bucket.code()},
            {"charge_cents", e.charge.cents()}, {"payment_cents", e.payment.cents()},
            {"balance_cents", e.balance.cents()}, {"description", e.description}};
        if (!e.receiptId.empty())
            j["receipt_id"] = e.receiptId;
        if (!e.payee.empty())
            j["payee"] = e.payee;
        entries.push_back(std::move(j));
    }
    nlohmann::json buckets = nlohmann::json::object();
    for (const auto& b : l.buckets)
        buckets[b.bucket.code()] = {{"charged_cents", b.charged.cents()},
            {"paid_cents", b.paid.cents()}, {"owed_cents", b.owed().cents()}};
    core::Money receivable;
    for (const auto& r : l.receivables)
        receivable += r.amount;
    return {{"case", l.record.number}, {"opening_balance_cents", l.openingBalance.cents()},
        {"owed_cents", l.owed.cents()}, {"written_ahead_cents", l.writtenAhead.cents()},
        {"ura_cents", l.ura.cents()}, {"overpayment_receivable_cents", receivable.cents()},
        {"buckets", buckets}, {"entries", entries}};
}

nlohmann::json toJson(const core::CollectionExplanation& e)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& l : e.lines)
        lines.push_back(toJson(l));
    nlohmann::json held = nlohmann::json::array();
    for (const auto& h : e.held)
        held.push_back({{"amount_cents", h.amount.cents()}, {"reason", h.reason}});
    nlohmann::json paid = nlohmann::json::array();
    for (const auto& d : e.disbursements)
        paid.push_back({{"due_on", d.dueOn.toIso()}, {"amount_cents", d.amount.cents()}});
    return {{"collection", toJson(e.collection)}, {"lines", lines}, {"held", held},
        {"disbursements", paid}};
}

nlohmann::json toJson(const core::HeldItem& h)
{
    return {{"receipt_id", h.receiptId}, {"case", h.caseNumber}, {"amount_cents", h.amount.cents()},
        {"reason", h.reason}, {"since", h.since.toIso()}};
}

std::string toText(const core::PostResult& r)
{
    std::ostringstream out;
    if (r.alreadyPosted) {
        out << "Receipt " << r.collection.receiptId << " was already posted; nothing changed.\n";
        return out.str();
    }
    out << "Posted receipt " << r.collection.receiptId << ": "
        << r.collection.amount.toDisplayString() << " on " << r.collection.collectedOn.toIso()
        << " (rule set " << r.collection.ruleSet << ")\n";
    for (const auto& l : r.lines)
        out << "  " << l.line.caseNumber << "  " << l.line.bucket.code() << "  "
            << core::codeOf(l.line.payee) << "  " << money(l.line.amount) << "\n";
    out << "Family " << money(r.toFamily) << ", retained " << money(r.retained) << ", held "
        << money(r.held) << "\n";
    return out.str();
}

std::string toText(const core::BatchResult& r)
{
    std::ostringstream out;
    out << (r.dryRun ? "Dry run (nothing posted): " : "Imported: ") << r.rows.size()
        << " rows, control total " << r.total.toDisplayString() << "; " << r.posted
        << (r.dryRun ? " would be posted, " : " posted, ") << r.alreadyPosted
        << " already posted\n";
    for (const auto& row : r.rows)
        out << "  " << row.row << "  " << row.receiptId << "  " << money(row.amount)
            << (row.alreadyPosted ? "  already posted" : "") << "  family " << money(row.toFamily)
            << "  retained " << money(row.retained) << "  held " << money(row.held) << "\n";
    return out.str();
}

std::string toText(const core::CaseLedger& l)
{
    std::ostringstream out;
    out << "Ledger of case " << l.record.number << "\nOpening balance "
        << l.openingBalance.toDisplayString() << "\n";
    for (const auto& e : l.entries)
        out << e.date.toIso() << "  " << e.kind << "  " << e.bucket.code() << "  "
            << (e.charge.isZero() ? "" : "+" + money(e.charge))
            << (e.payment.isZero() ? "" : "-" + money(e.payment)) << "  balance "
            << money(e.balance) << (e.receiptId.empty() ? "" : "  receipt " + e.receiptId) << "\n";
    out << "\nBy bucket (charged / paid / owed):\n";
    for (const auto& b : l.buckets)
        out << "  " << b.bucket.code() << ": " << money(b.charged) << " / " << money(b.paid)
            << " / " << money(b.owed()) << "\n";
    out << "Owed today " << l.owed.toDisplayString() << "; unreimbursed assistance "
        << l.ura.toDisplayString() << "\n";
    if (!l.writtenAhead.isZero())
        out << "Entries dated after today add " << l.writtenAhead.toDisplayString()
            << " on their dates\n";
    return out.str();
}

std::string toText(const core::CollectionExplanation& e)
{
    std::ostringstream out;
    out << "Receipt " << e.collection.receiptId << ": " << e.collection.amount.toDisplayString()
        << " received " << e.collection.collectedOn.toIso() << " ("
        << core::labelOf(e.collection.source) << "), " << core::labelOf(e.collection.status)
        << ", rule set " << e.collection.ruleSet << "\n\n";
    for (const auto& l : e.lines)
        out << l.seq << ". [" << core::codeOf(l.entry) << "] " << l.line.caseNumber << "  "
            << l.line.bucket.code() << " -> " << core::codeOf(l.line.payee) << "  "
            << money(l.line.amount) << "\n   " << l.line.rule << "\n";
    for (const auto& h : e.held)
        out << "Held " << money(h.amount) << ": " << h.reason << "\n";
    for (const auto& d : e.disbursements)
        out << "Disbursement " << money(d.amount) << " due " << d.dueOn.toIso() << "\n";
    return out.str();
}

std::string toCsv(const core::CaseLedger& l)
{
    std::string out = core::csvLine({"date", "kind", "bucket", "payee", "charge", "payment",
        "balance", "receipt_id", "description"});
    for (const auto& e : l.entries)
        out += core::csvLine({e.date.toIso(), e.kind, e.bucket.code(), e.payee, money(e.charge),
            money(e.payment), money(e.balance), e.receiptId, e.description});
    return out;
}

} // namespace caseledger::cli::ledgerformat
