#pragma once

#include "core/cases/case.h"
#include "core/cases/task.h"

#include <optional>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Operation;

// Turns trigger events into timeframe tasks inside the acting service's transaction
// (casework.md "Timeframes"): the task, its due date from the business calendar, its change-log
// entry, and the case's phase where the event moves it. Never opens a transaction itself.
class TaskScheduler
{
public:
    explicit TaskScheduler(Operation& op)
        : m_op(op)
    { }
    // A new open task, or the one already open for the same rule (events repeat; clocks don't).
    Task schedule(const Case& c, TaskRule rule, std::string_view trigger, Date triggerDate);
    void complete(Task& task, Date on, std::string_view outcome);
    void cancel(Task& task, Date on, std::string_view outcome);
    // The case closed: its open clocks stop.
    void cancelOpenTasks(const Case& c, Date on, std::string_view outcome);

    // 45 CFR 303.2(b): the application's 20-day clock, met when the case is opened.
    void caseOpened(Case& c, bool noncustodialLocated);
    // The other events of the timeframes table. Returns the tasks created.
    std::vector<Task> record(Case& c, CaseEvent event, Date on, bool serviceNeeded = false);
    // An order was established: 303.4(d) met, enforcement begins.
    void orderEstablished(Case& c, Date on);
    // A modification was entered: a pending 303.8 review is done.
    void orderModified(const Case& c, Date on);
    // Open tasks follow the case to its new worker.
    void reassign(const Case& c);

private:
    void finish(Task& task, TaskStatus status, Date on, std::string_view outcome);
    void setPhase(Case& c, CasePhase phase);
    bool hasCurrentOrder(const Case& c, Date on);
    bool parentageOpen(const Case& c);
    Operation& m_op;
};

} // namespace caseledger::core
