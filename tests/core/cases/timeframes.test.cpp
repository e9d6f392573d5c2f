#include "core/cases/timeframes.h"

#include "core/base/businesscalendar.h"
#include "core/cases/task.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;

namespace {
Date d(int y, unsigned m, unsigned day)
{
    return Date::fromYmd(y, m, day);
}
Date due(TaskRule rule, Date trigger)
{
    return dueDate(rule, trigger, BusinessCalendar::california());
}
} // namespace

TEST_CASE(
    "Calendar-day timeframes count every day and do not move off weekends", "[cases][timeframes]")
{
    // 45 CFR 303.2(b): 20 calendar days. 2026-11-02 (Mon) + 20 = 2026-11-22, a Sunday.
    CHECK(due(TaskRule::OpenCase, d(2026, 11, 2)) == d(2026, 11, 22));
    // 303.3(b)(3): 75 days, across month ends.
    CHECK(due(TaskRule::Locate, d(2026, 11, 20)) == d(2027, 2, 3));
    // 303.4(d): 90 days across a leap day.
    CHECK(due(TaskRule::EstablishOrService, d(2028, 1, 15)) == d(2028, 4, 14));
    // 303.6(c)(2): 30, or 60 when service is needed.
    CHECK(due(TaskRule::Enforcement, d(2026, 12, 15)) == d(2027, 1, 14));
    CHECK(due(TaskRule::EnforcementServiceNeeded, d(2026, 12, 15)) == d(2027, 2, 13));
    // 303.8: 180 days.
    CHECK(due(TaskRule::Review, d(2026, 7, 1)) == d(2026, 12, 28));
    // A calendar deadline on a holiday stays there: 2026-12-25 is Christmas.
    CHECK(due(TaskRule::OpenCase, d(2026, 12, 5)) == d(2026, 12, 25));
}

TEST_CASE("Business-day timeframes skip weekends and California and federal holidays",
    "[cases][timeframes]")
{
    // 303.100(e): 2 business days. Thursday -> Monday (skips the weekend).
    CHECK(due(TaskRule::WithholdingNotice, d(2026, 10, 1)) == d(2026, 10, 5));
    // Friday 2026-11-06 -> Tuesday 2026-11-10; Veterans Day (Wed 11-11) is not reached.
    CHECK(due(TaskRule::WithholdingNotice, d(2026, 11, 6)) == d(2026, 11, 10));
    // Tuesday 2026-11-10 -> Veterans Day skipped -> Thursday 2026-11-12, Friday 11-13.
    CHECK(due(TaskRule::WithholdingNotice, d(2026, 11, 10)) == d(2026, 11, 13));
    // Wednesday before Thanksgiving: Thu 11-26 and Fri 11-27 (day after, a State holiday) and the
    // weekend are skipped -> Monday 11-30 and Tuesday 12-01.
    CHECK(due(TaskRule::WithholdingNotice, d(2026, 11, 25)) == d(2026, 12, 1));
    // Found on a Saturday: Monday and Tuesday.
    CHECK(due(TaskRule::WithholdingNotice, d(2026, 10, 3)) == d(2026, 10, 6));
    // Across New Year's Day 2027 (a Friday): Thu 12-31 -> Mon 01-04, Tue 01-05.
    CHECK(due(TaskRule::WithholdingNotice, d(2026, 12, 31)) == d(2027, 1, 5));
    // 302.32(b) disbursement: Cesar Chavez Day 2026-03-31 (Tuesday) is a State holiday.
    CHECK(due(TaskRule::Disbursement, d(2026, 3, 30)) == d(2026, 4, 2));
}

TEST_CASE("Compliance: met on time, late, open and overdue", "[cases][timeframes]")
{
    const Date dueOn = d(2026, 11, 20);
    CHECK(complianceOf(TaskStatus::Done, dueOn, dueOn, d(2026, 12, 1)) == Compliance::MetOnTime);
    CHECK(complianceOf(TaskStatus::Done, dueOn, dueOn.addDays(1), d(2026, 12, 1))
        == Compliance::Late);
    CHECK(complianceOf(TaskStatus::Open, dueOn, std::nullopt, dueOn) == Compliance::OpenNotDue);
    CHECK(complianceOf(TaskStatus::Open, dueOn, std::nullopt, dueOn.addDays(1))
        == Compliance::OpenOverdue);
    CHECK(complianceOf(TaskStatus::Cancelled, dueOn, dueOn, dueOn) == Compliance::NotCounted);
}
