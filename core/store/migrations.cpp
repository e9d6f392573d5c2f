#include "core/store/migrations.h"

#include "core/base/error.h"
#include "core/store/database.h"

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

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "foundation: identity, users, settings, audit log, change log", migrateToV1},
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
        throw Failure(ErrorCode::Damaged, "this database was written by a newer version of CaseLedger (schema "
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
