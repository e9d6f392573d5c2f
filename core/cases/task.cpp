#include "core/cases/task.h"

namespace caseledger::core {

Compliance complianceOf(TaskStatus status, Date due, std::optional<Date> doneOn, Date today)
{
    if (status == TaskStatus::Cancelled)
        return Compliance::NotCounted;
    if (status == TaskStatus::Done)
        return doneOn && *doneOn > due ? Compliance::Late : Compliance::MetOnTime;
    return today > due ? Compliance::OpenOverdue : Compliance::OpenNotDue;
}

} // namespace caseledger::core
