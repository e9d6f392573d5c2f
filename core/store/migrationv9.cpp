#include "core/store/database.h"
#include "core/store/keptbalancesql.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 9: accrual plans a case from where it stopped (issue 4, "Performance": accrual of one
// month for the county <= 10 s). Until now each month's accrual read a case's whole ledger and
// replayed every month since its first order: two milliseconds a case for a ten-year history.
//
// - installment_balance: per case, arrears bucket and installment, the principal charged less
//   the principal paid, and the latest month a reassignment moved the installment into the
//   bucket (distribution.md "Terms": interest of that month and before stays where it accrued).
//   It is what the planner needs of the months it does not replay (since the interest of a month
//   follows the principal unpaid when it began, accrualplan.cpp reads the months of the entries
//   instead of entered_on, which is still kept and verified). Triggers keep it, in the
//   transaction of every ledger insert: the ledger is append-only (version 4), so insert
//   triggers see every change, whichever code wrote it.
// - accrual_mark: per case, the month before which accrual has settled every month (accrued,
//   interest charged, converted at month end). A ledger entry written for an earlier month (a
//   late posting, a reversal, a redistribution), a new order version or an order edited drops
//   the mark, and the next accrual replans the case from its first order, as before. A new rule
//   set drops every mark.
// Both are derived from the ledger and orders, local to this database, and never synced.
void migrateToV9(Database& db)
{
    db.exec(R"sql(
CREATE TABLE installment_balance (
    case_id         BLOB NOT NULL,
    bucket          TEXT NOT NULL,
    installment_due TEXT NOT NULL,
    unpaid_cents    INTEGER NOT NULL,
    entered_on      TEXT,
    PRIMARY KEY (case_id, bucket, installment_due)
) WITHOUT ROWID;
)sql");
    db.exec(kFillInstallmentBalanceSql);
    db.exec(R"sql(
CREATE TABLE accrual_mark (
    case_id        BLOB PRIMARY KEY,
    settled_before TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER charge_installment_balance AFTER INSERT ON charge
WHEN NEW.bucket LIKE 'arrears%principal' AND NEW.installment_due IS NOT NULL
BEGIN
    INSERT INTO installment_balance (case_id, bucket, installment_due, unpaid_cents, entered_on)
    VALUES (NEW.case_id, NEW.bucket, NEW.installment_due, NEW.amount_cents,
            CASE WHEN NEW.kind = 'reassignment' AND NEW.amount_cents > 0 THEN NEW.period END)
    ON CONFLICT (case_id, bucket, installment_due) DO UPDATE
       SET unpaid_cents = unpaid_cents + excluded.unpaid_cents,
           entered_on = CASE WHEN excluded.entered_on IS NULL THEN entered_on
                             WHEN entered_on IS NULL THEN excluded.entered_on
                             ELSE max(entered_on, excluded.entered_on) END;
END;

CREATE TRIGGER allocation_line_installment_balance AFTER INSERT ON allocation_line
WHEN NEW.bucket LIKE 'arrears%principal' AND NEW.installment_due IS NOT NULL
BEGIN
    INSERT INTO installment_balance (case_id, bucket, installment_due, unpaid_cents)
    VALUES (NEW.case_id, NEW.bucket, NEW.installment_due, -NEW.amount_cents)
    ON CONFLICT (case_id, bucket, installment_due) DO UPDATE
       SET unpaid_cents = unpaid_cents + excluded.unpaid_cents;
END;

CREATE TRIGGER charge_reopens_accrual AFTER INSERT ON charge
BEGIN
    DELETE FROM accrual_mark WHERE case_id = NEW.case_id AND NEW.period < settled_before;
END;

CREATE TRIGGER allocation_line_reopens_accrual AFTER INSERT ON allocation_line
BEGIN
    DELETE FROM accrual_mark WHERE case_id = NEW.case_id AND NEW.period < settled_before;
END;

CREATE TRIGGER order_version_reopens_accrual AFTER INSERT ON order_version
BEGIN
    DELETE FROM accrual_mark
     WHERE case_id = (SELECT case_id FROM support_order WHERE id = NEW.order_id);
END;

CREATE TRIGGER order_version_edit_reopens_accrual AFTER UPDATE ON order_version
BEGIN
    DELETE FROM accrual_mark WHERE case_id IN (
        SELECT case_id FROM support_order WHERE id IN (OLD.order_id, NEW.order_id));
END;

-- Rule sets: when interest starts and at what rate. A replay charges the interest a new rule
-- set gives a month that has none; every case replays once.
CREATE TRIGGER rule_set_reopens_accrual AFTER INSERT ON rule_set_version
BEGIN
    DELETE FROM accrual_mark;
END;

CREATE TRIGGER support_order_reopens_accrual AFTER INSERT ON support_order
BEGIN
    DELETE FROM accrual_mark WHERE case_id = NEW.case_id;
END;

CREATE TRIGGER support_order_edit_reopens_accrual AFTER UPDATE ON support_order
BEGIN
    DELETE FROM accrual_mark WHERE case_id IN (OLD.case_id, NEW.case_id);
END;
)sql");
}

} // namespace caseledger::core
