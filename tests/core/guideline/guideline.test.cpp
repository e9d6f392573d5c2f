// The published examples of guideline.md and Fam. Code §4055, for both versions of the law.
#include "core/guideline/guideline.h"

#include "core/base/error.h"
#include "tests/core/guideline/guidelinetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using caseledger::test::dec;
using caseledger::test::guidelineRequest;

namespace {
constexpr const char* kBefore = "2024-08-31";
constexpr const char* kAfter = "2024-09-01";
} // namespace

TEST_CASE("The law is chosen by the as-of date", "[guideline]")
{
    CHECK(calculateGuideline(guidelineRequest(kBefore, 600000, 200000, 20)).law
        == GuidelineLaw::Before20240901);
    CHECK(calculateGuideline(guidelineRequest(kAfter, 600000, 200000, 20)).law
        == GuidelineLaw::From20240901);
    CHECK(calculateGuideline(guidelineRequest("2026-12-31", 600000, 200000, 20)).law
        == GuidelineLaw::From20240901);
}

TEST_CASE("Statutory K examples: H% 20 and 80, TN 1,000", "[guideline]")
{
    for (const std::int64_t h : {20, 80}) {
        // The higher earner (A, $700) has time-share h; TN = $1,000.
        const auto before = calculateGuideline(guidelineRequest(kBefore, 70000, 30000, h));
        CHECK(before.highEarnerTimesharePercent == Rational(h));
        CHECK(before.fraction == dec("0.25"));
        CHECK(before.k == dec("0.30"));

        const auto after = calculateGuideline(guidelineRequest(kAfter, 70000, 30000, h));
        const Rational expected = dec("1.2") * (dec("0.165") + Rational(1000) / Rational(82857));
        CHECK(after.k == expected); // exact, not approximately
        CHECK(after.k.toFixed(2) == "0.21");
        CHECK(after.k.toFixed(4) == "0.2125");
    }
}

TEST_CASE("Worked example: HN 6,000, LN 2,000, H% 20 %, one child", "[guideline]")
{
    const auto before = calculateGuideline(guidelineRequest(kBefore, 600000, 200000, 20));
    CHECK(before.totalNet.cents() == 800000);
    CHECK(before.fraction == dec("0.225"));
    CHECK(before.k == dec("0.27"));
    CHECK(before.monthlySupport.cents() == 118800);
    CHECK(before.payerId() == "A");
    CHECK(before.payeeId() == "B");

    const auto after = calculateGuideline(guidelineRequest(kAfter, 600000, 200000, 20));
    CHECK(after.fraction == dec("0.25"));
    CHECK(after.k == dec("0.30"));
    CHECK(after.monthlySupport.cents() == 132000);
    CHECK(after.payerId() == "A");
    REQUIRE(after.perChild.size() == 1);
    CHECK(after.perChild[0].amount.cents() == 132000);
}

TEST_CASE(
    "A negative result: the lower earner pays the absolute value (§4055(b)(5))", "[guideline]")
{
    // A earns more but has the children 80 % of the time: K = (2 - 0.8) x 0.25 = 0.30,
    // CS = 0.30 x (6,000 - 0.8 x 8,000) = -120.
    const auto r = calculateGuideline(guidelineRequest(kAfter, 600000, 200000, 80));
    CHECK(r.highEarner == 0);
    CHECK(r.payerId() == "B");
    CHECK(r.payeeId() == "A");
    CHECK(r.monthlySupport.cents() == 12000);

    const auto zero = calculateGuideline(guidelineRequest(kAfter, 400000, 400000, 50));
    CHECK(zero.monthlySupport.isZero());
    CHECK_FALSE(zero.payer);
    CHECK_FALSE(zero.lowIncome.applies);
}

