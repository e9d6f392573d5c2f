#include "core/base/uuid.h"

#include "core/base/clock.h"
#include "core/base/crypto.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

#ifndef _WIN32
#include <pthread.h>
#endif

namespace caseledger::core {

namespace {

// The random part of record ids, drawn from the CSPRNG 4 KB at a time: one RAND_bytes call per
// id cost about 9 % of accruing a county's history, where every charge and its change-log entry
// take an id (issue 4, "Performance"). Ids are not secrets; they need only be unique. Per thread,
// so no lock. A forked child (the crash-safety tests fork posting processes) throws its copy of
// the pool away, or parent and child would hand out the same ids.
std::atomic<unsigned> forkCount {0};

// Whether a fork is noticed; without it (or on a system without fork) every id draws afresh.
bool pooling()
{
#ifndef _WIN32
    static const bool watching
        = pthread_atfork(nullptr, nullptr, [] { forkCount.fetch_add(1); }) == 0;
    return watching;
#else
    return true; // no fork on Windows
#endif
}

void idRandomBytes(std::span<std::uint8_t> out)
{
    thread_local std::array<std::uint8_t, 4096> pool;
    thread_local std::size_t used = pool.size();
    thread_local unsigned forks = 0;
    if (!pooling() || out.size() > pool.size()) {
        crypto::randomBytes(out);
        return;
    }
    const unsigned now = forkCount.load(std::memory_order_relaxed);
    if (out.size() > pool.size() - used || forks != now) {
        crypto::randomBytes(pool);
        used = 0;
        forks = now;
    }
    std::memcpy(out.data(), pool.data() + used, out.size());
    used += out.size(); // each byte serves one id only
}

} // namespace

// RFC 9562 §6.2, method 1 (a dedicated counter): ids of one thread ascend. In a millisecond the
// 42 bits after the version and variant count up from a random start (its top bit clear, so no
// overflow in practice); a clock that stands still or steps back (a test's fixed clock, an NTP
// correction) continues the last millisecond instead. The last 32 bits stay random, and a forked
// child starts a counter of its own. Ascending ids are appended to the end of every table and
// index keyed by them: random ones put each insert on a page of its own somewhere in the tree,
// and posting and accrual paid for those pages at every commit (issue 4, "Performance").
Uuid Uuid::v7(const Clock& clock)
{
    constexpr std::uint64_t kCounterBits = 42;
    thread_local std::uint64_t lastMs = 0;
    thread_local std::uint64_t counter = 0;
    thread_local unsigned counterForks = ~0u;
    Bytes b {};
    idRandomBytes(std::span<std::uint8_t>(b.data() + 6, 10));
    const auto ms = static_cast<std::uint64_t>(toUnixMillis(clock.now()));
    const unsigned forks = pooling() ? forkCount.load(std::memory_order_relaxed) : 0;
    if (ms > lastMs || forks != counterForks || ++counter >> kCounterBits != 0) {
        std::uint64_t seed = 0;
        for (int i = 6; i < 12; ++i)
            seed = seed << 8 | b[static_cast<std::size_t>(i)];
        counter = seed & ((std::uint64_t {1} << (kCounterBits - 1)) - 1);
        lastMs = ms > lastMs ? ms : lastMs + (forks == counterForks ? 1 : 0);
        counterForks = forks;
    }
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(lastMs >> (8 * (5 - i)));
    b[6] = static_cast<std::uint8_t>(0x70 | ((counter >> 38) & 0x0F));
    b[7] = static_cast<std::uint8_t>(counter >> 30);
    b[8] = static_cast<std::uint8_t>(0x80 | ((counter >> 24) & 0x3F));
    b[9] = static_cast<std::uint8_t>(counter >> 16);
    b[10] = static_cast<std::uint8_t>(counter >> 8);
    b[11] = static_cast<std::uint8_t>(counter);
    return Uuid(b); // bytes 12 to 15: random
}

Uuid Uuid::random()
{
    Bytes b {};
    crypto::randomBytes(b);
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    return Uuid(b);
}

std::optional<Uuid> Uuid::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != 16)
        return std::nullopt;
    Bytes b {};
    std::copy(bytes.begin(), bytes.end(), b.begin());
    return Uuid(b);
}

std::optional<Uuid> Uuid::parse(std::string_view text)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-'
        || text[23] != '-')
        return std::nullopt;
    std::string hex;
    for (char c : text)
        if (c != '-')
            hex += c;
    auto bytes = crypto::fromHex(hex);
    if (!bytes)
        return std::nullopt;
    return fromBytes(*bytes);
}

bool Uuid::isNil() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

std::string Uuid::toString() const
{
    const std::string hex = crypto::toHex(m_bytes);
    return hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-'
        + hex.substr(16, 4) + '-' + hex.substr(20);
}

} // namespace caseledger::core
