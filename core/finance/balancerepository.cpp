#include "core/finance/balancerepository.h"

#include "core/cases/columns.h"
#include "core/finance/bucketsql.h"

#include <map>

namespace caseledger::core {

using namespace columns;

namespace {

// Rows of (bucket, installment_due, disposition -- empty for a charge --, signed amount: charges
// add, lines subtract) into the totals. Row by row rather than GROUP BY (the sums are the same):
// SQLite's sorter allocates per row, and with SQLCipher's memory security every allocation is an
// mlock/munlock pair (issue 4).
BalanceTotals sumRows(Statement& s, Date on)
{
    BalanceTotals totals(on);
    std::string code;
    Bucket bucket;
    while (s.step()) {
        if (s.textView(0) != code) { // rows mostly come bucket by bucket: parsed on a change
            code = s.text(0);
            bucket = Bucket::parseStored(code);
        }
        totals.add(bucket, optionalDate(s, 1), s.textView(2), money(s, 3));
    }
    return totals;
}

// The current support of on's month (?3), in effect by `on` (?2): sought in the index by case
// (case_id, bucket, period, ...), so that the current support of earlier months -- most of a
// case's ledger -- is never read.
const std::string& currentMonthSql()
{
    static const std::string sql
        = "SELECT bucket, installment_due, '', amount_cents FROM charge WHERE case_id = ?1 "
          "AND bucket IN ("
        + currentBucketCodes()
        + ") AND period = ?3 AND effective_on <= ?2 "
          "UNION ALL SELECT bucket, installment_due, disposition, -amount_cents FROM "
          "allocation_line WHERE case_id = ?1 AND bucket IN ("
        + currentBucketCodes() + ") AND period = ?3";
    return sql;
}

} // namespace

CaseBalances BalanceRepository::load(const Uuid& caseId, Date on)
{
    return totalsFromLedger(caseId, on).balances();
}

const std::string& BalanceRepository::totalsSql()
{
    // Every other bucket from the kept sums (migration 10): installment_balance holds the
    // principal of each installment, bucket_sum the rest; both count every charge however late
    // its effective date, so the charges not yet in effect on `on` are taken back out, found with
    // one seek in the index by effective date (case_id, effective_on, ...) of the charges outside
    // current support. For a collection dated after the latest accrual that is the month-end
    // conversion and the interest dated after it, a row or two; a collection dated long before
    // (a late posting) takes back every month since, and reads as many rows as the old sum did.
    static const std::string sql = currentMonthSql()
        + " UNION ALL SELECT bucket, installment_due, '', unpaid_cents FROM installment_balance "
          "WHERE case_id = ?1 AND unpaid_cents <> 0 "
          "UNION ALL SELECT bucket, NULL, CASE unapplied WHEN 1 THEN 'unapplied' ELSE '' END, "
          "amount_cents FROM bucket_sum WHERE case_id = ?1 AND amount_cents <> 0 "
          "UNION ALL SELECT bucket, installment_due, '', -amount_cents FROM charge "
          "WHERE case_id = ?1 AND bucket NOT LIKE 'current%' "
          "AND effective_on > ?2";
    return sql;
}

BalanceTotals BalanceRepository::totals(const Uuid& caseId, Date on)
{
    auto s = m_db.prepare(totalsSql());
    s.bind(1, caseId);
    bindDate(s, 2, on);
    bindDate(s, 3, on.firstOfMonth());
    return sumRows(s, on);
}

BalanceTotals BalanceRepository::totalsFromLedger(const Uuid& caseId, Date on)
{
    static const std::string sql = currentMonthSql()
        + " UNION ALL SELECT bucket, installment_due, '', amount_cents FROM charge WHERE "
          "case_id = ?1 AND bucket IN ("
        + otherBucketCodes()
        + ") AND effective_on <= ?2 UNION ALL SELECT bucket, installment_due, disposition, "
          "-amount_cents FROM allocation_line WHERE case_id = ?1 AND bucket IN ("
        + otherBucketCodes() + ")";
    auto s = m_db.prepare(sql);
    s.bind(1, caseId);
    bindDate(s, 2, on);
    bindDate(s, 3, on.firstOfMonth());
    return sumRows(s, on);
}

std::vector<BucketBalance> BalanceRepository::buckets(const Uuid& caseId)
{
    // Summed here rather than by GROUP BY: SQLite's sorter allocates per row, and with
    // SQLCipher's memory security every allocation is an mlock/munlock pair (issue 4). The map
    // keeps ORDER BY bucket (the code's text order).
    std::map<std::string, BucketBalance> sums;
    auto add = [&](Statement& s, bool charged) {
        while (s.step()) {
            auto [it, added] = sums.try_emplace(s.text(0));
            if (added)
                it->second.bucket = Bucket::parseStored(s.text(0));
            (charged ? it->second.charged : it->second.paid) += money(s, 1);
        }
    };
    auto charges = m_db.prepare("SELECT bucket, amount_cents FROM charge WHERE case_id = ?1");
    charges.bind(1, caseId);
    add(charges, true);
    auto lines
        = m_db.prepare("SELECT bucket, amount_cents FROM allocation_line WHERE case_id = ?1");
    lines.bind(1, caseId);
    add(lines, false);
    std::vector<BucketBalance> out;
    out.reserve(sums.size());
    for (auto& [code, balance] : sums)
        out.push_back(balance);
    return out;
}

} // namespace caseledger::core