TEST_CASE("Every band edge in both versions", "[guideline][bands]")
{
    struct Edge
    {
        std::int64_t tnCents;
        int bandBefore;
        Rational fractionBefore;
        int bandAfter;
        Rational fractionAfter;
    };
    const auto tn = [](std::int64_t cents) { return Rational::of(cents, 100); };
    const auto pre1 = [&](std::int64_t c) { return dec("0.20") + tn(c) / Rational(16000); };
    const auto pre3 = [&](std::int64_t c) { return dec("0.10") + Rational(1000) / tn(c); };
    const auto pre4 = [&](std::int64_t c) { return dec("0.12") + Rational(800) / tn(c); };
    const auto post1 = [&](std::int64_t c) { return dec("0.165") + tn(c) / Rational(82857); };
    const auto post2 = [&](std::int64_t c) { return dec("0.131") + tn(c) / Rational(42149); };
    const auto post4 = [&](std::int64_t c) { return dec("0.10") + Rational(1499) / tn(c); };
    const auto post5 = [&](std::int64_t c) { return dec("0.12") + Rational(1200) / tn(c); };
    const Rational quarter = dec("0.25");
    const Edge edges[] = {
        {80000, 1, pre1(80000), 1, post1(80000)},
        {80100, 2, quarter, 1, post1(80100)},
        {80040, 2, quarter, 1, post1(80040)}, // $800.40 is above the $800 row
        {290000, 2, quarter, 1, post1(290000)},
        {290100, 2, quarter, 2, post2(290100)},
        {290040, 2, quarter, 2, post2(290040)}, // $2,900.40 falls in the second row
        {500000, 2, quarter, 2, post2(500000)},
        {500100, 2, quarter, 3, quarter},
        {666600, 2, quarter, 3, quarter},
        {666700, 3, pre3(666700), 3, quarter},
        {1000000, 3, pre3(1000000), 3, quarter},
        {1000100, 4, pre4(1000100), 4, post4(1000100)},
        {1500000, 4, pre4(1500000), 4, post4(1500000)},
        {1500100, 4, pre4(1500100), 5, post5(1500100)},
    };
    for (const auto& e : edges) {
        CAPTURE(e.tnCents);
        // All of TN with one parent and a time-share of 0 keeps the rest of the formula simple.
        const auto before = calculateGuideline(guidelineRequest(kBefore, e.tnCents, 0, 0));
        CHECK(before.band == e.bandBefore);
        CHECK(before.fraction == e.fractionBefore);
        const auto after = calculateGuideline(guidelineRequest(kAfter, e.tnCents, 0, 0));
        CHECK(after.band == e.bandAfter);
        CHECK(after.fraction == e.fractionAfter);
        // H% = 0: K = fraction, CS = fraction x TN.
        CHECK(after.monthlySupport == (e.fractionAfter * tn(e.tnCents)).roundToCents());
    }
}

TEST_CASE("The band rule is stated in the working", "[guideline][bands]")
{
    const auto r = calculateGuideline(guidelineRequest(kAfter, 290040, 0, 0));
    bool stated = false;
    for (const auto& s : r.steps)
        stated = stated
            || (s.citation == "Fam. Code §4055(b)(3)"
                && s.value.find("upper bound in whole dollars") != std::string::npos
                && s.value.find("$2,900.40 falls in the row $2,901–5,000") != std::string::npos);
    CHECK(stated);
}

TEST_CASE("One to ten children: multipliers and per-child allocations, youngest first",
    "[guideline][children]")
{
    // One-child support $1,320.00 (the worked example after 2024-09-01).
    const char* multipliers[]
        = {"1", "1.6", "2", "2.3", "2.5", "2.625", "2.75", "2.813", "2.844", "2.86"};
    const std::int64_t totals[]
        = {132000, 211200, 264000, 303600, 330000, 346500, 363000, 371316, 375408, 377520};
    const std::int64_t allocations[]
        = {132000, 79200, 52800, 39600, 26400, 16500, 16500, 8316, 4092, 2112};
    for (int n = 1; n <= 10; ++n) {
        CAPTURE(n);
        const auto r = calculateGuideline(guidelineRequest(kAfter, 600000, 200000, 20, n));
        CHECK(r.childrenMultiplier == dec(multipliers[n - 1]));
        CHECK(r.childrenMultiplier.toShortDecimal() == multipliers[n - 1]);
        CHECK(r.monthlySupport.cents() == totals[n - 1]);
        REQUIRE(r.perChild.size() == static_cast<std::size_t>(n));
        Money sum;
        for (int k = 0; k < n; ++k) {
            CHECK(r.perChild[k].amount.cents() == allocations[k]);
            // The helper lists the eldest first, so the youngest is the last one listed.
            CHECK(r.perChild[k].childIndex == static_cast<std::size_t>(n - 1 - k));
            sum += r.perChild[k].amount;
        }
        CHECK(sum == r.monthlySupport);
    }
}

