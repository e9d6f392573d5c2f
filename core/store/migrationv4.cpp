#include "core/store/database.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 4: the finance ledger (DESIGN §5, distribution.md). Every table is append-only: a
// correction is a new row (a reversal line, a negative disbursement, an adjustment charge),
// never an UPDATE or DELETE, so a verifier can always recompute the balances from the rows.
// Money is INTEGER cents; dates are ISO text; months are stored as their first day.
void migrateToV4(Database& db)
{
    db.exec(R"sql(
-- What the obligor owes, per case, month and bucket: accruals from the order version in force,
-- adjustments when a backdated order changes a month, month-end conversion of unpaid current
-- support into arrears (a pair: minus current, plus arrears), and interest (CCP §685.010).
-- effective_on is when the entry counts for a collection: accruals on the month's first day,
-- conversions and interest on the first day of the next month.
CREATE TABLE charge (
    id               BLOB PRIMARY KEY,
    case_id          BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    order_version_id BLOB,
    period           TEXT NOT NULL,
    effective_on     TEXT NOT NULL,
    kind             TEXT NOT NULL,
    bucket           TEXT NOT NULL,
    installment_due  TEXT,
    amount_cents     INTEGER NOT NULL,
    reason           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    hlc              INTEGER NOT NULL,
    device           BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX charge_case ON charge(case_id, bucket, period);

-- Rule sets an administrator saved (the catalog in force is the latest version; before the
-- first, California's built-in catalog).
CREATE TABLE rule_set_version (
    version    INTEGER PRIMARY KEY,
    catalog    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    hlc        INTEGER NOT NULL,
    device     BLOB NOT NULL
);

-- A batch of collections imported from one file (S24: all or nothing, one audit record).
CREATE TABLE payment_batch (
    id          BLOB PRIMARY KEY,
    file_sha256 TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    posted_by   TEXT NOT NULL,
    posted_at   TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    device      BLOB NOT NULL
) WITHOUT ROWID;

-- Collections received. The receipt id is unique: posting the same receipt again is harmless.
-- obligor_id is NULL when no obligor could be identified (the money waits in the queue).
CREATE TABLE collection (
    id           BLOB PRIMARY KEY,
    receipt_id   TEXT NOT NULL UNIQUE,
    obligor_id   BLOB,
    source       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    collected_on TEXT NOT NULL,
    posted_by    TEXT NOT NULL,
    posted_at    TEXT NOT NULL,
    batch_id     BLOB REFERENCES payment_batch(id) DEFERRABLE INITIALLY DEFERRED,
    rule_set     TEXT NOT NULL,
    hlc          INTEGER NOT NULL,
    device       BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX collection_obligor ON collection(obligor_id, collected_on);

-- What happened to a collection after posting: reversed (bounced check), backed out and
-- reapplied (redistribution). The collection's status is derived from these rows.
CREATE TABLE collection_event (
    id            BLOB PRIMARY KEY,
    collection_id BLOB NOT NULL REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    kind          TEXT NOT NULL,
    reason        TEXT NOT NULL,
    at_utc        TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    hlc           INTEGER NOT NULL,
    device        BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX collection_event_collection ON collection_event(collection_id);

-- The path of every cent (distribution.md §7): one row per allocation line, with its rule and
-- citation. A reversal or a back-out is the same lines negated (entry = reversal / backout);
-- reapplying writes new lines (entry = reapply). Sums over the rows are the balances.
CREATE TABLE allocation_line (
    id              BLOB PRIMARY KEY,
    collection_id   BLOB NOT NULL REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    seq             INTEGER NOT NULL,
    entry           TEXT NOT NULL,
    case_id         BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    period          TEXT NOT NULL,
    bucket          TEXT NOT NULL,
    payee           TEXT NOT NULL,
    disposition     TEXT NOT NULL,
    amount_cents    INTEGER NOT NULL,
    ura_cents       INTEGER NOT NULL,
    county_cents    INTEGER NOT NULL,
    installment_due TEXT,
    rule            TEXT NOT NULL,
    hlc             INTEGER NOT NULL,
    device          BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX allocation_line_collection ON allocation_line(collection_id, seq);
CREATE INDEX allocation_line_case ON allocation_line(case_id, bucket, period);

-- Payments to the family, due on the business-day calendar (45 CFR 302.32(b)). A cancelled
-- payment is a negative row.
CREATE TABLE disbursement (
    id            BLOB PRIMARY KEY,
    collection_id BLOB NOT NULL REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    case_id       BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    amount_cents  INTEGER NOT NULL,
    due_on        TEXT NOT NULL,
    status        TEXT NOT NULL,
    hlc           INTEGER NOT NULL,
    device        BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX disbursement_case ON disbursement(case_id, due_on);
CREATE INDEX disbursement_collection ON disbursement(collection_id);

-- Undistributed money (distribution.md §4): held with a reason; a release is a negative row.
CREATE TABLE undistributed (
    id            BLOB PRIMARY KEY,
    collection_id BLOB NOT NULL REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    case_id       BLOB,
    amount_cents  INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    since         TEXT NOT NULL,
    hlc           INTEGER NOT NULL,
    device        BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX undistributed_collection ON undistributed(collection_id);

-- Unreimbursed assistance: grants paid to the family (imported), corrections as new rows.
-- Retained collections reduce it through allocation_line.ura_cents.
CREATE TABLE ura_entry (
    id           BLOB PRIMARY KEY,
    case_id      BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    month        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    reason       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    hlc          INTEGER NOT NULL,
    device       BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX ura_entry_case ON ura_entry(case_id, month);

-- Money sent to the family for a collection later reversed (distribution.md §6).
CREATE TABLE overpayment_receivable (
    id            BLOB PRIMARY KEY,
    collection_id BLOB NOT NULL REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    case_id       BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    amount_cents  INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    created_on    TEXT NOT NULL,
    hlc           INTEGER NOT NULL,
    device        BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX overpayment_receivable_case ON overpayment_receivable(case_id);
)sql");
    // Append-only, enforced by the database itself.
    for (const char* table : {"charge", "rule_set_version", "payment_batch", "collection",
             "collection_event", "allocation_line", "disbursement", "undistributed", "ura_entry",
             "overpayment_receivable"}) {
        const std::string t(table);
        db.exec("CREATE TRIGGER " + t + "_no_update BEFORE UPDATE ON " + t
            + " BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END; CREATE TRIGGER " + t
            + "_no_delete BEFORE DELETE ON " + t
            + " BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;");
    }
}

} // namespace caseledger::core
