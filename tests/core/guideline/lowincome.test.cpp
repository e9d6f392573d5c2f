// The low-income adjustment (§4055(b)(7), §4057(b)(5)) and the add-ons (§4061, §4062).
#include "core/guideline/addonapportionment.h"
#include "core/guideline/guideline.h"
#include "tests/core/guideline/guidelinetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using caseledger::test::dec;
using caseledger::test::guidelineRequest;

TEST_CASE(
    "Low-income thresholds come from the minimum wage of the as-of year", "[guideline][lowincome]")
{
    const auto& tables = GuidelineTables::california();
    CHECK(*tables.minimumWage(2024) == dec("16.00"));
    CHECK(*tables.minimumWage(2025) == dec("16.50"));
    CHECK(*tables.minimumWage(2026) == dec("16.90"));
    // wage x 40 x 52 / 12, kept exact: $2,929.333... in 2026.
    CHECK(*calculateGuideline(guidelineRequest("2024-10-01", 100000, 0, 0)).lowIncome.threshold
        == dec("2773.33") + Rational::of(1, 300));
    CHECK(*calculateGuideline(guidelineRequest("2025-06-01", 100000, 0, 0)).lowIncome.threshold
        == dec("2860"));
    CHECK(*calculateGuideline(guidelineRequest("2026-06-01", 100000, 0, 0)).lowIncome.threshold
        == Rational::of(878800, 300));
}

TEST_CASE("Low-income range below the 2025 threshold", "[guideline][lowincome]")
{
    // Obligor A nets $2,000 (< $2,860), B nothing, A has no time-share.
    const auto r = calculateGuideline(guidelineRequest("2025-06-01", 200000, 0, 0));
    const Rational cs = (dec("0.165") + Rational(2000) / Rational(82857)) * Rational(2000);
    CHECK(r.monthlySupport.cents() == 37828);
    REQUIRE(r.lowIncome.applies);
    CHECK(r.lowIncome.maximum->cents() == 37828);
    CHECK(r.lowIncome.minimum->cents() == 26453); // CS x 2,000 / 2,860
    CHECK(*r.lowIncome.minimum == (cs * Rational(2000) / Rational(2860)).roundToCents());
    CHECK_FALSE(r.lowIncome.exceedsHalfOfNet);

    // "Below" is strict: at the threshold it does not apply.
    CHECK(calculateGuideline(guidelineRequest("2025-06-01", 285999, 0, 0)).lowIncome.applies);
    const auto at = calculateGuideline(guidelineRequest("2025-06-01", 286000, 0, 0));
    CHECK_FALSE(at.lowIncome.applies);
    CHECK_FALSE(at.lowIncome.minimum);
}

TEST_CASE("Low-income range below the 2026 threshold", "[guideline][lowincome]")
{
    const auto r = calculateGuideline(guidelineRequest("2026-03-01", 290000, 0, 0));
    CHECK(r.monthlySupport.cents() == 58000);
    REQUIRE(r.lowIncome.applies);
    CHECK(r.lowIncome.minimum->cents() == 57419); // 580 x 2,900 / 2,929.333...
    CHECK(r.lowIncome.maximum->cents() == 58000);
    // The threshold is $2,929.333...: $2,929.33 is below it, $2,929.34 is not.
    CHECK(calculateGuideline(guidelineRequest("2026-03-01", 292933, 0, 0)).lowIncome.applies);
    CHECK_FALSE(calculateGuideline(guidelineRequest("2026-03-01", 292934, 0, 0)).lowIncome.applies);
    // The same income in 2025 is above that year's threshold.
    CHECK_FALSE(calculateGuideline(guidelineRequest("2025-12-31", 290000, 0, 0)).lowIncome.applies);
}

