#pragma once

#include <array>
#include <compare>
#include <cstdint>
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
