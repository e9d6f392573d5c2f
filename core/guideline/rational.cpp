#include "core/guideline/rational.h"

#include "core/base/error.h"
#include "core/base/money.h"

#include <algorithm>
#include <limits>

namespace caseledger::core {

namespace {

constexpr Int128 kMax = ((static_cast<Int128>(1) << 126) - 1) + (static_cast<Int128>(1) << 126);
constexpr Int128 kMin = -kMax - 1;

[[noreturn]] void overflow()
{
    throw Failure(ErrorCode::Internal, "a figure is too large to compute exactly");
}

Int128 checkedAdd(Int128 a, Int128 b)
{
    Int128 r;
    if (__builtin_add_overflow(a, b, &r))
        overflow();
    return r;
}

Int128 checkedSub(Int128 a, Int128 b)
{
    Int128 r;
    if (__builtin_sub_overflow(a, b, &r))
        overflow();
    return r;
}

Int128 checkedMul(Int128 a, Int128 b)
{
    Int128 r;
    if (__builtin_mul_overflow(a, b, &r))
        overflow();
    return r;
}

Int128 checkedNeg(Int128 a)
{
    if (a == kMin)
        overflow();
    return -a;
}

Int128 absOf(Int128 a)
{
    return a < 0 ? checkedNeg(a) : a;
}

Int128 gcd(Int128 a, Int128 b)
{
    a = absOf(a);
    b = absOf(b);
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Int128 pow10(int n)
{
    Int128 p = 1;
    for (int i = 0; i < n; ++i)
        p = checkedMul(p, 10);
    return p;
}

} // namespace

std::string int128ToString(Int128 value)
{
    if (value == 0)
        return "0";
    const bool negative = value < 0;
    // Work on the negative side so that the minimum value prints too.
    Int128 v = negative ? value : -value;
    std::string digits;
    while (v != 0) {
        digits.push_back(static_cast<char>('0' - static_cast<int>(v % 10)));
        v /= 10;
    }
    if (negative)
        digits.push_back('-');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

Rational Rational::of(Int128 numerator, Int128 denominator)
{
    if (denominator == 0)
        throw Failure(ErrorCode::Internal, "division by zero in an exact calculation");
    if (denominator < 0) {
        numerator = checkedNeg(numerator);
        denominator = checkedNeg(denominator);
    }
    const Int128 g = gcd(numerator, denominator);
    Rational r;
    r.m_num = g > 1 ? numerator / g : numerator;
    r.m_den = g > 1 ? denominator / g : denominator;
    if (r.m_num == 0)
        r.m_den = 1;
    return r;
}

Rational Rational::fromCents(Money amount)
{
    return of(amount.cents(), 100);
}

std::optional<Rational> Rational::parseDecimal(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view frac
        = dot == std::string_view::npos ? std::string_view {} : text.substr(dot + 1);
    const auto allDigits = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || whole.size() > 20 || !allDigits(whole))
        return std::nullopt;
    if (dot != std::string_view::npos && (frac.empty() || frac.size() > 18 || !allDigits(frac)))
        return std::nullopt;
    Int128 num = 0;
    for (char c : whole)
        num = num * 10 + (c - '0');
    for (char c : frac)
        num = num * 10 + (c - '0');
    const Int128 den = pow10(static_cast<int>(frac.size()));
    return of(negative ? -num : num, den);
}

Rational Rational::abs() const
{
    Rational r = *this;
    r.m_num = absOf(m_num);
    return r;
}

Rational Rational::operator+(const Rational& other) const
{
    const Int128 g = gcd(m_den, other.m_den);
    const Int128 num
        = checkedAdd(checkedMul(m_num, other.m_den / g), checkedMul(other.m_num, m_den / g));
    return of(num, checkedMul(m_den / g, other.m_den));
}

Rational Rational::operator-(const Rational& other) const
{
    return *this + (-other);
}

Rational Rational::operator*(const Rational& other) const
{
    // Cross-reduce first so that intermediate products stay as small as possible.
    const Int128 g1 = std::max<Int128>(gcd(m_num, other.m_den), 1);
    const Int128 g2 = std::max<Int128>(gcd(other.m_num, m_den), 1);
    return of(checkedMul(m_num / g1, other.m_num / g2), checkedMul(m_den / g2, other.m_den / g1));
}

Rational Rational::operator/(const Rational& other) const
{
    if (other.m_num == 0)
        throw Failure(ErrorCode::Internal, "division by zero in an exact calculation");
    return *this * of(other.m_den, other.m_num);
}

Rational Rational::operator-() const
{
    Rational r = *this;
    r.m_num = checkedNeg(m_num);
    return r;
}

std::strong_ordering Rational::operator<=>(const Rational& other) const
{
    if (m_den == other.m_den)
        return m_num <=> other.m_num;
    return checkedMul(m_num, other.m_den) <=> checkedMul(other.m_num, m_den);
}

Int128 Rational::roundHalfAwayFromZero() const
{
    Int128 q = m_num / m_den; // truncates toward zero
    const Int128 r = absOf(m_num % m_den);
    if (r >= m_den - r) // the remainder is at least one half
        q = m_num < 0 ? checkedSub(q, 1) : checkedAdd(q, 1);
    return q;
}

Money Rational::roundToCents() const
{
    const Int128 cents = (*this * Rational(100)).roundHalfAwayFromZero();
    if (cents > std::numeric_limits<std::int64_t>::max()
        || cents < std::numeric_limits<std::int64_t>::min())
        overflow();
    return Money::fromCents(static_cast<std::int64_t>(cents));
}

std::string Rational::toFixed(int decimals) const
{
    const Int128 scaled = (*this * Rational::of(pow10(decimals), 1)).roundHalfAwayFromZero();
    std::string digits = int128ToString(absOf(scaled));
    if (decimals > 0) {
        if (digits.size() <= static_cast<std::size_t>(decimals))
            digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(decimals), 1, '.');
    }
    return (scaled < 0 ? "-" : "") + digits;
}

std::string Rational::toShortDecimal(int maxDecimals) const
{
    for (int k = 0; k <= maxDecimals; ++k)
        if (pow10(k) % m_den == 0)
            return toFixed(k);
    return toFixed(maxDecimals);
}

} // namespace caseledger::core
