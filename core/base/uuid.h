#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace caseledger::core {

class Clock;

// A 16-byte identifier: the primary key of every syncable row (DESIGN §3).
// New ids are RFC 9562 version 7 (a millisecond timestamp, a counter, random bits) and ascend
// within a thread, so that rows inserted together sit together at the end of the B-tree.
class Uuid
{
public:
    using Bytes = std::array<std::uint8_t, 16>;
    Uuid() = default; // the nil UUID
    explicit Uuid(const Bytes& bytes)
        : m_bytes(bytes)
    { }
    static Uuid v7(const Clock& clock);
    static Uuid random(); // version 4
    static std::optional<Uuid> fromBytes(std::span<const std::uint8_t> bytes);
    static std::optional<Uuid> parse(std::string_view text); // 8-4-4-4-12 hex, any case

    const Bytes& bytes() const { return m_bytes; }
    std::span<const std::uint8_t> span() const { return m_bytes; }
    bool isNil() const;
    std::string toString() const; // lower-case 8-4-4-4-12

    auto operator<=>(const Uuid&) const = default;

private:
    Bytes m_bytes {};
};

} // namespace caseledger::core

// Uuids as keys of unordered containers. Both halves are mixed: in version 7 the first holds
// the time, the second a counter and random bits (uuid.cpp).
template<>
struct std::hash<caseledger::core::Uuid>
{
    std::size_t operator()(const caseledger::core::Uuid& id) const noexcept
    {
        std::uint64_t a = 0, b = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            a = a << 8 | id.bytes()[i];
            b = b << 8 | id.bytes()[i + 8];
        }
        return static_cast<std::size_t>((a * 0x9E3779B97F4A7C15ULL) ^ b);
    }
};
