#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// An amount of US dollars as a whole number of cents. Arithmetic is overflow-checked
// (a Failure, never a wrap-around); there is no conversion from floating point.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    static constexpr Money zero() { return Money(0); }

    // Strict: "1234", "1234.5", "1234.56", "-0.05", optionally with a leading '$' and
    // thousands separators in the right places. "12.345", "1e3", "" and " 12" are refused.
    static std::optional<Money> parse(std::string_view text);

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isPositive() const { return m_cents > 0; }

    std::string toString() const;        // "-1234.56"
    std::string toDisplayString() const; // "-$1,234.56"

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    Money times(std::int64_t factor) const;

    constexpr auto operator<=>(const Money&) const = default;

    // Splits `total` in proportion to `weights` so that the parts sum exactly to total:
    // each part is rounded down, then the remaining cents go one each to the parts with
    // the largest remainders, ties to the lower index (distribution.md §1, "largest
    // remainder; ties to the lower case number"). Weights must be >= 0 and not all zero.
    static std::vector<Money> splitProRata(Money total, std::span<const std::int64_t> weights);

private:
    explicit constexpr Money(std::int64_t cents)
        : m_cents(cents)
    {
    }
    std::int64_t m_cents = 0;
};

constexpr Money operator""_usd_cents(unsigned long long cents)
{
    return Money::fromCents(static_cast<std::int64_t>(cents));
}

} // namespace caseledger::core
