#pragma once

#include "core/base/date.h"
#include "core/base/error.h"
#include "core/base/money.h"
#include "core/base/uuid.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace caseledger::core {

class Session;
class Workspace;

struct DemoLedgerStats
{
    int months = 0; // months simulated
    std::int64_t payers = 0; // noncustodial parents with an order
    // Accrual entries written: charges (support, conversions, interest) and money paid ahead
    // applied as its months came due.
    std::int64_t charges = 0;
    std::int64_t collections = 0;
    std::int64_t reversals = 0; // bounced checks reversed
    Money collected;
};

// Called after each payer's history; returning false stops after the batch of payers in
// progress, which is not kept (the batches before it are).
using DemoLedgerProgress = std::function<bool(std::int64_t payersDone, std::int64_t payers)>;

// The money history of a demo county (issue 4, "Done means"; issue 6's measures and
// collections reports need a ledger): month by month from `from` through `through`, each of
// `cases` (generated cases with an order; never a real case) accrues the month (its history before
// `from` in the first month, unpaid), then its payer's collections of the month are posted through
// the same LedgerPosting as a real posting, so every cent is allocated, disbursed and explained by
// the rules. Payers behave as a county's do: withholding that pays each month, direct payers who
// pay some months and part, payers seen only through tax offsets, and payers who pay nothing; a few
// direct checks bounce and are reversed. Deterministic for a seed (payers are keyed by their first
// case number).
//
// Each batch of payers is one DemoGenerate operation: one transaction (a county's history in one
// would outgrow the page cache and spill; 2,000 cases took 89 s in one, 47 s with a cache large
// enough to hold it) and one audit record. Its rows, like the generated caseload's, are local
// demonstration data and get no change-log entries.
class DemoLedger
{
public:
    DemoLedger(Workspace& workspace, const Session& session, std::uint64_t seed)
        : m_ws(workspace)
        , m_session(session)
        , m_seed(seed)
    { }
    Result<DemoLedgerStats> run(const std::vector<Uuid>& cases, Date from, Date through,
        const DemoLedgerProgress& progress = {});

private:
    Workspace& m_ws;
    const Session& m_session;
    std::uint64_t m_seed;
};

} // namespace caseledger::core
