#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace caseledger::core {

class Clock;

// A hybrid logical clock timestamp (Kulkarni et al. 2014): 48 bits of Unix milliseconds
// and a 16-bit counter, packed into one integer so it sorts and stores as INTEGER.
struct Hlc
{
    std::uint64_t value = 0;

    static Hlc pack(std::uint64_t millis, std::uint16_t counter) { return {millis << 16 | counter}; }
    std::uint64_t millis() const { return value >> 16; }
    std::uint16_t counter() const { return static_cast<std::uint16_t>(value & 0xFFFF); }
    std::int64_t asInt64() const { return static_cast<std::int64_t>(value); }
    static Hlc fromInt64(std::int64_t v) { return {static_cast<std::uint64_t>(v)}; }
    std::string toString() const; // "1732285800123.0004"

    auto operator<=>(const Hlc&) const = default;
};

// Issues strictly increasing timestamps for local events and merges remote ones, so that
// causally later changes always carry a larger HLC even when wall clocks disagree.
class HlcClock
{
public:
    explicit HlcClock(const Clock& clock, Hlc last = {})
        : m_clock(clock)
        , m_last(last)
    {
    }
    Hlc tick();
    Hlc observe(Hlc remote);
    Hlc last() const { return m_last; }

private:
    const Clock& m_clock;
    Hlc m_last;
};

} // namespace caseledger::core
