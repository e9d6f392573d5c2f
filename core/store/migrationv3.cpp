#include "core/store/database.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 3: saved guideline calculations (issue 5, item 3). The request is the JSON of
// `guideline calc` so the calculation can be run again; the result and its headline were
// computed in core when it was saved. Money is INTEGER cents (DESIGN §3); the row is
// syncable like every casework row (uuid key, hlc, device).
void migrateToV3(Database& db)
{
    db.exec(R"sql(
CREATE TABLE guideline_calculation (
    id                    BLOB PRIMARY KEY,
    case_id               BLOB NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    order_id              BLOB REFERENCES support_order(id) DEFERRABLE INITIALLY DEFERRED,
    request_json          TEXT NOT NULL,
    result_json           TEXT NOT NULL,
    as_of                 TEXT NOT NULL,
    monthly_support_cents INTEGER NOT NULL,
    payer                 TEXT NOT NULL DEFAULT '',
    payee                 TEXT NOT NULL DEFAULT '',
    prepared_by           BLOB NOT NULL,
    prepared_by_name      TEXT NOT NULL,
    prepared_at           TEXT NOT NULL,
    hlc                   INTEGER NOT NULL,
    device                BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX guideline_calculation_case ON guideline_calculation(case_id, prepared_at);
CREATE INDEX guideline_calculation_order ON guideline_calculation(order_id);
)sql");
}

} // namespace caseledger::core
