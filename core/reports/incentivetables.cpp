#include "core/reports/incentivetables.h"

namespace caseledger::core {

std::optional<std::int64_t> basisPoints(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    // Counts and cents of one county stay far below 2^63 / 10,000.
    return numerator * 10'000 / denominator;
}

std::optional<std::int64_t> hundredths(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator * 100 / denominator;
}

namespace {

// 45 CFR 305.33(d)..(g): a performance level of "N % but less than N+1 %" earns the
// percentage of N, so only the whole percent counts (79.5 % is in the 79 % row).
int tableRow(std::int64_t performanceBp, int floorPercent)
{
    const auto whole = static_cast<int>(performanceBp / 100);
    if (whole >= 80)
        return 100; // 80 % and above
    if (whole >= 70)
        return 100 - 2 * (80 - whole); // 79 -> 98 ... 70 -> 80
    if (whole >= floorPercent)
        return whole + 10; // 69 -> 79 ... 50 -> 60 (Table 2 continues to 40 -> 50)
    return 0;
}

} // namespace

int applicablePercentage(
    IncentiveMeasure measure, std::int64_t performanceBp, std::optional<std::int64_t> lastYearBp)
{
    const bool table1
        = measure == IncentiveMeasure::Paternity || measure == IncentiveMeasure::SupportOrders;
    // Table 1 stops at 50 %, Table 2 at 40 % (45 CFR 305.33, Tables 1 and 2).
    const int floorPercent = table1 ? 50 : 40;
    const int row = tableRow(performanceBp, floorPercent);
    if (row > 0)
        return row;
    // Below the table: 50 when the measure rose by at least 10 points (paternity) or 5 points
    // (the others) over the previous year (measures.md; 45 CFR 305.33).
    const std::int64_t gainNeeded = measure == IncentiveMeasure::Paternity ? 1'000 : 500;
    if (lastYearBp && performanceBp - *lastYearBp >= gainNeeded)
        return 50;
    return 0;
}

int costEffectivenessPercentage(std::int64_t ratioHundredths)
{
    // 45 CFR 305.33, Table 3: $5.00 and above -> 100, then 10 less per 50 cents down to $2.00.
    if (ratioHundredths >= 500)
        return 100;
    if (ratioHundredths < 200)
        return 0;
    return 40 + static_cast<int>((ratioHundredths - 200) / 50) * 10;
}

} // namespace caseledger::core
