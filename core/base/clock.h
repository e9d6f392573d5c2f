#pragma once

#include "core/base/date.h"

#include <chrono>
#include <string>

namespace caseledger::core {

// Every "now" in CaseLedger comes from a Clock handed in by the caller, so deadlines,
// interest, aging, idle locks and audit times can be tested (STYLE: "Data and money").
class Clock
{
public:
    using TimePoint = std::chrono::system_clock::time_point;
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
    // Today's date where the agency works: the machine's local time zone.
    virtual Date today() const;
};

class SystemClock final : public Clock
{
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock that moves only when told; tests use it.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(TimePoint start)
        : m_now(start)
    {
    }
    // Noon UTC on the given date, so that local "today" is the same date in California.
    explicit FakeClock(Date date);
    TimePoint now() const override { return m_now; }
    Date today() const override;
    void set(TimePoint t) { m_now = t; }
    void advance(std::chrono::system_clock::duration d) { m_now += d; }

private:
    TimePoint m_now;
};

// "2026-11-22T14:30:05.123Z"
std::string formatUtc(Clock::TimePoint t);
std::int64_t toUnixMillis(Clock::TimePoint t);

} // namespace caseledger::core
