#include "core/services/taskservice.h"

#include "core/cases/caserepository.h"
#include "core/cases/taskrepository.h"
#include "core/services/servicesupport.h"
#include "core/services/taskscheduler.h"
#include "core/services/workspace.h"

namespace caseledger::core {

using namespace servicesupport;

namespace {

// 45 CFR 303.11(d)(4): the notice period ran out without an answer that could lead to action.
void finishClosure(Operation& op, const Task& task, Date on)
{
    Case c = requireCase(op, task.caseId);
    if (c.status != CaseStatus::ClosePending)
        return;
    const Hlc base = c.hlc;
    c.status = CaseStatus::Closed;
    c.closedOn = on;
    c.hlc = op.hlc();
    CaseRepository(op.db()).update(c, device(op));
    op.recordChange("case", c.id, base, {{"status", "closed"}, {"closed_on", on.toIso()}});
    TaskScheduler(op).cancelOpenTasks(c, on, "case closed");
}

} // namespace

Result<WorklistPage> TaskService::worklist(const Session& session, const WorklistQuery& query)
{
    return m_ws.perform(session, Action::TaskList, [&](Operation& op) {
        const Uuid worker = query.worker.value_or(session.userId);
        if (worker != session.userId && session.role != Role::Supervisor)
            throw Failure(ErrorCode::PermissionDenied,
                "only a supervisor may see another worker's worklist", "worker");
        auto page = TaskRepository(op.db()).worklist(worker, query, today(op));
        op.target("user", worker.toString());
        op.describe("worklist: " + std::to_string(page.rows.size()) + " tasks from row "
            + std::to_string(page.offset));
        return page;
    });
}

Result<Task> TaskService::complete(
    const Session& session, const Uuid& taskId, std::string_view outcome, std::optional<Date> on)
{
    return m_ws.perform(session, Action::TaskComplete, [&](Operation& op) {
        TaskRepository tasks(op.db());
        auto task = tasks.find(taskId);
        if (!task)
            throw Failure(ErrorCode::NotFound, "there is no such task", "task");
        Case c = requireCase(op, task->caseId);
        if (task->status != TaskStatus::Open)
            failValidation("task", "this task is already " + std::string(codeOf(task->status)));
        const Date doneOn = requireNotFuture(on.value_or(today(op)), today(op), "done on");
        if (doneOn < task->triggerDate)
            failValidation("done on", "is before the task was triggered");
        const std::string result
            = cleanText(outcome.empty() ? "done" : outcome, "outcome", 200, true);
        if (task->rule == TaskRule::ClosureNotice && doneOn < task->due)
            failValidation("done on",
                "the 60-day closure notice period runs until " + task->due.toIso()
                    + "; withdraw the closure (reopen) if the recipient answered");
        TaskScheduler scheduler(op);
        scheduler.complete(*task, doneOn, result);
        if (task->rule == TaskRule::ClosureNotice) {
            finishClosure(op, *task, doneOn);
            c = requireCase(op, task->caseId);
        }
        // 45 CFR 303.3(b)(3): while not found, locate is repeated quarterly.
        if ((task->rule == TaskRule::Locate || task->rule == TaskRule::LocateRepeat)
            && result == "not_found" && c.status != CaseStatus::Closed)
            scheduler.schedule(c, TaskRule::LocateRepeat, "locate_not_found", doneOn);
        op.describe("task " + std::string(codeOf(task->rule)) + " on case " + c.number + " done ("
            + (complianceOf(task->status, task->due, task->doneOn, doneOn) == Compliance::Late
                    ? "late"
                    : "on time")
            + ")");
        return *task;
    });
}

Result<std::vector<Task>> TaskService::recordEvent(const Session& session, std::string_view caseRef,
    CaseEvent event, std::optional<Date> on, bool serviceNeeded)
{
    return m_ws.perform(session, Action::CaseEventRecord, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        requireActive(c);
        const Date when = requireNotFuture(on.value_or(today(op)), today(op), "date");
        auto created = TaskScheduler(op).record(c, event, when, serviceNeeded);
        op.describe("event " + std::string(codeOf(event)) + " on case " + c.number + ": "
            + std::to_string(created.size()) + " task(s)");
        return created;
    });
}

Result<std::vector<ComplianceRow>> TaskService::compliance(
    const Session& session, const ComplianceQuery& query)
{
    return m_ws.perform(session, Action::TaskCompliance, [&](Operation& op) {
        auto rows = TaskRepository(op.db()).compliance(query, today(op));
        op.target("task", "*");
        op.describe("timeframe compliance"
            + std::string(query.worker ? " for one worker" : " for all workers"));
        return rows;
    });
}

} // namespace caseledger::core
