#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/task.h"
#include "core/cases/worklist.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

// Timeframe tasks (casework.md "Timeframes"): worklists, completion, trigger events and the
// supervisor's compliance view.
class TaskService
{
public:
    explicit TaskService(Workspace& workspace)
        : m_ws(workspace)
    { }
    // A worker's open tasks by due date, overdue first. Caseworkers and financial workers see
    // their own; supervisors anybody's.
    Result<WorklistPage> worklist(const Session& session, const WorklistQuery& query);
    // Completes a task. A locate task done with outcome "not_found" schedules the quarterly
    // repeat (45 CFR 303.3(b)(3)); completing the closure notice period closes the case
    // (45 CFR 303.11(d)(4)), and not before its 60 days have passed.
    Result<Task> complete(const Session& session, const Uuid& taskId, std::string_view outcome,
        std::optional<Date> on = {});
    Result<std::vector<Task>> recordEvent(const Session& session, std::string_view caseRef,
        CaseEvent event, std::optional<Date> on = {}, bool serviceNeeded = false);
    Result<std::vector<ComplianceRow>> compliance(
        const Session& session, const ComplianceQuery& query);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
