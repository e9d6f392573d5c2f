#include "core/base/clock.h"
#include "core/base/date.h"

#include <catch2/catch_test_macros.hpp>

using caseledger::core::Date;

TEST_CASE("Dates parse strictly and print as ISO", "[date]")
{
    CHECK(Date::parseIso("2024-02-29")->toIso() == "2024-02-29");
    CHECK_FALSE(Date::parseIso("2025-02-29"));
    CHECK_FALSE(Date::parseIso("2025-2-01"));
    CHECK_FALSE(Date::parseIso("2025-13-01"));
    CHECK_FALSE(Date::parseIso("2025-01-01T00:00"));
    CHECK_FALSE(Date::parseIso("0000-01-01"));
}

TEST_CASE("Date arithmetic", "[date]")
{
    const auto jan31 = Date::fromYmd(2025, 1, 31);
    CHECK(jan31.addMonths(1).toIso() == "2025-02-28");
    CHECK(Date::fromYmd(2024, 1, 31).addMonths(1).toIso() == "2024-02-29");
    CHECK(jan31.addDays(30).toIso() == "2025-03-02");
    CHECK(jan31.daysUntil(Date::fromYmd(2025, 3, 2)) == 30);
    CHECK(Date::fromYmd(2008, 6, 15).yearsUntil(Date::fromYmd(2026, 6, 14)) == 17);
    CHECK(Date::fromYmd(2008, 6, 15).yearsUntil(Date::fromYmd(2026, 6, 15)) == 18);
    CHECK(Date::fromYmd(2025, 3, 15).lastOfMonth().toIso() == "2025-03-31");
}

TEST_CASE("Instants print in UTC with milliseconds", "[clock]")
{
    caseledger::core::FakeClock clock(Date::fromYmd(2026, 11, 22));
    clock.advance(std::chrono::milliseconds{1234});
    CHECK(caseledger::core::formatUtc(clock.now()) == "2026-11-22T12:00:01.234Z");
    CHECK(clock.today().toIso() == "2026-11-22");
}
