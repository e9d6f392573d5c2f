// 45 CFR 305.33 incentive tables at their boundaries (measures.md "Incentive tables").
#include "core/reports/incentivetables.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;

namespace {

constexpr auto P = IncentiveMeasure::Paternity;
constexpr auto O = IncentiveMeasure::SupportOrders;
constexpr auto C = IncentiveMeasure::CurrentCollections;
constexpr auto A = IncentiveMeasure::ArrearsCollections;

} // namespace

TEST_CASE("Table 1: 80 % and above earns 100, then 2 per point to 70, 1 per point to 50",
    "[reports][incentive]")
{
    for (auto m : {P, O}) {
        CHECK(applicablePercentage(m, 10'000, {}) == 100);
        CHECK(applicablePercentage(m, 8'000, {}) == 100);
        CHECK(applicablePercentage(m, 7'999, {}) == 98);
        CHECK(applicablePercentage(m, 7'950, {}) == 98); // 79.5 % -> 98
        CHECK(applicablePercentage(m, 7'900, {}) == 98);
        CHECK(applicablePercentage(m, 7'899, {}) == 96);
        CHECK(applicablePercentage(m, 7'000, {}) == 80);
        CHECK(applicablePercentage(m, 6'999, {}) == 79);
        CHECK(applicablePercentage(m, 6'900, {}) == 79);
        CHECK(applicablePercentage(m, 5'000, {}) == 60);
        CHECK(applicablePercentage(m, 4'999, {}) == 0);
        CHECK(applicablePercentage(m, 0, {}) == 0);
    }
}

TEST_CASE(
    "Table 1 below 50 %: 50 only with the required gain over last year", "[reports][incentive]")
{
    // Support orders need a 5-point gain, paternity 10 points.
    CHECK(applicablePercentage(O, 4'990, 4'490) == 50); // 49.9 % with a 5-point gain -> 50
    CHECK(applicablePercentage(O, 4'990, 4'491) == 0); // 4.99 points is not 5
    CHECK(applicablePercentage(O, 4'990, {}) == 0); // no last year: no gain to show
    CHECK(applicablePercentage(P, 4'990, 4'490) == 0);
    CHECK(applicablePercentage(P, 4'990, 3'990) == 50);
    CHECK(applicablePercentage(P, 4'990, 3'991) == 0);
}

TEST_CASE("Table 2 continues to 40 % -> 50; below 40 % 50 only with a 5-point gain",
    "[reports][incentive]")
{
    for (auto m : {C, A}) {
        CHECK(applicablePercentage(m, 8'000, {}) == 100);
        CHECK(applicablePercentage(m, 7'950, {}) == 98);
        CHECK(applicablePercentage(m, 5'000, {}) == 60);
        CHECK(applicablePercentage(m, 4'990, {}) == 59); // 49.9 % is a Table 2 row
        CHECK(applicablePercentage(m, 4'000, {}) == 50);
        CHECK(applicablePercentage(m, 3'999, {}) == 0);
        CHECK(applicablePercentage(m, 3'999, 3'499) == 50);
        CHECK(applicablePercentage(m, 3'999, 3'500) == 0);
    }
}

TEST_CASE("Table 3: cost-effectiveness by 50 cents from $2.00 to $5.00", "[reports][incentive]")
{
    CHECK(costEffectivenessPercentage(700) == 100);
    CHECK(costEffectivenessPercentage(500) == 100);
    CHECK(costEffectivenessPercentage(499) == 90); // 4.99 -> 90
    CHECK(costEffectivenessPercentage(450) == 90);
    CHECK(costEffectivenessPercentage(449) == 80);
    CHECK(costEffectivenessPercentage(400) == 80);
    CHECK(costEffectivenessPercentage(350) == 70);
    CHECK(costEffectivenessPercentage(300) == 60);
    CHECK(costEffectivenessPercentage(250) == 50);
    CHECK(costEffectivenessPercentage(200) == 40);
    CHECK(costEffectivenessPercentage(199) == 0);
    CHECK(costEffectivenessPercentage(0) == 0);
}

TEST_CASE("Ratios round down and refuse a zero denominator", "[reports][incentive]")
{
    CHECK(basisPoints(159, 200) == 7'950);
    CHECK(basisPoints(2, 3) == 6'666);
    CHECK_FALSE(basisPoints(1, 0).has_value());
    CHECK(hundredths(4'999, 1'000) == 499);
    CHECK_FALSE(hundredths(5, 0).has_value());
}
