#include "core/base/clock.h"

#include <cstdio>
#include <ctime>

namespace caseledger::core {

using namespace std::chrono;

Date Clock::today() const
{
    const std::time_t t = system_clock::to_time_t(now());
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &t);
#else
    localtime_r(&t, &local);
#endif
    return Date::fromYmd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                         static_cast<unsigned>(local.tm_mday));
}

FakeClock::FakeClock(Date date)
    : m_now(date.sysDays() + hours{12})
{
}

Date FakeClock::today() const
{
    // Deterministic: the UTC date, independent of the machine's time zone.
    return Date(floor<days>(m_now));
}

std::string formatUtc(Clock::TimePoint t)
{
    const auto ms = toUnixMillis(t);
    const auto day = floor<days>(sys_time<milliseconds>{milliseconds{ms}});
    const year_month_day ymd{day};
    const auto sinceMidnight = milliseconds{ms} - duration_cast<milliseconds>(day.time_since_epoch());
    const hh_mm_ss<milliseconds> hms{sinceMidnight};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()), static_cast<int>(hms.subseconds().count()));
    return buffer;
}

std::int64_t toUnixMillis(Clock::TimePoint t)
{
    return duration_cast<milliseconds>(t.time_since_epoch()).count();
}

} // namespace caseledger::core
