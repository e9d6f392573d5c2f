#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

class Money;

// 128-bit integers are a GCC/Clang extension; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

// An exact fraction of two 128-bit integers, always reduced, denominator > 0. The guideline
// (guideline.md "Precision") carries full precision through the fraction, K and the
// multiplier, so no binary floating point is used: every operation is exact, and one that
// would overflow throws a Failure instead of wrapping or losing precision.
class Rational
{
public:
    constexpr Rational() = default;
    // Implicit on purpose: an integer is a rational ("1 + h", "TN / 82857").
    constexpr Rational(std::int64_t value)
        : m_num(value)
    { }
    static Rational of(Int128 numerator, Int128 denominator); // Failure when denominator is 0
    static Rational fromCents(Money amount); // dollars: 12345 cents -> 123.45
    // Strict decimal text: "20", "33.5", "-0.25". No exponent, no spaces, at most 18 decimals.
    static std::optional<Rational> parseDecimal(std::string_view text);

    Int128 numerator() const { return m_num; }
    Int128 denominator() const { return m_den; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }
    bool isInteger() const { return m_den == 1; }
    int sign() const { return m_num < 0 ? -1 : (m_num > 0 ? 1 : 0); }
    Rational abs() const;

    Rational operator+(const Rational& other) const;
    Rational operator-(const Rational& other) const;
    Rational operator*(const Rational& other) const;
    Rational operator/(const Rational& other) const; // Failure on division by zero
    Rational operator-() const;

    bool operator==(const Rational& other) const = default;
    std::strong_ordering operator<=>(const Rational& other) const;

    // Rounded to a whole number, half away from zero (guideline.md "Precision").
    Int128 roundHalfAwayFromZero() const;
    // This value in dollars, rounded to the cent, half away from zero.
    Money roundToCents() const;
    // Fixed decimals, rounded half away from zero: "0.250000".
    std::string toFixed(int decimals) const;
    // The exact decimal when it terminates within `maxDecimals` ("2.813", "1.6", "1"),
    // otherwise toFixed(maxDecimals).
    std::string toShortDecimal(int maxDecimals = 6) const;

private:
    Int128 m_num = 0;
    Int128 m_den = 1;
};

std::string int128ToString(Int128 value);

} // namespace caseledger::core
