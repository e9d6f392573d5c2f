#pragma once

#include <cstdint>
#include <optional>

namespace caseledger::core {

// The incentive tables of 45 CFR 305.33 (measures.md "Incentive tables"), in one place.
// Performance is passed in basis points (hundredths of a percent: 7950 = 79.50 %) and the
// cost-effectiveness ratio in hundredths (499 = 4.99), so that the boundaries are exact.

// numerator / denominator in basis points, rounded down; nullopt when the denominator is 0.
std::optional<std::int64_t> basisPoints(std::int64_t numerator, std::int64_t denominator);
// numerator / denominator in hundredths, rounded down; nullopt when the denominator is 0.
std::optional<std::int64_t> hundredths(std::int64_t numerator, std::int64_t denominator);

enum class IncentiveMeasure : std::uint8_t
{
    Paternity, // 45 CFR 305.2(a)(1), Table 1; the below-50 exception needs a 10-point gain
    SupportOrders, // 305.2(a)(2), Table 1; the exception needs a 5-point gain
    CurrentCollections, // 305.2(a)(3), Table 2
    ArrearsCollections, // 305.2(a)(4), Table 2
};

// The applicable percentage (0..100) for a performance level; `lastYear` (basis points) lets
// the "increase over the previous year" exceptions of 305.33 apply.
int applicablePercentage(
    IncentiveMeasure measure, std::int64_t performanceBp, std::optional<std::int64_t> lastYearBp);

// 45 CFR 305.33, Table 3: cost-effectiveness (305.2(a)(5)), ratio in hundredths.
int costEffectivenessPercentage(std::int64_t ratioHundredths);

} // namespace caseledger::core
