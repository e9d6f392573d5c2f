// Retained collections: FMAP split by federal fiscal year, county part, never more than URA.
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;
using Lines = std::vector<std::string>;

namespace {

CaseBalances assigned(std::int64_t pa, std::int64_t ura)
{
    auto b = caseOf("19-0000001", AssistanceStatus::Current, 0, 1);
    b.principal(ArrearsCategory::PA) = cents(pa);
    b.ura = cents(ura);
    return b;
}

} // namespace

TEST_CASE("FMAP split: California 50 %, the odd cent to the federal share", "[finance]")
{
    const auto r = allocateOn(collection(10001, "2025-03-14"), {assigned(10001, 10001)});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 5001",
            "19-0000001 arrears_PA_principal retained_state 5000"});
    CHECK(r.lines[0].rule.find("50.00% (the FMAP for federal fiscal year 2025)")
        != std::string::npos);
    CHECK(r.lines[0].uraReduction == cents(5001));
    CHECK(r.lines[1].uraReduction == cents(5000));
}

TEST_CASE("FMAP by federal fiscal year, and the county's part of the state share", "[finance]")
{
    RuleSet rules = californiaOn("2025-03-14");
    rules.fmap = {{1997, 5000}, {2026, 6500}};
    rules.countyShareOfStateBasisPoints = 1000; // 10 % of the state share
    const std::vector<CaseBalances> cases = {assigned(10001, 10001)};

    const auto sept = allocate(collection(10001, "2025-09-30"), cases, rules);
    CHECK(sept.lines[0].amount == cents(5001));

    const auto oct = allocate(collection(10001, "2025-10-01"), cases, rules); // FFY 2026
    CHECK(summary(oct)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 6501",
            "19-0000001 arrears_PA_principal retained_state 3500"});
    CHECK(oct.lines[1].countyPart == cents(350));
    CHECK(oct.lines[1].rule.find("$3.50 of it is the county's part") != std::string::npos);
    CHECK(rules.fmapBasisPointsOn(day("2040-01-01")) == 6500); // carried forward
}

TEST_CASE("Retained never exceeds URA: above URA goes to the family", "[finance]")
{
    const auto r = allocateOn(collection(50000, "2025-03-14"), {assigned(50000, 20000)});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 10000",
            "19-0000001 arrears_PA_principal retained_state 10000",
            "19-0000001 arrears_PA_principal family 30000"});
    CHECK(r.lines[2].disposition == Disposition::AboveUra);
    CHECK(uraAfter(r, "19-0000001").isZero());

    // Current support of an aided family is capped the same way, after the pass-through.
    auto b = caseOf("19-0000001", AssistanceStatus::Current, 30000, 1);
    b.ura = cents(5000);
    CHECK(summary(allocateOn(collection(30000, "2025-03-14"), {b}))
        == Lines {"19-0000001 current_child family 10000",
            "19-0000001 current_child retained_federal 2500",
            "19-0000001 current_child retained_state 2500",
            "19-0000001 current_child family 15000"});
}

TEST_CASE(
    "The annual fee, when enabled, is kept once $550 is collected in the fiscal year", "[finance]")
{
    RuleSet rules = californiaOn("2025-03-14");
    auto b = caseOf("19-0000001", AssistanceStatus::Never, 60000);
    b.familyCollectedThisFiscalYear = cents(50000);
    const auto c = collection(10000, "2025-03-14");

    CHECK(summary(allocate(c, std::vector {b}, rules))
        == Lines {"19-0000001 current_child family 10000"});

    rules.annualFee.enabled = true;
    const auto r = allocate(c, std::vector {b}, rules);
    CHECK(summary(r)
        == Lines {"19-0000001 current_child family 6500",
            "19-0000001 current_child retained_state 3500"});
    CHECK(r.lines[1].disposition == Disposition::AnnualFee);
    CHECK(r.lines[1].rule.find("45 CFR 302.33(e)") != std::string::npos);

    std::vector<CaseBalances> after = {b};
    applyAllocation(after, r.lines);
    CHECK(after[0].feeChargedThisFiscalYear == cents(3500));
    CHECK(summary(allocate(c, after, rules)) == Lines {"19-0000001 current_child family 10000"});

    // Below the threshold, and for a case that had assistance: no fee.
    b.familyCollectedThisFiscalYear = cents(10000);
    CHECK(summary(allocate(c, std::vector {b}, rules))
        == Lines {"19-0000001 current_child family 10000"});
    b.assistance = AssistanceStatus::Former;
    b.familyCollectedThisFiscalYear = cents(50000);
    CHECK(summary(allocate(c, std::vector {b}, rules))
        == Lines {"19-0000001 current_child family 10000"});
}

TEST_CASE("Reversal negates every line; applying it restores the balances", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Current, 30000, 2);
    b.principal(ArrearsCategory::PA) = cents(100000);
    b.principal(ArrearsCategory::NA) = cents(20000);
    b.ura = cents(80000);
    const std::vector<CaseBalances> original = {b};
    const auto r = allocateOn(collection(60000, "2025-03-15"), original);

    auto balances = original;
    applyAllocation(balances, r.lines);
    CHECK(balances[0].ura == cents(40000));
    CHECK(balances[0].passThroughPaidThisMonth == cents(20000));
    CHECK(balances[0].currentDue.child.isZero());

    const auto reversal = reversalOf(r.lines, "check returned unpaid");
    REQUIRE(reversal.size() == r.lines.size());
    CHECK(reversal[0].amount == -r.lines[0].amount);
    CHECK(reversal[0].rule.find("Reversed (check returned unpaid): ") == 0);
    applyAllocation(balances, reversal);
    CHECK(balances == original);
}
