#include "core/services/taskscheduler.h"

#include "core/base/businesscalendar.h"
#include "core/cases/caserepository.h"
#include "core/cases/orderrepository.h"
#include "core/cases/parentagerepository.h"
#include "core/cases/participantrepository.h"
#include "core/cases/taskrepository.h"
#include "core/services/changefields.h"
#include "core/services/workspace.h"

namespace caseledger::core {

Task TaskScheduler::schedule(
    const Case& c, TaskRule rule, std::string_view trigger, Date triggerDate)
{
    TaskRepository tasks(m_op.db());
    if (auto open = tasks.openForCase(c.id, rule); !open.empty())
        return open.front();
    Task t;
    t.id = Uuid::v7(m_op.workspace().clock());
    t.caseId = c.id;
    t.rule = rule;
    t.trigger = std::string(trigger);
    t.triggerDate = triggerDate;
    t.due = dueDate(rule, triggerDate, BusinessCalendar::california());
    t.workerId = c.assignedWorker;
    t.hlc = m_op.hlc();
    tasks.insert(t, m_op.workspace().device().id);
    m_op.recordChange("task", t.id, {}, changefields::of(t));
    return t;
}

void TaskScheduler::complete(Task& task, Date on, std::string_view outcome)
{
    finish(task, TaskStatus::Done, on, outcome);
}

void TaskScheduler::cancel(Task& task, Date on, std::string_view outcome)
{
    finish(task, TaskStatus::Cancelled, on, outcome);
}

void TaskScheduler::cancelOpenTasks(const Case& c, Date on, std::string_view outcome)
{
    for (auto& t : TaskRepository(m_op.db()).openTasksOfCase(c.id))
        cancel(t, on, outcome);
}

void TaskScheduler::finish(Task& task, TaskStatus status, Date on, std::string_view outcome)
{
    if (task.status != TaskStatus::Open)
        return;
    const Hlc base = task.hlc;
    task.status = status;
    task.doneOn = on;
    task.outcome = std::string(outcome);
    task.hlc = m_op.hlc();
    TaskRepository(m_op.db()).update(task, m_op.workspace().device().id);
    m_op.recordChange("task", task.id, base,
        {{"status", codeOf(status)}, {"done_on", on.toIso()}, {"outcome", task.outcome}});
}

void TaskScheduler::setPhase(Case& c, CasePhase phase)
{
    if (c.phase == phase)
        return;
    const Hlc base = c.hlc;
    c.phase = phase;
    c.hlc = m_op.hlc();
    CaseRepository(m_op.db()).update(c, m_op.workspace().device().id);
    m_op.recordChange("case", c.id, base, {{"phase", codeOf(phase)}});
}

bool TaskScheduler::hasCurrentOrder(const Case& c, Date on)
{
    for (const auto& o : OrderRepository(m_op.db()).forCase(c.id))
        if (o.currentSupportOn(on))
            return true;
    return false;
}

bool TaskScheduler::parentageOpen(const Case& c)
{
    const auto records = ParentageRepository(m_op.db()).forChildrenOfCase(c.id);
    for (const auto& p : ParticipantRepository(m_op.db()).forCase(c.id)) {
        if (p.role != ParticipantRole::Child || p.to)
            continue;
        std::vector<Parentage> mine;
        for (const auto& r : records)
            if (r.childId == p.personId)
                mine.push_back(r);
        if (childParentageStatus(mine) != ParentageStatus::Established)
            return true;
    }
    return false;
}

void TaskScheduler::caseOpened(Case& c, bool noncustodialLocated)
{
    Task open = schedule(c, TaskRule::OpenCase, "application_received", c.applicationDate);
    complete(open, c.openedOn, "case opened");
    record(c, noncustodialLocated ? CaseEvent::NcpLocated : CaseEvent::LocateNeeded, c.openedOn);
}

std::vector<Task> TaskScheduler::record(Case& c, CaseEvent event, Date on, bool serviceNeeded)
{
    const std::string trigger(codeOf(event));
    std::vector<Task> created;
    TaskRepository tasks(m_op.db());
    switch (event) {
    case CaseEvent::LocateNeeded:
        created.push_back(schedule(c, TaskRule::Locate, trigger, on));
        if (c.phase == CasePhase::Intake)
            setPhase(c, CasePhase::Locate);
        break;
    case CaseEvent::NcpLocated:
        // 303.3 is met; 303.4(d) starts unless an order already exists.
        for (auto rule : {TaskRule::Locate, TaskRule::LocateRepeat})
            for (auto& t : tasks.openForCase(c.id, rule))
                complete(t, on, "located");
        if (!hasCurrentOrder(c, on)) {
            created.push_back(schedule(c, TaskRule::EstablishOrService, trigger, on));
            if (c.phase == CasePhase::Intake || c.phase == CasePhase::Locate)
                setPhase(c, parentageOpen(c) ? CasePhase::Parentage : CasePhase::Establishment);
        }
        break;
    case CaseEvent::DelinquencyIdentified:
        created.push_back(
            schedule(c, serviceNeeded ? TaskRule::EnforcementServiceNeeded : TaskRule::Enforcement,
                trigger, on));
        break;
    case CaseEvent::IncomeSourceFound:
        if (hasCurrentOrder(c, on))
            created.push_back(schedule(c, TaskRule::WithholdingNotice, trigger, on));
        break;
    case CaseEvent::ReviewRequested:
        created.push_back(schedule(c, TaskRule::Review, trigger, on));
        break;
    case CaseEvent::CollectionReceived:
        created.push_back(schedule(c, TaskRule::Disbursement, trigger, on));
        break;
    }
    return created;
}

void TaskScheduler::orderEstablished(Case& c, Date on)
{
    for (auto& t : TaskRepository(m_op.db()).openForCase(c.id, TaskRule::EstablishOrService))
        complete(t, on, "order established");
    if (c.status != CaseStatus::Closed)
        setPhase(c, CasePhase::Enforcement);
}

void TaskScheduler::orderModified(const Case& c, Date on)
{
    for (auto& t : TaskRepository(m_op.db()).openForCase(c.id, TaskRule::Review))
        complete(t, on, "order modified");
}

void TaskScheduler::reassign(const Case& c)
{
    TaskRepository tasks(m_op.db());
    for (auto& t : tasks.openTasksOfCase(c.id)) {
        if (t.workerId == c.assignedWorker)
            continue;
        const Hlc base = t.hlc;
        t.workerId = c.assignedWorker;
        t.hlc = m_op.hlc();
        tasks.update(t, m_op.workspace().device().id);
        m_op.recordChange("task", t.id, base,
            {{"worker",
                c.assignedWorker ? nlohmann::json(c.assignedWorker->toString())
                                 : nlohmann::json()}});
    }
}

} // namespace caseledger::core
