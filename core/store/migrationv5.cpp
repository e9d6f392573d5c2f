#include "core/store/database.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 5: covering indexes for the supervisor reports (issue 6, "Performance"). Each lets a
// report read a narrow index in the order it groups by instead of the wide rows (a ledger row
// carries its reason text; an encrypted page costs a decryption) followed by a sort. Indexes
// only: nothing is rewritten, so the step is safe on any version-4 database.
void migrateToV5(Database& db)
{
    db.exec(R"sql(
-- OCSE-157 line 24 and the equity dashboard (LedgerFactsRepository::perCase): a period's
-- accruals, read by month without the wide rows.
CREATE INDEX charge_period ON charge(period, kind, bucket, case_id, amount_cents);
-- Lines 25 and 29, the collections report and the collections base: a period's allocation lines
-- by month (a line's period is its collection's month), in the collections report's grouping.
CREATE INDEX allocation_line_period ON allocation_line(period, payee, disposition, bucket,
                                                       case_id, amount_cents);
-- Line 28 and arrears aging: each case's arrears history, in (case, bucket) order. Partial: the
-- arrears rows are a small part of the ledger (no accruals, no current payments).
CREATE INDEX charge_arrears ON charge(case_id, bucket, effective_on, installment_due, period,
                                      amount_cents) WHERE bucket LIKE 'arrears%';
CREATE INDEX allocation_line_arrears ON allocation_line(case_id, bucket, period,
                                                        installment_due, collection_id,
                                                        amount_cents)
    WHERE bucket LIKE 'arrears%';
-- The collections report: a month's collections by date and source.
CREATE INDEX collection_report ON collection(collected_on, source, amount_cents);
)sql");
}

} // namespace caseledger::core
