#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/base/money.h"

#include <string_view>

namespace caseledger::core {

class Workspace;

struct AccrualSummary
{
    Date through; // the month accrued (its first day)
    std::size_t cases = 0; // cases visited
    std::size_t charges = 0; // entries written (0 when already up to date)
};

struct GrantImportResult
{
    bool dryRun = false;
    std::size_t rows = 0;
    std::size_t added = 0; // a month not recorded before
    std::size_t corrected = 0; // a different amount: a correcting entry
    std::size_t unchanged = 0; // the same amount again: nothing written
    Money total;
};

// Accrual of support (distribution.md §5) and the assistance grants behind URA.
class AccrualService
{
public:
    explicit AccrualService(Workspace& workspace)
        : m_ws(workspace)
    { }
    // Every case with an order: each month's support through `month`, month-end conversion of
    // the months before it, interest. Idempotent: the same month again writes nothing.
    Result<AccrualSummary> accrueThrough(const Session& session, Date month);
    // The same for one case (after a backdated change, or for the case view).
    Result<AccrualSummary> accrueCase(const Session& session, std::string_view caseRef, Date month);
    // CSV "case,month,amount" (S24: all or nothing, row and field named). Importing the same
    // file again changes nothing; a changed amount is recorded as a correcting entry.
    Result<GrantImportResult> importGrants(
        const Session& session, std::string_view csvText, bool dryRun);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
