#include "core/store/migrations.h"

#include "core/base/error.h"
#include "core/store/database.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

namespace {

// Version 1: the foundation -- database identity, this device, users, settings, the
// append-only audit log with its chain head and signed checkpoints, and the change log.
void migrateToV1(Database& db)
{
    db.exec(R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE device (
    id          BLOB PRIMARY KEY,
    name        TEXT NOT NULL,
    public_key  BLOB NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at  TEXT
) WITHOUT ROWID;

CREATE TABLE device_secret (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device_id   BLOB NOT NULL REFERENCES device(id),
    private_key BLOB NOT NULL
);

CREATE TABLE users (
    id                   BLOB PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL,
    grants               INTEGER NOT NULL DEFAULT 0,
    disabled             INTEGER NOT NULL DEFAULT 0,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    hlc                  INTEGER NOT NULL,
    device               BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    device      TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    description TEXT NOT NULL,
    entry_mac   BLOB NOT NULL,
    chain_mac   BLOB NOT NULL
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    chain BLOB NOT NULL
);

CREATE TABLE audit_checkpoint (
    seq       INTEGER PRIMARY KEY,
    chain     BLOB NOT NULL,
    signed_at TEXT NOT NULL,
    device    BLOB NOT NULL,
    signature BLOB NOT NULL
);
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;

CREATE TABLE change_log (
    op_id    BLOB PRIMARY KEY,
    hlc      INTEGER NOT NULL,
    device   BLOB NOT NULL,
    author   BLOB,
    entity   TEXT NOT NULL,
    row_id   BLOB NOT NULL,
    base_hlc INTEGER NOT NULL,
    fields   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX change_log_hlc ON change_log(hlc);
)sql");
}

// Version 2: casework (issue 3) -- people with their names, addresses, phones, employers,
// demographics and family violence indicators; cases with their number sequence, assistance
// history, participants, parentage, support orders and versions, append-only notes,
// timeframe tasks; and the FTS5 name index for search.
void migrateToV2(Database& db)
{
    db.exec(R"sql(
-- People (casework.md "People"). The SSN is stored whole (it is needed for locate and
-- matching) and leaves core only masked or through the audited reveal service (S13).
CREATE TABLE person (
    id                 BLOB PRIMARY KEY,
    given_name         TEXT NOT NULL,
    middle_name        TEXT NOT NULL DEFAULT '',
    family_name        TEXT NOT NULL,
    suffix             TEXT NOT NULL DEFAULT '',
    sort_key           TEXT NOT NULL,
    date_of_birth      TEXT,
    ssn                TEXT,
    ssn_verified       INTEGER NOT NULL DEFAULT 0,
    sex                TEXT,
    email              TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    deceased_on        TEXT,
    created_at         TEXT NOT NULL,
    hlc                INTEGER NOT NULL,
    device             BLOB NOT NULL
) WITHOUT ROWID;
-- Search by the last four of the SSN with the date of birth, and by the whole SSN.
CREATE INDEX person_dob_ssn4 ON person(date_of_birth, substr(ssn, 6, 4)) WHERE ssn IS NOT NULL;
CREATE INDEX person_ssn ON person(ssn) WHERE ssn IS NOT NULL;

CREATE TABLE person_name (
    id          BLOB PRIMARY KEY,
    person_id   BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL,
    given_name  TEXT NOT NULL,
    middle_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL,
    suffix      TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL,
    device      BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX person_name_person ON person_name(person_id);

CREATE TABLE address (
    id        BLOB PRIMARY KEY,
    person_id BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    kind      TEXT NOT NULL,
    line1     TEXT NOT NULL,
    line2     TEXT NOT NULL DEFAULT '',
    city      TEXT NOT NULL,
    state     TEXT NOT NULL,
    zip       TEXT NOT NULL,
    from_date TEXT NOT NULL,
    to_date   TEXT,
    verified  INTEGER NOT NULL DEFAULT 0,
    hlc       INTEGER NOT NULL,
    device    BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX address_person ON address(person_id, from_date);

CREATE TABLE phone (
    id        BLOB PRIMARY KEY,
    person_id BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    kind      TEXT NOT NULL,
    number    TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device    BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX phone_person ON phone(person_id);
-- Search by the whole number and by the seven-digit local number.
CREATE INDEX phone_number ON phone(number);
CREATE INDEX phone_local ON phone(substr(number, 4));

CREATE TABLE employment (
    id               BLOB PRIMARY KEY,
    person_id        BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    employer_name    TEXT NOT NULL,
    employer_address TEXT NOT NULL DEFAULT '',
    fein             TEXT NOT NULL DEFAULT '',
    income_cents     INTEGER NOT NULL,
    income_frequency TEXT NOT NULL,
    from_date        TEXT NOT NULL,
    to_date          TEXT,
    hlc              INTEGER NOT NULL,
    device           BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX employment_person ON employment(person_id, from_date);

-- Voluntary demographics: each column "not_asked", "declined" or the answer.
CREATE TABLE demographics (
    person_id        BLOB PRIMARY KEY REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    race_ethnicity   TEXT NOT NULL DEFAULT 'not_asked',
    gender_identity  TEXT NOT NULL DEFAULT 'not_asked',
    primary_language TEXT NOT NULL DEFAULT 'not_asked',
    disability       TEXT NOT NULL DEFAULT 'not_asked',
    hlc              INTEGER NOT NULL,
    device           BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE family_violence (
    id        BLOB PRIMARY KEY,
    person_id BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    kind      TEXT NOT NULL,
    since     TEXT NOT NULL,
    ended_on  TEXT,
    hlc       INTEGER NOT NULL,
    device    BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX family_violence_person ON family_violence(person_id);

-- SECURITY S14: every look past a family-violence protection, with its recorded authority.
CREATE TABLE disclosure_override (
    id        BLOB PRIMARY KEY,
    person_id BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    user_id   BLOB NOT NULL,
    at_utc    TEXT NOT NULL,
    authority TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device    BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX disclosure_override_person ON disclosure_override(person_id, at_utc);
CREATE TRIGGER disclosure_override_no_update BEFORE UPDATE ON disclosure_override
BEGIN SELECT RAISE(ABORT, 'override records are append-only'); END;
CREATE TRIGGER disclosure_override_no_delete BEFORE DELETE ON disclosure_override
BEGIN SELECT RAISE(ABORT, 'override records are append-only'); END;

-- Case numbers: one sequence per county prefix.
CREATE TABLE case_number_sequence (
    county_fips INTEGER PRIMARY KEY,
    next_value  INTEGER NOT NULL
);

-- Cases. The columns after hlc/device are derived from other rows, kept by CaseRepository and
-- the task triggers below, and never synced: the caseload list sorts and filters on them.
CREATE TABLE cases (
    id                  BLOB PRIMARY KEY,
    case_number         TEXT NOT NULL UNIQUE,
    origin_county       INTEGER NOT NULL,
    managing_county     INTEGER NOT NULL,
    assigned_worker     BLOB,
    status              TEXT NOT NULL,
    phase               TEXT NOT NULL,
    source              TEXT NOT NULL,
    application_date    TEXT NOT NULL,
    opened_on           TEXT NOT NULL,
    closure_reason      INTEGER,
    closure_notice_on   TEXT,
    closed_on           TEXT,
    reopened_on         TEXT,
    hlc                 INTEGER NOT NULL,
    device              BLOB NOT NULL,
    ncp_id              BLOB,
    cp_id               BLOB,
    ncp_sort            TEXT NOT NULL DEFAULT '',
    cp_sort             TEXT NOT NULL DEFAULT '',
    next_due            TEXT NOT NULL DEFAULT '9999-12-31'
) WITHOUT ROWID;
-- The caseload's default view is the open cases ("active": open or closure pending). Partial
-- indexes over them deliver each sort order directly, so a first page reads ~50 index entries
-- instead of sorting a county.
CREATE INDEX cases_worker ON cases(assigned_worker, status);
CREATE INDEX cases_active_worker ON cases(assigned_worker, next_due) WHERE status <> 'closed';
CREATE INDEX cases_active_phase ON cases(phase, next_due) WHERE status <> 'closed';
CREATE INDEX cases_active_due ON cases(next_due) WHERE status <> 'closed';
CREATE INDEX cases_active_ncp ON cases(ncp_sort) WHERE status <> 'closed';
CREATE INDEX cases_active_cp ON cases(cp_sort) WHERE status <> 'closed';
CREATE INDEX cases_active_opened ON cases(opened_on) WHERE status <> 'closed';
CREATE INDEX cases_ncp ON cases(ncp_id);
CREATE INDEX cases_cp ON cases(cp_id);

CREATE TABLE assistance_period (
    id        BLOB PRIMARY KEY,
    case_id   BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    status    TEXT NOT NULL,
    from_date TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device    BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX assistance_period_case ON assistance_period(case_id, from_date);

CREATE TABLE participant (
    id                  BLOB PRIMARY KEY,
    case_id             BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    person_id           BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    role                TEXT NOT NULL,
    from_date           TEXT NOT NULL,
    to_date             TEXT,
    hs_student          INTEGER NOT NULL DEFAULT 0,
    expected_graduation TEXT,
    hlc                 INTEGER NOT NULL,
    device              BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX participant_case ON participant(case_id, role);
CREATE INDEX participant_person ON participant(person_id, role);

CREATE TABLE parentage (
    id                    BLOB PRIMARY KEY,
    child_id              BLOB NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    parent_id             BLOB REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    case_id               BLOB REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    status                TEXT NOT NULL,
    method                TEXT NOT NULL,
    established_on        TEXT,
    declaration_mother_on TEXT,
    declaration_parent_on TEXT,
    rescinded_on          TEXT,
    test_result           TEXT,
    test_probability      TEXT NOT NULL DEFAULT '',
    test_lab              TEXT NOT NULL DEFAULT '',
    test_date             TEXT,
    court_case_number     TEXT NOT NULL DEFAULT '',
    judgment_date         TEXT,
    presumption_basis     TEXT NOT NULL DEFAULT '',
    hlc                   INTEGER NOT NULL,
    device                BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX parentage_child ON parentage(child_id);
CREATE INDEX parentage_case ON parentage(case_id);

CREATE TABLE support_order (
    id                BLOB PRIMARY KEY,
    case_id           BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    kind              TEXT NOT NULL,
    court_case_number TEXT NOT NULL DEFAULT '',
    court             TEXT NOT NULL DEFAULT '',
    end_date          TEXT,
    hlc               INTEGER NOT NULL,
    device            BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX support_order_case ON support_order(case_id);

-- Money is INTEGER cents (DESIGN §3).
CREATE TABLE order_version (
    id                       BLOB PRIMARY KEY,
    order_id                 BLOB NOT NULL REFERENCES support_order(id) DEFERRABLE INITIALLY DEFERRED,
    number                   INTEGER NOT NULL,
    effective_date           TEXT NOT NULL,
    signed_on                TEXT,
    request_filed_on         TEXT,
    current_support_cents    INTEGER NOT NULL,
    medical_support_cents    INTEGER NOT NULL,
    spousal_support_cents    INTEGER NOT NULL,
    arrears_payment_cents    INTEGER NOT NULL,
    frequency                TEXT NOT NULL,
    health_insurance         TEXT NOT NULL DEFAULT '',
    guideline_calculation_id BLOB,
    hlc                      INTEGER NOT NULL,
    device                   BLOB NOT NULL,
    UNIQUE (order_id, number)
) WITHOUT ROWID;

-- 45 CFR 303.2(c): notes are append-only; a correction is a new note.
CREATE TABLE note (
    id           BLOB PRIMARY KEY,
    case_id      BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    person_id    BLOB,
    author_id    BLOB NOT NULL,
    author_name  TEXT NOT NULL,
    written_at   TEXT NOT NULL,
    contact_date TEXT NOT NULL,
    kind         TEXT NOT NULL,
    body         TEXT NOT NULL,
    corrects_id  BLOB REFERENCES note(id) DEFERRABLE INITIALLY DEFERRED,
    hlc          INTEGER NOT NULL,
    device       BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX note_case ON note(case_id, written_at);
CREATE TRIGGER note_no_update BEFORE UPDATE ON note
BEGIN SELECT RAISE(ABORT, 'notes are append-only; add a correcting note'); END;
CREATE TRIGGER note_no_delete BEFORE DELETE ON note
BEGIN SELECT RAISE(ABORT, 'notes are append-only; add a correcting note'); END;

CREATE TABLE task (
    id            BLOB PRIMARY KEY,
    case_id       BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    rule          TEXT NOT NULL,
    trigger_event TEXT NOT NULL,
    trigger_date  TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    status        TEXT NOT NULL,
    done_on       TEXT,
    outcome       TEXT NOT NULL DEFAULT '',
    worker_id     BLOB,
    hlc           INTEGER NOT NULL,
    device        BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX task_worklist ON task(worker_id, status, due_date);
CREATE INDEX task_case ON task(case_id, status, due_date);
CREATE INDEX task_rule ON task(rule, due_date);

-- cases.next_due: the earliest due date of the case's open tasks, '9999-12-31' when none (the
-- caseload's "overdue" filter and sort), kept here so that every writer -- services, generator, sync -- agrees.
CREATE TRIGGER task_next_due_insert AFTER INSERT ON task
BEGIN
    UPDATE cases SET next_due = (SELECT coalesce(min(due_date), '9999-12-31') FROM task
                                 WHERE case_id = NEW.case_id AND status = 'open')
    WHERE id = NEW.case_id;
END;
CREATE TRIGGER task_next_due_update AFTER UPDATE OF status, due_date, case_id ON task
BEGIN
    UPDATE cases SET next_due = (SELECT coalesce(min(due_date), '9999-12-31') FROM task
                                 WHERE case_id = NEW.case_id AND status = 'open')
    WHERE id = NEW.case_id;
END;
CREATE TRIGGER task_next_due_delete AFTER DELETE ON task
BEGIN
    UPDATE cases SET next_due = (SELECT coalesce(min(due_date), '9999-12-31') FROM task
                                 WHERE case_id = OLD.case_id AND status = 'open')
    WHERE id = OLD.case_id;
END;

-- Search (issue 3 item 4): an FTS5 index of every name a person has gone by, with a
-- sound-alike key per word (core/cases/phonetic.h). Contentless: the words live only in
-- the index, inside the encrypted file. person_search_key gives each person a stable integer
-- row for the index (a WITHOUT ROWID table has none, and plain rowids can change on VACUUM).
CREATE TABLE person_search_key (
    rowid     INTEGER PRIMARY KEY,
    person_id BLOB NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE person_fts USING fts5(
    names, sounds,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
)sql");
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "foundation: identity, users, settings, audit log, change log", migrateToV1},
        {2, "casework: people, cases, parentage, orders, notes, tasks, search index", migrateToV2},
        {3, "guideline calculations attached to orders", migrateToV3},
        {4,
            "finance ledger: charges, collections, allocation lines, disbursements, undistributed, "
            "URA, receivables",
            migrateToV4},
        {5, "report indexes: covering indexes for the supervisor reports", migrateToV5},
        {6, "search index: prefix indexes of 2 to 10 characters for name search", migrateToV6},
        {7, "search: the index of participants by person covers the case", migrateToV7},
        {8, "ledger: the indexes by case cover what accrual and posting read", migrateToV8},
        {9, "ledger: installment balances and accrual marks, so accrual resumes where it stopped",
            migrateToV9},
        {10, "ledger: bucket sums per case, so that posting reads balances without the history",
            migrateToV10},
        {11,
            "reports: sums per fiscal year and case and per month, so that reports read no history",
            migrateToV11},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Database& db)
{
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw Failure(ErrorCode::Damaged,
            "this database was written by a newer version of CaseLedger (schema "
                + std::to_string(current) + ")");
    for (const auto& m : migrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        m.apply(db);
        db.setUserVersion(m.version);
        tx.commit();
    }
}

} // namespace caseledger::core
