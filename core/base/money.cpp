#include "core/base/money.h"

#include "core/base/error.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace caseledger::core {

namespace {
__extension__ typedef __int128 Wide; // exact products of cents and weights

[[noreturn]] void overflow()
{
    throw Failure(ErrorCode::Validation, "amount is out of range", "amount");
}
} // namespace

std::optional<Money> Money::parse(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (!text.empty() && text.front() == '$')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;

    const auto dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 2)))
        return std::nullopt;

    // Thousands separators are allowed only as complete groups of three: "1,234,567".
    const bool grouped = whole.find(',') != std::string_view::npos;
    std::int64_t dollars = 0;
    int digitsSinceComma = 0;
    bool sawComma = false;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        const char c = whole[i];
        if (c == ',') {
            if ((!sawComma && (digitsSinceComma < 1 || digitsSinceComma > 3)) || (sawComma && digitsSinceComma != 3))
                return std::nullopt;
            sawComma = true;
            digitsSinceComma = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        ++digitsSinceComma;
        if (__builtin_mul_overflow(dollars, 10, &dollars) || __builtin_add_overflow(dollars, c - '0', &dollars))
            return std::nullopt;
    }
    if (grouped && digitsSinceComma != 3)
        return std::nullopt;

    std::int64_t cents = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        cents *= 10;
        if (i < fraction.size()) {
            const char c = fraction[i];
            if (c < '0' || c > '9')
                return std::nullopt;
            cents += c - '0';
        }
    }
    std::int64_t total = 0;
    if (__builtin_mul_overflow(dollars, 100, &total) || __builtin_add_overflow(total, cents, &total))
        return std::nullopt;
    return Money(negative ? -total : total);
}

std::string Money::toString() const
{
    const bool negative = m_cents < 0;
    // Work in unsigned so that INT64_MIN prints correctly.
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(m_cents) : static_cast<std::uint64_t>(m_cents);
    std::string result = std::to_string(magnitude / 100);
    const auto fraction = magnitude % 100;
    result += '.';
    result += static_cast<char>('0' + fraction / 10);
    result += static_cast<char>('0' + fraction % 10);
    return negative ? "-" + result : result;
}

std::string Money::toDisplayString() const
{
    std::string plain = toString();
    const bool negative = plain.front() == '-';
    if (negative)
        plain.erase(0, 1);
    const auto dot = plain.find('.');
    std::string grouped;
    for (std::size_t i = 0; i < dot; ++i) {
        if (i > 0 && (dot - i) % 3 == 0)
            grouped += ',';
        grouped += plain[i];
    }
    return (negative ? "-$" : "$") + grouped + plain.substr(dot);
}

Money Money::operator+(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &result))
        overflow();
    return Money(result);
}

Money Money::operator-(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &result))
        overflow();
    return Money(result);
}

Money Money::operator-() const
{
    if (m_cents == std::numeric_limits<std::int64_t>::min())
        overflow();
    return Money(-m_cents);
}

Money Money::times(std::int64_t factor) const
{
    std::int64_t result = 0;
    if (__builtin_mul_overflow(m_cents, factor, &result))
        overflow();
    return Money(result);
}

std::vector<Money> Money::splitProRata(Money total, std::span<const std::int64_t> weights)
{
    Wide weightSum = 0;
    for (auto w : weights) {
        if (w < 0)
            throw Failure(ErrorCode::Internal, "pro-rata split with a negative weight");
        weightSum += w;
    }
    if (weightSum == 0)
        throw Failure(ErrorCode::Internal, "pro-rata split with no weight");

    const bool negative = total.m_cents < 0;
    const Wide amount = negative ? -static_cast<Wide>(total.m_cents) : total.m_cents;

    std::vector<Money> parts(weights.size());
    std::vector<Wide> remainders(weights.size());
    Wide assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Wide product = amount * weights[i];
        const Wide share = product / weightSum;
        remainders[i] = product % weightSum;
        parts[i] = Money(static_cast<std::int64_t>(share));
        assigned += share;
    }

    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    // Fewer leftover cents than parts, because each share lost less than one cent.
    for (Wide left = amount - assigned, k = 0; left > 0; --left, ++k)
        parts[order[static_cast<std::size_t>(k)]].m_cents += 1;

    if (negative)
        for (auto& part : parts)
            part.m_cents = -part.m_cents;
    return parts;
}

} // namespace caseledger::core
