// The published examples of distribution.md and the contract example of issue 4.
#include "core/finance/interest.h"
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;
using Lines = std::vector<std::string>;

TEST_CASE("Napa County: $100 over three cases gives $50, $50, $0", "[finance]")
{
    auto c1 = caseOf("28-0000001", AssistanceStatus::Never, 30000);
    auto c2 = caseOf("28-0000002", AssistanceStatus::Never, 30000);
    c2.principal(ArrearsCategory::NA) = cents(60000);
    auto c3 = caseOf("28-0000003", AssistanceStatus::Never, 0);
    c3.principal(ArrearsCategory::NA) = cents(5'000'000);
    // Given out of order: the result is in case-number order all the same.
    const auto r = allocateOn(collection(10000, "2025-03-14"), {c3, c2, c1});
    CHECK(summary(r)
        == Lines {"28-0000001 current_child family 5000", "28-0000002 current_child family 5000"});
    REQUIRE(r.shares.size() == 3);
    CHECK(r.shares[0].current == cents(5000));
    CHECK(r.shares[1].current == cents(5000));
    CHECK(r.shares[2].total().isZero());
    CHECK(r.total() == cents(10000));
    CHECK(r.lines[0].rule.find(
              "Current child support for March 2025 is paid first (45 CFR 302.51(a)(1))")
        == 0);
    CHECK(r.lines[0].rule.find("this case's share is $50.00") != std::string::npos);
}

TEST_CASE("Federal employer: $300 over current support of 150 and 200 gives 128.57 and 171.43",
    "[finance]")
{
    const auto r = allocateOn(collection(30000, "2025-03-14"),
        {caseOf("19-0000001", AssistanceStatus::Never, 15000),
            caseOf("19-0000002", AssistanceStatus::Never, 20000)});
    CHECK(summary(r)
        == Lines {
            "19-0000001 current_child family 12857", "19-0000002 current_child family 17143"});
}

TEST_CASE("Proration ties go to the lower case number", "[finance]")
{
    // One cent over three equal weights: the lowest case number gets it.
    const auto r = allocateOn(collection(1, "2025-03-14"),
        {caseOf("19-0000003", AssistanceStatus::Never, 100),
            caseOf("19-0000001", AssistanceStatus::Never, 100),
            caseOf("19-0000002", AssistanceStatus::Never, 100)});
    CHECK(summary(r) == Lines {"19-0000001 current_child family 1"});
}

TEST_CASE(
    "The contract example of issue 4: a current-assistance case with two children", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Current, 30000, 2);
    b.principal(ArrearsCategory::NA) = cents(20000);
    b.principal(ArrearsCategory::PA) = cents(100000);
    b.ura = cents(80000);
    const auto r = allocateOn(collection(60000, "2025-03-15"), {b});
    CHECK(summary(r)
        == Lines {"19-0000001 current_child family 20000",
            "19-0000001 current_child retained_federal 5000",
            "19-0000001 current_child retained_state 5000",
            "19-0000001 arrears_PA_principal retained_federal 15000",
            "19-0000001 arrears_PA_principal retained_state 15000"});
    CHECK(uraAfter(r, "19-0000001") == cents(40000));
    CHECK(r.lines[0].disposition == Disposition::CurrentPassThrough);
    CHECK(r.lines[0].rule.find("Family Code §17504") != std::string::npos);
    CHECK(r.lines[3].rule.find("PA") != std::string::npos);
}

TEST_CASE("Interest: $500 due in March 2025, never paid, is $50.00 by 2026-04-01", "[finance]")
{
    const auto& rules = californiaOn("2026-04-01");
    CHECK(interestStartDate(day("2025-03-01"), rules) == day("2025-04-01"));
    CHECK(interestStartDate(day("2025-03-31"), rules) == day("2025-04-01"));
    CHECK(installmentInterest(cents(50000), day("2025-03-01"), day("2026-04-01"), rules)
        == cents(5000));
    // Nothing before the first day of the next month.
    CHECK(installmentInterest(cents(50000), day("2025-03-01"), day("2025-04-01"), rules).isZero());
    // One month is a twelfth of a year: $4.17 (416.67 cents, rounded).
    CHECK(installmentInterest(cents(50000), day("2025-03-01"), day("2025-05-01"), rules)
        == cents(417));
}
