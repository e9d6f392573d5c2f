#include "core/cases/timeframes.h"

#include "core/base/businesscalendar.h"

#include <array>

namespace caseledger::core {

namespace {

using R = TaskRule;
constexpr std::array<TimeframeInfo, 10> kTimeframes = {{
    {R::OpenCase, 20, DayCount::Calendar, "45 CFR 303.2(b)"},
    {R::Locate, 75, DayCount::Calendar, "45 CFR 303.3(b)(3)"},
    {R::LocateRepeat, 90, DayCount::Calendar, "45 CFR 303.3(b)(3)"},
    {R::EstablishOrService, 90, DayCount::Calendar, "45 CFR 303.4(d)"},
    {R::Enforcement, 30, DayCount::Calendar, "45 CFR 303.6(c)(2)"},
    {R::EnforcementServiceNeeded, 60, DayCount::Calendar, "45 CFR 303.6(c)(2)"},
    {R::WithholdingNotice, 2, DayCount::Business, "45 CFR 303.100(e)"},
    {R::Review, 180, DayCount::Calendar, "45 CFR 303.8(e)"},
    {R::Disbursement, 2, DayCount::Business, "45 CFR 302.32(b)"},
    {R::ClosureNotice, 60, DayCount::Calendar, "45 CFR 303.11(d)(4)"},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kTimeframes.size(); ++i)
        if (static_cast<std::size_t>(kTimeframes[i].rule) != i)
            return false;
    return true;
}
static_assert(inEnumOrder(), "kTimeframes follows enum TaskRule");

} // namespace

const TimeframeInfo& timeframe(TaskRule rule)
{
    return kTimeframes[static_cast<std::size_t>(rule)];
}

Date dueDate(TaskRule rule, Date trigger, const BusinessCalendar& calendar)
{
    const auto& t = timeframe(rule);
    if (t.count == DayCount::Business)
        return calendar.addBusinessDays(trigger, t.days);
    return trigger.addDays(t.days);
}

} // namespace caseledger::core
