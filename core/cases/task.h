#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"
#include "core/cases/timeframes.h"

#include <optional>
#include <string>

namespace caseledger::core {

// Cancelled: the clock stopped without the work being due any more (the case closed, a
// closure was withdrawn); such tasks count neither as met nor as late.
enum class TaskStatus : std::uint8_t
{
    Open,
    Done,
    Cancelled
};
template<>
struct EnumCodes<TaskStatus>
{
    static constexpr CodeEntry<TaskStatus> table[] = {{TaskStatus::Open, "open", "Open"},
        {TaskStatus::Done, "done", "Done"}, {TaskStatus::Cancelled, "cancelled", "Cancelled"}};
};

// What a task's timing means for compliance.
enum class Compliance : std::uint8_t
{
    MetOnTime,
    Late,
    OpenOverdue,
    OpenNotDue,
    NotCounted
};
Compliance complianceOf(TaskStatus status, Date due, std::optional<Date> doneOn, Date today);

struct Task
{
    Uuid id;
    Uuid caseId;
    TaskRule rule = TaskRule::OpenCase;
    std::string trigger; // the event that created it: "application_received", "ncp_located" ...
    Date triggerDate;
    Date due;
    TaskStatus status = TaskStatus::Open;
    std::optional<Date> doneOn;
    std::string outcome; // "met", "located", "not_found", "cancelled" ...
    std::optional<Uuid> workerId; // the case's worker when created; follows reassignment
    Hlc hlc;

    bool overdueOn(Date day) const { return status == TaskStatus::Open && due < day; }
};

} // namespace caseledger::core
