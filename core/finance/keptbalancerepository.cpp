#include "core/finance/keptbalancerepository.h"

#include "core/base/error.h"
#include "core/cases/columns.h"
#include "core/store/database.h"
#include "core/store/keptbalancesql.h"

#include <map>
#include <set>

namespace caseledger::core {

using namespace columns;

namespace {

// Every row outside current support, in case order from the covering indexes by case
// (charge_case and allocation_line_case, migration 8), and the two kept tables in key order.
constexpr const char* kChargesSql
    = "SELECT case_id, bucket, installment_due, kind, period, amount_cents FROM charge "
      "INDEXED BY charge_case WHERE bucket NOT LIKE 'current%' ORDER BY case_id";
constexpr const char* kLinesSql
    = "SELECT case_id, bucket, installment_due, disposition, amount_cents FROM allocation_line "
      "INDEXED BY allocation_line_case WHERE bucket NOT LIKE 'current%' ORDER BY case_id";
constexpr const char* kCasesSql = "SELECT id FROM cases ORDER BY id";
constexpr const char* kInstallmentsSql
    = "SELECT case_id, bucket, installment_due, unpaid_cents, entered_on FROM "
      "installment_balance ORDER BY case_id";
constexpr const char* kBucketSumsSql
    = "SELECT case_id, bucket, unapplied, amount_cents FROM bucket_sum ORDER BY case_id";

// Where a row's amount is kept, as the triggers of migrations 9 and 10 decide it (their WHEN
// clauses, written again here so that the check does not take them on trust): current support
// nowhere, the principal of an installment in installment_balance, the rest in bucket_sum.
enum class Kept
{
    Nowhere,
    Installment,
    BucketSum
};

Kept keptIn(std::string_view stored, bool hasInstallment)
{
    std::string bucket(stored); // LIKE ignores the case of ASCII letters: so does this
    for (char& c : bucket)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (bucket.starts_with("current"))
        return Kept::Nowhere;
    if (bucket.starts_with("arrears") && bucket.ends_with("principal") && hasInstallment)
        return Kept::Installment;
    return Kept::BucketSum;
}

struct Installment
{
    Money amount;
    std::optional<Date> enteredOn;
    bool operator==(const Installment&) const = default;
};

// One case's sums, as kept and as the ledger has them.
struct CaseSums
{
    std::map<std::pair<std::string, Date>, Installment> keptInstallments, ledgerInstallments;
    std::map<std::pair<std::string, bool>, Money> keptSums, ledgerSums;
};

// A statement read in case order, one case at a time.
struct Cursor
{
    Statement s;
    bool live = false;
    Uuid id;

