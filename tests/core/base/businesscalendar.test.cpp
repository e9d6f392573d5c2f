#include "core/base/businesscalendar.h"

#include <catch2/catch_test_macros.hpp>
#include <string>
#include <vector>

using namespace caseledger::core;

namespace {
std::vector<std::string> observedDates(const std::vector<Holiday>& list)
{
    std::vector<std::string> out;
    for (const auto& h : list)
        out.push_back(h.observed ? h.observed->toIso() : h.date.toIso() + " (Saturday: holiday credit)");
    return out;
}
} // namespace

TEST_CASE("California state holidays 2025 match CalHR's published list", "[calendar]")
{
    // CalHR, "2025 State Holidays".
    CHECK(observedDates(californiaStateHolidays(2025))
          == std::vector<std::string>{"2025-01-01", "2025-01-20", "2025-02-17", "2025-03-31", "2025-05-26",
                                      "2025-07-04", "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28",
                                      "2025-12-25"});
}

TEST_CASE("California state holidays 2026 match CalHR's published list", "[calendar]")
{
    // CalHR, "2026 State Holidays": Independence Day falls on a Saturday (holiday credit, no
    // weekday closure for the State); Cesar Chavez Day on a Tuesday.
    CHECK(observedDates(californiaStateHolidays(2026))
          == std::vector<std::string>{"2026-01-01", "2026-01-19", "2026-02-16", "2026-03-31", "2026-05-25",
                                      "2026-07-04 (Saturday: holiday credit)", "2026-09-07", "2026-11-11",
                                      "2026-11-26", "2026-11-27", "2026-12-25"});
}

TEST_CASE("Observance rules: Sunday to Monday, Veterans Day on Saturday to Friday", "[calendar]")
{
    // 2023: Veterans Day on a Saturday -> Friday 2023-11-10; 2024: Cesar Chavez on a Sunday -> Monday.
    const auto y2023 = californiaStateHolidays(2023);
    CHECK(y2023[7].name == "Veterans Day");
    CHECK(y2023[7].observed->toIso() == "2023-11-10");
    CHECK(californiaStateHolidays(2024)[3].observed->toIso() == "2024-04-01");
    // Federal: New Year's Day 2028 is a Saturday, observed Friday 2027-12-31.
    CHECK(federalHolidays(2028)[0].observed->toIso() == "2027-12-31");
    CHECK(BusinessCalendar::california().isHoliday(Date::fromYmd(2027, 12, 31)));
}

TEST_CASE("Business days skip weekends and federal and state holidays", "[calendar]")
{
    const auto& cal = BusinessCalendar::california();
    // Wednesday before Thanksgiving 2025 + 2 business days: Thu and Fri are closed -> Tue.
    CHECK(cal.addBusinessDays(Date::fromYmd(2025, 11, 26), 2).toIso() == "2025-12-02");
    // Friday 2026-07-03 is the federal observance of Independence Day.
    CHECK_FALSE(cal.isBusinessDay(Date::fromYmd(2026, 7, 3)));
    CHECK(cal.addBusinessDays(Date::fromYmd(2026, 7, 2), 1).toIso() == "2026-07-06");
    // Columbus Day and Juneteenth are federal holidays: closed for federal deadlines.
    CHECK_FALSE(cal.isBusinessDay(Date::fromYmd(2025, 10, 13)));
    CHECK_FALSE(cal.isBusinessDay(Date::fromYmd(2025, 6, 19)));
    CHECK(cal.isBusinessDay(Date::fromYmd(2025, 6, 18)));
    CHECK(cal.addBusinessDays(Date::fromYmd(2025, 3, 28), 1).toIso() == "2025-04-01"); // Cesar Chavez Day, Monday
    CHECK(cal.nextBusinessDayOnOrAfter(Date::fromYmd(2025, 12, 25)).toIso() == "2025-12-26");
}