TEST_CASE("§4057(b)(5): adjusted support above half the obligor's net is flagged",
    "[guideline][lowincome]")
{
    // Ten children, obligor nets $2,859: CS = 1,631.30, fully adjusted 1,630.73 > 1,429.50.
    const auto flagged = calculateGuideline(guidelineRequest("2025-06-01", 285900, 0, 0, 10));
    REQUIRE(flagged.lowIncome.applies);
    CHECK(flagged.lowIncome.maximum->cents() == 163130);
    CHECK(flagged.lowIncome.minimum->cents() == 163073);
    CHECK(flagged.lowIncome.exceedsHalfOfNet);
    const auto one = calculateGuideline(guidelineRequest("2025-06-01", 285900, 0, 0, 1));
    CHECK(one.lowIncome.applies);
    CHECK_FALSE(one.lowIncome.exceedsHalfOfNet);
}

TEST_CASE("Low-income adjustment before 2024-09-01 needs the agency's threshold",
    "[guideline][lowincome]")
{
    const auto missing = calculateGuideline(guidelineRequest("2023-06-01", 150000, 0, 0));
    CHECK_FALSE(missing.lowIncome.computable);
    CHECK_FALSE(missing.lowIncome.minimum);
    CHECK(missing.lowIncome.explanation.find("cannot be computed") != std::string::npos);

    GuidelineTables tables = GuidelineTables::california();
    tables.setPre2024LowIncomeThreshold(2023, Money::fromCents(200000));
    const auto r = calculateGuideline(guidelineRequest("2023-06-01", 150000, 0, 0), tables);
    REQUIRE(r.lowIncome.computable);
    REQUIRE(r.lowIncome.applies);
    // Before: 0.25 x 1,500 = 375.00; range from 375 x 1,500 / 2,000 = 281.25.
    CHECK(r.monthlySupport.cents() == 37500);
    CHECK(r.lowIncome.minimum->cents() == 28125);
    CHECK_FALSE(r.lowIncome.exceedsHalfOfNet); // §4057(b)(5) came with SB 343
}

TEST_CASE("Add-on split: the published example 57.89 / 42.11 (§4061)", "[guideline][addons]")
{
    AddOnApportionmentInput in;
    in.netIncomes = {Money::fromCents(700000), Money::fromCents(300000)};
    in.childSupportPayer = 0;
    in.childSupport = Money::fromCents(50000);
    in.spousalSupportPayer = 0;
    in.spousalSupport = Money::fromCents(100000);
    const auto a = apportionAddOns(in);
    CHECK(a.adjustedNet[0].cents() == 550000);
    CHECK(a.adjustedNet[1].cents() == 400000); // child support received is not added
    CHECK(a.share[0] == Rational::of(11, 19));
    const auto pct = sharePercentText(a.share);
    CHECK(pct[0] == "57.89");
    CHECK(pct[1] == "42.11");
    const auto parts = splitAddOn(Money::fromCents(100000), a);
    CHECK(parts[0].cents() == 57895);
    CHECK(parts[1].cents() == 42105);
}

TEST_CASE(
    "Add-ons through the calculator: proportional after, halves before", "[guideline][addons]")
{
    auto request = guidelineRequest("2025-06-01", 700000, 300000, 20);
    request.addOns[static_cast<std::size_t>(AddOnKind::ChildCare)] = Money::fromCents(60001);
    request.addOns[static_cast<std::size_t>(AddOnKind::UninsuredHealth)] = Money::fromCents(10000);
    request.spousalSupport = SpousalSupport {"A", Money::fromCents(100000)};
    const auto after = calculateGuideline(request);
    const Money cs = after.monthlySupport;
    CHECK(after.addOnAdjustedNet[0] == Money::fromCents(600000) - cs);
    CHECK(after.addOnAdjustedNet[1].cents() == 400000);
    for (const auto& split : after.addOns)
        CHECK(split.shares[0] + split.shares[1] == split.total);
    CHECK(after.addOns[0].shares[0].cents() > after.addOns[0].shares[1].cents());

    request.asOf = Date::fromYmd(2024, 8, 31);
    const auto before = calculateGuideline(request);
    CHECK(before.addOnShare[0] == Rational::of(1, 2));
    CHECK(before.addOns[0].shares[0].cents() == 30001); // the odd cent to the first parent
    CHECK(before.addOns[0].shares[1].cents() == 30000);
    request.proportionalAddOns = true;
    CHECK(calculateGuideline(request).addOnShare[0] > Rational::of(1, 2));
}