    explicit Cursor(Statement statement)
        : s(std::move(statement))
    {
        next();
    }
    void next()
    {
        live = s.step();
        if (live)
            id = s.uuid(0);
    }
    bool at(const Uuid& caseId) const { return live && id == caseId; }
};

template<class Map>
std::set<typename Map::key_type> keysOf(const Map& a, const Map& b)
{
    std::set<typename Map::key_type> keys;
    for (const auto& [k, v] : a)
        keys.insert(k);
    for (const auto& [k, v] : b)
        keys.insert(k);
    return keys;
}

template<class Map>
typename Map::mapped_type valueOr(const Map& m, const typename Map::key_type& key)
{
    const auto it = m.find(key);
    return it == m.end() ? typename Map::mapped_type {} : it->second;
}

} // namespace

std::vector<std::string> KeptBalanceRepository::walkSql()
{
    return {kCasesSql, kChargesSql, kLinesSql, kInstallmentsSql, kBucketSumsSql};
}

KeptBalanceCheck KeptBalanceRepository::verify(
    const std::function<bool(std::int64_t, std::int64_t)>& progress)
{
    KeptBalanceCheck out;
    // Progress counts the cases table walked alongside: a bar that fills evenly, whichever
    // cases have ledger rows.
    const std::int64_t total = m_db.queryInt64("SELECT count(*) FROM cases");
    std::int64_t done = 0;
    Cursor everyCase(m_db.prepare(kCasesSql));
    Cursor charges(m_db.prepare(kChargesSql)), lines(m_db.prepare(kLinesSql)),
        installments(m_db.prepare(kInstallmentsSql)), sums(m_db.prepare(kBucketSumsSql));
    auto caseNumber = m_db.prepare("SELECT case_number FROM cases WHERE id = ?1");
    auto differs = [&](const Uuid& caseId, KeptBalanceDifference d) {
        ++out.differences;
        if (out.listed.size() >= KeptBalanceCheck::kListed)
            return;
        caseNumber.reset();
        caseNumber.bind(1, caseId);
        d.caseId = caseId;
        d.caseNumber = caseNumber.step() ? caseNumber.text(0) : caseId.toString();
        out.listed.push_back(std::move(d));
    };
    for (;;) {
        std::optional<Uuid> next;
        for (const Cursor* c : {&everyCase, &charges, &lines, &installments, &sums})
            if (c->live && (!next || c->id < *next))
                next = c->id;
        if (!next)
            break;
        const Uuid caseId = *next;
        if (everyCase.at(caseId)) {
            ++done;
            everyCase.next();
        }
        CaseSums sum;
        for (; charges.at(caseId); charges.next()) {
            const Statement& s = charges.s;
            const std::string bucket = s.text(1);
            const auto due = optionalDate(s, 2);
            const Money amount = money(s, 5);
            switch (keptIn(bucket, due.has_value())) {
            case Kept::Installment: {
                auto& i = sum.ledgerInstallments[{bucket, *due}];
                i.amount += amount;
                if (s.textView(3) == "reassignment" && amount.isPositive())
                    i.enteredOn = std::max(i.enteredOn.value_or(date(s, 4)), date(s, 4));
                break;
            }
            case Kept::BucketSum:
                sum.ledgerSums[{bucket, false}] += amount;
                break;
            case Kept::Nowhere:
                break;
            }
        }
        for (; lines.at(caseId); lines.next()) {
            const Statement& s = lines.s;
            const std::string bucket = s.text(1);
            const auto due = optionalDate(s, 2);
            const Money amount = money(s, 4);
            switch (keptIn(bucket, due.has_value())) {
            case Kept::Installment:
                sum.ledgerInstallments[{bucket, *due}].amount -= amount;
                break;
            case Kept::BucketSum:
                sum.ledgerSums[{bucket, s.textView(3) == "unapplied"}] -= amount;
                break;
            case Kept::Nowhere:
                break;
            }
        }
        for (; installments.at(caseId); installments.next()) {
            const Statement& s = installments.s;
            sum.keptInstallments[{s.text(1), date(s, 2)}] = {money(s, 3), optionalDate(s, 4)};
        }
        for (; sums.at(caseId); sums.next())
            sum.keptSums[{sums.s.text(1), sums.s.int64(2) != 0}] = money(sums.s, 3);

        for (const auto& key : keysOf(sum.keptInstallments, sum.ledgerInstallments)) {
            ++out.installments;
            const Installment kept = valueOr(sum.keptInstallments, key);
            const Installment ledger = valueOr(sum.ledgerInstallments, key);
            if (kept != ledger)
                differs(caseId,
                    {{}, {}, key.first, key.second, false, kept.amount, ledger.amount,
                        kept.enteredOn, ledger.enteredOn});
        }
        for (const auto& key : keysOf(sum.keptSums, sum.ledgerSums)) {
            ++out.bucketSums;
            const Money kept = valueOr(sum.keptSums, key), ledger = valueOr(sum.ledgerSums, key);
            if (kept != ledger)
                differs(
                    caseId, {{}, {}, key.first, std::nullopt, key.second, kept, ledger, {}, {}});
        }
        if (sum.keptInstallments.size() + sum.ledgerInstallments.size() + sum.keptSums.size()
                + sum.ledgerSums.size()
            > 0)
            ++out.cases;
        if (progress && !progress(std::min(done, total), total))
            throw Failure(ErrorCode::Cancelled, "verification cancelled");
    }
    // The reports' sums, table by table, each computed again from the whole ledger in SQL; the
    // walk above is done, and a cancel is still heard between tables.
    for (const auto& table : kReportSumTables) {
        if (progress && !progress(total, total))
            throw Failure(ErrorCode::Cancelled, "verification cancelled");
        if (const auto wrong = reportSumDifferences(m_db, table); wrong > 0) {
            out.reportSumDifferences += wrong;
            out.reportSumTablesWrong.emplace_back(table.name);
        }
    }
    if (progress)
        progress(total, total);
    return out;
}

KeptBalanceRebuild KeptBalanceRepository::rebuild()
{
    KeptBalanceRebuild out;
    out.marksDropped = m_db.queryInt64("SELECT count(*) FROM accrual_mark");
    m_db.exec("DELETE FROM installment_balance; DELETE FROM bucket_sum; DELETE FROM accrual_mark;");
    m_db.exec(kFillInstallmentBalanceSql);
    m_db.exec(kFillBucketSumSql);
    fillReportSums(m_db);
    for (const auto& table : kReportSumTables)
        out.reportSums += m_db.queryInt64(std::string("SELECT count(*) FROM ") + table.name);
    out.installments = m_db.queryInt64("SELECT count(*) FROM installment_balance");
    out.bucketSums = m_db.queryInt64("SELECT count(*) FROM bucket_sum");
    return out;
}

} // namespace caseledger::core
