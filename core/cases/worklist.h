#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/cases/task.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// A worker's tasks (casework.md "Timeframes"): by due date, overdue first.
struct WorklistQuery
{
    std::optional<Uuid> worker; // nullopt: the acting user
    bool includeDone = false;
    std::optional<TaskRule> rule;
    int offset = 0;
    int limit = 100;
};

struct WorklistRow
{
    Task task;
    std::string caseNumber;
    std::string noncustodialParent; // display name, for recognising the case
    bool overdue = false;
};

struct WorklistPage
{
    std::vector<WorklistRow> rows;
    int offset = 0;
    bool more = false;
};

// A supervisor's view of timeframe compliance, per rule, over tasks due in a period.
struct ComplianceQuery
{
    std::optional<Uuid> worker; // nullopt: everybody
    std::optional<Date> dueFrom;
    std::optional<Date> dueTo;
};

struct ComplianceRow
{
    TaskRule rule = TaskRule::OpenCase;
    std::int64_t metOnTime = 0;
    std::int64_t late = 0;
    std::int64_t openOverdue = 0;
    std::int64_t openNotDue = 0;
};

} // namespace caseledger::core
