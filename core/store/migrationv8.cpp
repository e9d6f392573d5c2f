#include "core/store/database.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 8: a case's ledger from the index alone (issue 4, "Performance": accrual of one month
// for the county <= 10 s; posting >= 20,000 collections/s). Accrual plans a case from every
// entry of its ledger (ChargeRepository::sums, AllocationLineRepository::currentPaid and
// principalPaid) and posting reads the balances of the payer's cases (BalanceRepository). The
// indexes by case held (case_id, bucket, period); every other column came from the row, one
// B-tree search per entry. The indexes now carry the columns those reads use, in the same
// leading order, so that queries using the old ones keep their plans.
void migrateToV8(Database& db)
{
    db.exec(R"sql(
DROP INDEX charge_case;
CREATE INDEX charge_case ON charge(case_id, bucket, period, kind, installment_due, effective_on,
                                   amount_cents);
DROP INDEX allocation_line_case;
CREATE INDEX allocation_line_case ON allocation_line(case_id, bucket, period, installment_due,
                                                     disposition, amount_cents, ura_cents);
)sql");
}

} // namespace caseledger::core
