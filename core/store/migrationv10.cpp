#include "core/store/database.h"
#include "core/store/keptbalancesql.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 10: posting reads a case's balances without its history (issue 4, "Performance").
// Until now every collection read all of a case's arrears, interest and credit entries -- a
// case ten years in arrears has hundreds -- to sum them (BalanceRepository::totals). At the
// county's scale a case sees a collection or two a month, so the sums were read again for
// nearly every collection.
//
// bucket_sum: per case and bucket, the charges less the allocation lines, for every bucket
// that installment_balance (version 9) does not already hold: interest, money paid ahead,
// money held unapplied (`unapplied` = 1: lines with that disposition, kept apart because the
// allocator sees them apart), and any principal without an installment date. Current support
// is not summed: the allocator reads it for one month, which the index by case seeks.
// With installment_balance it is the whole of a case's balances except the current month and
// the charges not yet in effect, which BalanceRepository::totals reads from the ledger.
// Like version 9's tables it is derived from the append-only ledger by insert triggers, so
// that whichever code writes an entry (a sync bundle's import too, once there is one) keeps it;
// it is local to this database and never synced; BalanceRepository::totalsFromLedger recomputes
// it from the rows (DESIGN §5).
//
// charge_effective: a case's charges outside current support by effective date, so that the few
// not yet in effect on a collection's date (the month-end conversion and interest dated the
// first of the next month) are found with one seek instead of one per bucket.
void migrateToV10(Database& db)
{
    db.exec(R"sql(
CREATE TABLE bucket_sum (
    case_id      BLOB NOT NULL,
    bucket       TEXT NOT NULL,
    unapplied    INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (case_id, bucket, unapplied)
) WITHOUT ROWID;
)sql");
    db.exec(kFillBucketSumSql);
    db.exec(R"sql(
CREATE TRIGGER charge_bucket_sum AFTER INSERT ON charge
WHEN NEW.bucket NOT LIKE 'current%'
 AND NOT (NEW.bucket LIKE 'arrears%principal' AND NEW.installment_due IS NOT NULL)
BEGIN
    INSERT INTO bucket_sum (case_id, bucket, unapplied, amount_cents)
    VALUES (NEW.case_id, NEW.bucket, 0, NEW.amount_cents)
    ON CONFLICT (case_id, bucket, unapplied) DO UPDATE
       SET amount_cents = amount_cents + excluded.amount_cents;
END;

CREATE TRIGGER allocation_line_bucket_sum AFTER INSERT ON allocation_line
WHEN NEW.bucket NOT LIKE 'current%'
 AND NOT (NEW.bucket LIKE 'arrears%principal' AND NEW.installment_due IS NOT NULL)
BEGIN
    INSERT INTO bucket_sum (case_id, bucket, unapplied, amount_cents)
    VALUES (NEW.case_id, NEW.bucket, NEW.disposition = 'unapplied', -NEW.amount_cents)
    ON CONFLICT (case_id, bucket, unapplied) DO UPDATE
       SET amount_cents = amount_cents + excluded.amount_cents;
END;

CREATE INDEX charge_effective ON charge(case_id, effective_on, bucket, installment_due,
                                        amount_cents) WHERE bucket NOT LIKE 'current%';
)sql");
}

} // namespace caseledger::core
