#include "core/base/hlc.h"

#include "core/base/clock.h"

#include <algorithm>
#include <cstdio>

namespace caseledger::core {

std::string Hlc::toString() const
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%llu.%04x", static_cast<unsigned long long>(millis()), counter());
    return buffer;
}

Hlc HlcClock::tick()
{
    const auto wall = static_cast<std::uint64_t>(toUnixMillis(m_clock.now()));
    if (wall > m_last.millis())
        m_last = Hlc::pack(wall, 0);
    else
        m_last = Hlc{m_last.value + 1}; // the counter carries into the milliseconds if it ever overflows
    return m_last;
}

Hlc HlcClock::observe(Hlc remote)
{
    const auto wall = static_cast<std::uint64_t>(toUnixMillis(m_clock.now()));
    const auto maxMillis = std::max({wall, m_last.millis(), remote.millis()});
    if (maxMillis == wall && wall > m_last.millis() && wall > remote.millis())
        m_last = Hlc::pack(wall, 0);
    else
        m_last = Hlc{std::max(m_last.value, remote.value) + 1};
    return m_last;
}

} // namespace caseledger::core
