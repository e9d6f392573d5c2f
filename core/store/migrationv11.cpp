#include "core/store/database.h"
#include "core/store/keptbalancesql.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 11: the supervisor reports read sums, not the ledger's history (issue 6,
// "Performance": the measures and the equity dashboard <= 5 s, the collections report for a
// month <= 2 s on a county of 350,000 cases). Until now each report walked every charge and
// allocation line of its period, and lines 28 and 29 every arrears entry ever written: some
// twenty million index entries at that scale, a minute for the measures report.
//
// fiscal_year_sum: per federal fiscal year and case, the figures of OCSE-157 lines 24, 25, 28
// and 29 and of the collections base (measures.md), each entry in the fiscal year of the date
// the report counts it by (LedgerFactsRepository: a charge of current support by its month, an
// arrears charge by its effective day, an allocation line by its month). A case has one row a
// year, so a year's measures read the county's cases once per year of history.
//
// case_month_distributed: per case and month, the money distributed (not held). The
// collections base counts it under the case's assistance status: a case whose status changed
// during the year is read month by month from here, not line by line.
//
// month_collected, month_distributed: the collections report's columns per month (collections
// by source less the reversed ones; distributed money by payee and disposition).
//
// Like versions 9 and 10 they are derived from the append-only ledger by insert triggers, so
// that whichever code writes an entry keeps them; they are local to this database and never
// synced; KeptBalanceRepository verifies them against the ledger and rebuilds them (DESIGN §5).
void migrateToV11(Database& db)
{
    db.exec(R"sql(
CREATE TABLE fiscal_year_sum (
    fy                     INTEGER NOT NULL,
    case_id                BLOB NOT NULL,
    current_due_cents      INTEGER NOT NULL DEFAULT 0,
    current_paid_cents     INTEGER NOT NULL DEFAULT 0,
    arrears_charged_cents  INTEGER NOT NULL DEFAULT 0,
    arrears_fell_due_cents INTEGER NOT NULL DEFAULT 0,
    arrears_paid_cents     INTEGER NOT NULL DEFAULT 0,
    distributed_cents      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (fy, case_id)
) WITHOUT ROWID;

CREATE TABLE case_month_distributed (
    case_id      BLOB NOT NULL,
    month        TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (case_id, month)
) WITHOUT ROWID;

CREATE TABLE month_collected (
    month        TEXT NOT NULL,
    source       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (month, source)
) WITHOUT ROWID;

CREATE TABLE month_distributed (
    month        TEXT NOT NULL,
    payee        TEXT NOT NULL,
    disposition  TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (month, payee, disposition)
) WITHOUT ROWID;
)sql");
    fillReportSums(db);
    db.exec(R"sql(
CREATE TRIGGER charge_fiscal_year_sum AFTER INSERT ON charge
WHEN NEW.bucket LIKE 'arrears%'
  OR (NEW.bucket LIKE 'current%' AND NEW.kind IN ('accrual', 'adjustment'))
BEGIN
    INSERT INTO fiscal_year_sum (fy, case_id, current_due_cents, arrears_charged_cents,
                                 arrears_fell_due_cents)
    SELECT CAST(substr(d, 1, 4) AS INTEGER) + (substr(d, 6, 2) >= '10'), NEW.case_id,
           CASE WHEN arrears THEN 0 ELSE NEW.amount_cents END,
           CASE WHEN arrears THEN NEW.amount_cents ELSE 0 END,
           CASE WHEN arrears AND NEW.amount_cents > 0 THEN NEW.amount_cents ELSE 0 END
      FROM (SELECT NEW.bucket LIKE 'arrears%' AS arrears,
                   CASE WHEN NEW.bucket LIKE 'arrears%' THEN NEW.effective_on
                        ELSE NEW.period END AS d) WHERE true
    ON CONFLICT (fy, case_id) DO UPDATE
       SET current_due_cents = current_due_cents + excluded.current_due_cents,
           arrears_charged_cents = arrears_charged_cents + excluded.arrears_charged_cents,
           arrears_fell_due_cents = arrears_fell_due_cents + excluded.arrears_fell_due_cents;
END;

-- One trigger for the three sums a line adds to (each trigger run costs more than its upserts).
CREATE TRIGGER allocation_line_report_sums AFTER INSERT ON allocation_line
WHEN NEW.bucket LIKE 'current%' OR NEW.bucket LIKE 'arrears%' OR NEW.payee <> 'held'
BEGIN
    INSERT INTO fiscal_year_sum (fy, case_id, current_paid_cents, arrears_paid_cents,
                                 distributed_cents)
    VALUES (CAST(substr(NEW.period, 1, 4) AS INTEGER) + (substr(NEW.period, 6, 2) >= '10'),
            NEW.case_id,
            CASE WHEN NEW.bucket LIKE 'current%' THEN NEW.amount_cents ELSE 0 END,
            CASE WHEN NEW.bucket LIKE 'arrears%' THEN NEW.amount_cents ELSE 0 END,
            CASE WHEN NEW.payee <> 'held' THEN NEW.amount_cents ELSE 0 END)
    ON CONFLICT (fy, case_id) DO UPDATE
       SET current_paid_cents = current_paid_cents + excluded.current_paid_cents,
           arrears_paid_cents = arrears_paid_cents + excluded.arrears_paid_cents,
           distributed_cents = distributed_cents + excluded.distributed_cents;
    INSERT INTO case_month_distributed (case_id, month, amount_cents)
    SELECT NEW.case_id, substr(NEW.period, 1, 7) || '-01', NEW.amount_cents
     WHERE NEW.payee <> 'held'
    ON CONFLICT (case_id, month) DO UPDATE SET amount_cents = amount_cents + excluded.amount_cents;
    INSERT INTO month_distributed (month, payee, disposition, amount_cents)
    SELECT substr(NEW.period, 1, 7) || '-01', NEW.payee, NEW.disposition, NEW.amount_cents
     WHERE NEW.payee <> 'held'
    ON CONFLICT (month, payee, disposition) DO UPDATE
       SET amount_cents = amount_cents + excluded.amount_cents;
END;

CREATE TRIGGER collection_month_collected AFTER INSERT ON collection
BEGIN
    INSERT INTO month_collected (month, source, amount_cents)
    VALUES (substr(NEW.collected_on, 1, 7) || '-01', NEW.source, NEW.amount_cents)
    ON CONFLICT (month, source) DO UPDATE SET amount_cents = amount_cents + excluded.amount_cents;
END;

-- A reversed collection (a bounced check) was never money collected (distribution.md §6).
CREATE TRIGGER collection_event_month_collected AFTER INSERT ON collection_event
WHEN NEW.kind = 'reversed'
BEGIN
    INSERT INTO month_collected (month, source, amount_cents)
    SELECT substr(collected_on, 1, 7) || '-01', source, -amount_cents FROM collection
     WHERE id = NEW.collection_id
    ON CONFLICT (month, source) DO UPDATE SET amount_cents = amount_cents + excluded.amount_cents;
END;
)sql");
}

} // namespace caseledger::core
