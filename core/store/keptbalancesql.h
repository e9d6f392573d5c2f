#pragma once

#include <array>
#include <cstdint>

namespace caseledger::core {

class Database;

// The sums the ledger's insert triggers keep (migrations 9 and 10 for posting and accrual,
// 11 for the reports), computed afresh from every ledger row: the migrations fill the new tables
// with these statements, and KeptBalanceRepository::rebuild() refills them with the same ones after
// a verification found them wrong (DESIGN §5: balances may be cached, but a verifier can always
// recompute them). A migration that changes what a table holds changes its statement here and
// refills it.

// installment_balance: per case, principal bucket and installment, the principal charged less
// the principal paid, and the latest month a reassignment moved the installment into the bucket
// (kept and verified; the accrual planner no longer reads it).
inline constexpr const char* kFillInstallmentBalanceSql = R"sql(
INSERT INTO installment_balance (case_id, bucket, installment_due, unpaid_cents, entered_on)
SELECT case_id, bucket, installment_due, sum(amount_cents), max(entered_on) FROM (
    SELECT case_id, bucket, installment_due, amount_cents,
           CASE WHEN kind = 'reassignment' AND amount_cents > 0 THEN period END AS entered_on
      FROM charge
     WHERE bucket LIKE 'arrears%principal' AND installment_due IS NOT NULL
    UNION ALL
    SELECT case_id, bucket, installment_due, -amount_cents, NULL
      FROM allocation_line
     WHERE bucket LIKE 'arrears%principal' AND installment_due IS NOT NULL)
GROUP BY case_id, bucket, installment_due;
)sql";

// bucket_sum: per case and bucket outside current support and installment_balance, the charges
// less the allocation lines, with the lines of money held unapplied kept apart.
inline constexpr const char* kFillBucketSumSql = R"sql(
INSERT INTO bucket_sum (case_id, bucket, unapplied, amount_cents)
SELECT case_id, bucket, unapplied, sum(amount_cents) FROM (
    SELECT case_id, bucket, 0 AS unapplied, amount_cents
      FROM charge
     WHERE bucket NOT LIKE 'current%'
       AND NOT (bucket LIKE 'arrears%principal' AND installment_due IS NOT NULL)
    UNION ALL
    SELECT case_id, bucket, disposition = 'unapplied', -amount_cents
      FROM allocation_line
     WHERE bucket NOT LIKE 'current%'
       AND NOT (bucket LIKE 'arrears%principal' AND installment_due IS NOT NULL))
GROUP BY case_id, bucket, unapplied;
)sql";

// The report sums of migration 11, each a table and the statement that computes its rows from
// the ledger (the triggers' WHEN clauses and arithmetic written again as set-based SQL).
struct ReportSumTable
{
    const char* name;
    const char* key; // the primary key's columns
    const char* columns; // the key's, then the sums
    const char* fromLedger;
};

// fiscal_year_sum: per federal fiscal year and case (the year of the date the reports count an
// entry by: a current-support charge by its month, an arrears charge by its effective day, an
// allocation line by its month), OCSE-157 lines 24, 25, 28 and 29 and the collections base.
inline constexpr const char* kFiscalYearSumSql = R"sql(
SELECT CAST(substr(d, 1, 4) AS INTEGER) + (substr(d, 6, 2) >= '10') AS fy, case_id,
       sum(due), sum(paid), sum(charged), sum(fell_due), sum(arrears_paid), sum(distributed)
FROM (
    SELECT CASE WHEN bucket LIKE 'arrears%' THEN effective_on ELSE period END AS d, case_id,
           CASE WHEN bucket LIKE 'arrears%' THEN 0 ELSE amount_cents END AS due, 0 AS paid,
           CASE WHEN bucket LIKE 'arrears%' THEN amount_cents ELSE 0 END AS charged,
           CASE WHEN bucket LIKE 'arrears%' AND amount_cents > 0 THEN amount_cents ELSE 0 END
               AS fell_due,
           0 AS arrears_paid, 0 AS distributed
      FROM charge
     WHERE bucket LIKE 'arrears%' OR (bucket LIKE 'current%' AND kind IN ('accrual', 'adjustment'))
    UNION ALL
    SELECT period, case_id, 0,
           CASE WHEN bucket LIKE 'current%' THEN amount_cents ELSE 0 END, 0, 0,
           CASE WHEN bucket LIKE 'arrears%' THEN amount_cents ELSE 0 END,
           CASE WHEN payee <> 'held' THEN amount_cents ELSE 0 END
      FROM allocation_line
     WHERE bucket LIKE 'current%' OR bucket LIKE 'arrears%' OR payee <> 'held')
GROUP BY 1, 2
)sql";

// month_collected: collections by month and source, less the reversed ones.
inline constexpr const char* kMonthCollectedSql = R"sql(
SELECT month, source, sum(amount_cents) FROM (
    SELECT substr(collected_on, 1, 7) || '-01' AS month, source, amount_cents FROM collection
    UNION ALL
    SELECT substr(k.collected_on, 1, 7) || '-01', k.source, -k.amount_cents
      FROM collection_event e JOIN collection k ON k.id = e.collection_id
     WHERE e.kind = 'reversed')
GROUP BY month, source
)sql";

// month_distributed: allocation lines other than held money, by month, payee and disposition.
inline constexpr const char* kMonthDistributedSql = R"sql(
SELECT substr(period, 1, 7) || '-01', payee, disposition, sum(amount_cents)
  FROM allocation_line WHERE payee <> 'held'
GROUP BY 1, 2, 3
)sql";

// case_month_distributed: allocation lines other than held money, by case and month.
inline constexpr const char* kCaseMonthDistributedSql = R"sql(
SELECT case_id, substr(period, 1, 7) || '-01', sum(amount_cents)
  FROM allocation_line WHERE payee <> 'held'
GROUP BY 1, 2
)sql";

inline constexpr std::array<ReportSumTable, 4> kReportSumTables {{
    {"fiscal_year_sum", "fy, case_id",
        "fy, case_id, current_due_cents, current_paid_cents, arrears_charged_cents, "
        "arrears_fell_due_cents, arrears_paid_cents, distributed_cents",
        kFiscalYearSumSql},
    {"case_month_distributed", "case_id, month", "case_id, month, amount_cents",
        kCaseMonthDistributedSql},
    {"month_collected", "month, source", "month, source, amount_cents", kMonthCollectedSql},
    {"month_distributed", "month, payee, disposition", "month, payee, disposition, amount_cents",
        kMonthDistributedSql},
}};

// Empties the report sums and computes them again from the ledger.
void fillReportSums(Database& db);

// The rows of one report-sum table that differ from the ledger's: kept but not computed,
// computed but not kept, or with other amounts (each key counted once).
std::int64_t reportSumDifferences(Database& db, const ReportSumTable& table);

} // namespace caseledger::core
