#include "core/finance/balancerepository.h"

#include "core/cases/columns.h"
#include "core/finance/bucketsql.h"

#include <map>

namespace caseledger::core {

using namespace columns;

CaseBalances BalanceRepository::load(const Uuid& caseId, Date on)
{
    return totals(caseId, on).balances();
}

BalanceTotals BalanceRepository::totals(const Uuid& caseId, Date on)
{
    BalanceTotals totals(on);
    const Date month = on.firstOfMonth();
    // The case's charges and lines, signed: charges add, lines subtract. Row by row rather
    // than GROUP BY (the sums are the same): SQLite's sorter allocates per row, and with
    // SQLCipher's memory security every allocation is an mlock/munlock pair (issue 4). Current
    // support counts for the date's month only, so its buckets are sought at that month in the
    // index by case (case_id, bucket, period, ...) and every other bucket is read whole: the
    // current support of earlier months, most of a case's ledger, is never read.
    static const std::string chargesSql
        = "SELECT bucket, installment_due, amount_cents FROM charge WHERE case_id = ?1 "
          "AND bucket IN ("
        + currentBucketCodes()
        + ") AND period = ?3 AND effective_on <= ?2 "
          "UNION ALL SELECT bucket, installment_due, amount_cents FROM charge WHERE case_id = ?1 "
          "AND bucket IN ("
        + otherBucketCodes() + ") AND effective_on <= ?2";
    auto charges = m_db.prepare(chargesSql);
    charges.bind(1, caseId);
    bindDate(charges, 2, on);
    bindDate(charges, 3, month);
    while (charges.step())
        totals.add(
            Bucket::parseStored(charges.text(0)), optionalDate(charges, 1), "", money(charges, 2));
    static const std::string linesSql
        = "SELECT bucket, installment_due, disposition, amount_cents FROM allocation_line "
          "WHERE case_id = ?1 AND bucket IN ("
        + currentBucketCodes()
        + ") AND period = ?2 UNION ALL SELECT bucket, installment_due, disposition, amount_cents "
          "FROM allocation_line WHERE case_id = ?1 AND bucket IN ("
        + otherBucketCodes() + ")";
    auto lines = m_db.prepare(linesSql);
    lines.bind(1, caseId);
    bindDate(lines, 2, month);
    while (lines.step())
        totals.add(Bucket::parseStored(lines.text(0)), optionalDate(lines, 1), lines.text(2),
            -money(lines, 3));
    return totals;
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
