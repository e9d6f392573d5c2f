#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"

#include <algorithm>
#include <cstdint>
#include <span>

namespace caseledger::core {

// The demo generator's dice: xoshiro256** seeded through splitmix64, so that one seed gives
// the same caseload on every machine (std::mt19937 distributions are not portable).
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto& s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    int between(int lo, int hi)
    {
        return static_cast<int>(between(std::int64_t {lo}, std::int64_t {hi}));
    }
    // True with probability percent/100 (tenths allowed: chance(1.5)).
    bool chance(double percent) { return static_cast<double>(next() % 100000) < percent * 1000.0; }
    Date dateBetween(Date from, Date to)
    {
        return from.addDays(between(0, std::max(0, from.daysUntil(to))));
    }

    template<class T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(next() % items.size())];
    }
    // An index by weights (weights sum > 0).
    template<std::size_t N>
    std::size_t weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] {};
};

// Record ids for generated rows: RFC 9562 version 7 layout (the run's millisecond, then a
// counter that starts at a random point), strictly increasing, so that bulk inserts append to
// every id-ordered B-tree instead of splitting pages all over it.
class DemoIds
{
public:
    DemoIds(std::int64_t millis, std::uint64_t start)
        : m_millis(static_cast<std::uint64_t>(millis))
        , m_counter(start & 0x0FFF'FFFF'FFFF'FFFFull)
    { }
    Uuid next()
    {
        const std::uint64_t c = ++m_counter;
        Uuid::Bytes b {};
        for (int i = 0; i < 6; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(m_millis >> (8 * (5 - i)));
        b[6] = 0x70; // version 7; rand_a left zero
        b[7] = 0;
        b[8] = static_cast<std::uint8_t>(
            0x80 | ((c >> 56) & 0x3F)); // variant, then the counter big-endian
        for (int i = 9; i < 16; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(c >> (8 * (15 - i)));
        return Uuid(b);
    }

private:
    std::uint64_t m_millis;
    std::uint64_t m_counter;
};

} // namespace caseledger::core