TEST_CASE("Per-child allocations add up to the support with rounding on the running total",
    "[guideline][children]")
{
    // One-child CS = 0.25 x 7,333.33 = 1,833.3325, not a whole number of cents.
    const auto r = calculateGuideline(guidelineRequest(kAfter, 733333, 0, 0, 8));
    Money sum;
    for (const auto& c : r.perChild)
        sum += c.amount;
    CHECK(sum == r.monthlySupport);
    CHECK(r.monthlySupport == (dec("0.25") * dec("7333.33") * dec("2.813")).roundToCents());
}

TEST_CASE("Per-child time-shares: H% is the average over the children", "[guideline]")
{
    auto request = guidelineRequest(kAfter, 600000, 200000, 0, 2);
    request.parents[0].timesharePercent.reset();
    request.parents[1].timesharePercent.reset();
    request.parents[0].timeshareByChildPercent = {Rational(20), dec("30.5")};
    request.parents[1].timeshareByChildPercent = {Rational(80), dec("69.5")};
    const auto r = calculateGuideline(request);
    CHECK(r.highEarnerTimesharePercent == dec("25.25"));
    const Rational h = dec("0.2525");
    const Rational k = (Rational(1) + h) * dec("0.25");
    CHECK(r.k == k);
    CHECK(r.monthlySupport
        == (k * (Rational(6000) - h * Rational(8000)) * dec("1.6")).roundToCents());
}

TEST_CASE("Default proceeding without time-share evidence (§4055(b)(6))", "[guideline][default]")
{
    auto request = guidelineRequest(kAfter, 600000, 200000, 0);
    request.parents[0].timesharePercent.reset();
    request.parents[1].timesharePercent.reset();
    request.defaultProceeding = true;

    SECTION("the noncustodial parent is the higher earner: H% = 0")
    {
        request.custodialParentId = "B";
        const auto r = calculateGuideline(request);
        CHECK(r.highEarnerTimesharePercent == Rational(0));
        CHECK(r.k == dec("0.25"));
        CHECK(r.monthlySupport.cents() == 150000); // 0.25 x 6,000
        CHECK(r.payerId() == "A");
    }
    SECTION("the custodial parent is the higher earner: H% = 100")
    {
        request.custodialParentId = "A";
        const auto r = calculateGuideline(request);
        CHECK(r.highEarnerTimesharePercent == Rational(100));
        CHECK(r.k == dec("0.25")); // (2 - 1) x 0.25
        CHECK(r.monthlySupport.cents() == 50000); // |0.25 x (6,000 - 8,000)|
        CHECK(r.payerId() == "B");
    }
    SECTION("the custodial parent must be named")
    {
        request.custodialParentId = "C";
        try {
            (void)calculateGuideline(request);
            FAIL("expected a validation error");
        } catch (const Failure& f) {
            CHECK(f.code() == ErrorCode::Validation);
            CHECK(f.error().field == "custodial_parent");
        }
    }
    SECTION("with time-share evidence the evidence is used")
    {
        request.parents[0].timesharePercent = Rational(20);
        request.parents[1].timesharePercent = Rational(80);
        CHECK(calculateGuideline(request).monthlySupport.cents() == 132000);
    }
}

TEST_CASE("Gross income less the §4059 deductions gives the net", "[guideline]")
{
    auto request = guidelineRequest(kAfter, 0, 200000, 20);
    request.parents[0].netMonthly.reset();
    GrossIncome gross;
    gross.grossMonthly = Money::fromCents(850000);
    gross.deductions.incomeTaxes = Money::fromCents(150000);
    gross.deductions.fica = Money::fromCents(65025);
    gross.deductions.healthPremiums = Money::fromCents(20000);
    gross.deductions.mandatoryRetirement = Money::fromCents(14975);
    request.parents[0].gross = gross;
    const auto r = calculateGuideline(request);
    CHECK(r.netIncomes[0].cents() == 600000);
    CHECK(r.monthlySupport.cents() == 132000);
    bool cited = false;
    for (const auto& s : r.steps)
        cited = cited || (s.citation == "Fam. Code §4059(b)" && s.value == "$650.25");
    CHECK(cited);
}

TEST_CASE("Every step names its statute", "[guideline]")
{
    const auto r = calculateGuideline(guidelineRequest(kBefore, 600000, 200000, 20, 2));
    REQUIRE(r.steps.size() > 10);
    for (const auto& s : r.steps) {
        CAPTURE(s.what);
        CHECK_FALSE(s.what.empty());
        CHECK_FALSE(s.value.empty());
        CHECK(s.citation.find("Code §") != std::string::npos);
    }
}
