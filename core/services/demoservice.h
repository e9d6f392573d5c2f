#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/demogenerator.h"
#include "core/services/demoledger.h"

#include <string>
#include <vector>

namespace caseledger::core {

class Workspace;

struct DemoRequest
{
    std::int64_t cases = 1000;
    std::uint64_t seed = 1;
    int countyFips = kDefaultCountyFips;
    // Demo worker accounts are created when missing (caseworker01.., supervisor01.., finance01),
    // each with this first password, to be changed at first sign-in.
    std::string workerPassword;
    int caseworkers = 10;
    int supervisors = 2;
    int financialWorkers = 1;
    // Money history (DemoLedger): the federal fiscal years before the current one, from their
    // first October through the last complete month. 2 gives the last fiscal year and the one
    // before it (the measures' "last year"); 0, none.
    int ledgerYears = 0;
};

struct DemoResult
{
    DemoStats stats;
    std::vector<std::string> createdAccounts;
    std::vector<std::string> existingAccounts;
    double seconds = 0;
    DemoLedgerStats ledger;
    Date ledgerFrom; // the months of the money history (when ledger.months > 0)
    Date ledgerThrough;
    double ledgerSeconds = 0;
};

// `caseledger-cli demo` (issue 3 item 5): adds a generated caseload to the database. One audit
// record for the run (plus one per account created, as for any new account).
class DemoService
{
public:
    explicit DemoService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<DemoResult> generate(const Session& session, const DemoRequest& request,
        const DemoProgress& progress = {}, const DemoLedgerProgress& ledgerProgress = {});
    // The demo account names for a request, in order: caseworkers, supervisors, financial workers.
    static std::vector<std::pair<std::string, Role>> accountNames(const DemoRequest& request);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
