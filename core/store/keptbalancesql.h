#pragma once

namespace caseledger::core {

// The per-case sums the ledger's insert triggers keep (migrations 9 and 10), computed afresh
// from every ledger row: the migrations fill the new tables with these statements, and
// KeptBalanceRepository::rebuild() refills them with the same ones after a verification found
// them wrong (DESIGN §5: balances may be cached, but a verifier can always recompute them).
// A migration that changes what a table holds changes its statement here and refills it.

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

} // namespace caseledger::core
