// Crediting order within a case: current support by kind, then arrears; inside a category
// interest first before 2009-01-01, principal (oldest installment first) from then on.
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;
using Lines = std::vector<std::string>;

namespace {

CaseBalances withInterest()
{
    auto b = caseOf("19-0000001", AssistanceStatus::Never);
    b.principal(ArrearsCategory::NA) = cents(10000);
    b.interest(ArrearsCategory::NA) = cents(3000);
    return b;
}

} // namespace

TEST_CASE("Interest first before 2009-01-01, principal first from 2009-01-01", "[finance]")
{
    const auto before = allocateOn(collection(5000, "2008-12-31"), {withInterest()});
    CHECK(summary(before)
        == Lines {"19-0000001 arrears_NA_interest family 3000",
            "19-0000001 arrears_NA_principal family 2000"});
    CHECK(before.lines[0].rule.find("before its principal") != std::string::npos);
    CHECK(before.lines[0].rule.find("before 2009-01-01") != std::string::npos);

    const auto after = allocateOn(collection(5000, "2009-01-01"), {withInterest()});
    CHECK(summary(after) == Lines {"19-0000001 arrears_NA_principal family 5000"});
    CHECK(after.lines[0].rule.find("CCP §695.221, for collections from 2009-01-01")
        != std::string::npos);

    const auto all = allocateOn(collection(13000, "2009-01-01"), {withInterest()});
    CHECK(summary(all)
        == Lines {"19-0000001 arrears_NA_principal family 10000",
            "19-0000001 arrears_NA_interest family 3000"});
}

TEST_CASE("Current support: child, then medical, then spousal", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Never, 10000);
    b.currentDue.medical = cents(2000);
    b.currentDue.spousal = cents(5000);
    b.principal(ArrearsCategory::NA) = cents(1000);
    CHECK(summary(allocateOn(collection(11500, "2025-03-14"), {b}))
        == Lines {
            "19-0000001 current_child family 10000", "19-0000001 current_medical family 1500"});
    CHECK(summary(allocateOn(collection(18000, "2025-03-14"), {b}))
        == Lines {"19-0000001 current_child family 10000", "19-0000001 current_medical family 2000",
            "19-0000001 current_spousal family 5000",
            "19-0000001 arrears_NA_principal family 1000"});
}

TEST_CASE("Principal is paid oldest installment first when installments are given", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Never);
    b.principal(ArrearsCategory::NA) = cents(10000);
    b.installments = {{ArrearsCategory::NA, day("2024-01-01"), cents(4000)},
        {ArrearsCategory::NA, day("2023-06-01"), cents(6000)}};
    const auto r = allocateOn(collection(7000, "2025-03-14"), {b});
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].installmentDue == day("2023-06-01"));
    CHECK(r.lines[0].amount == cents(6000));
    CHECK(r.lines[1].installmentDue == day("2024-01-01"));
    CHECK(r.lines[1].amount == cents(1000));
    CHECK(r.lines[0].rule.find("oldest unpaid installment first (this one was due 2023-06-01)")
        != std::string::npos);

    // Applying the lines pays those installments down.
    std::vector<CaseBalances> cases = {b};
    applyAllocation(cases, r.lines);
    CHECK(cases[0].installments[0].principal == cents(3000)); // 2024-01-01
    CHECK(cases[0].installments[1].principal.isZero()); // 2023-06-01
}

TEST_CASE("Installments that do not add up to the principal are refused", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Never);
    b.principal(ArrearsCategory::NA) = cents(10000);
    b.installments = {{ArrearsCategory::NA, day("2024-01-01"), cents(4000)}};
    try {
        (void)allocateOn(collection(7000, "2025-03-14"), {b});
        FAIL("accepted");
    } catch (const Failure& f) {
        CHECK(f.code() == ErrorCode::Validation);
        CHECK(f.error().field == "cases[0].installments");
    }
}

TEST_CASE("Current assistance: assigned arrears up to URA, then family, then the rest", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Current, 0, 1);
    b.principal(ArrearsCategory::PA) = cents(50000);
    b.principal(ArrearsCategory::TA) = cents(5000);
    b.principal(ArrearsCategory::NA) = cents(7000);
    b.ura = cents(20000);
    b.monthlySupport = cents(30000); // an order that is paid ahead by the rest
    const auto r = allocateOn(collection(70000, "2025-03-14", CollectionSource::Direct), {b});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 10000",
            "19-0000001 arrears_PA_principal retained_state 10000",
            "19-0000001 arrears_NA_principal family 7000",
            "19-0000001 arrears_PA_principal family 30000",
            "19-0000001 arrears_TA_principal family 5000", "19-0000001 future held 8000"});
    CHECK(r.lines[5].disposition == Disposition::Prepayment); // held while aided
}

TEST_CASE(
    "Future months: only after current and arrears; held while aided, else the family", "[finance]")
{
    auto a = caseOf("19-0000001", AssistanceStatus::Never, 10000);
    a.monthlySupport = cents(30000);
    auto b = caseOf("19-0000002", AssistanceStatus::Current, 0, 1);
    b.monthlySupport = cents(10000);
    const auto r = allocateOn(collection(30000, "2025-03-14"), {a, b});
    CHECK(summary(r)
        == Lines {"19-0000001 current_child family 10000", "19-0000001 future family 15000",
            "19-0000002 future held 5000"});
    CHECK(r.lines[1].rule.find("45 CFR 302.51(b)") != std::string::npos);
}

TEST_CASE("Future months: as many as the payment covers, the last one in proportion", "[finance]")
{
    // 45 CFR 302.51(b) sets no limit in months: $1,150 over $400 a month ($300 + $100) pays two
    // whole months on each case and splits the third month's $350 by the same weights.
    auto a = caseOf("19-0000001", AssistanceStatus::Never);
    a.monthlySupport = cents(30000);
    auto b = caseOf("19-0000002", AssistanceStatus::Never);
    b.monthlySupport = cents(10000);
    const auto r = allocateOn(collection(115000, "2025-03-14"), {b, a});
    CHECK(summary(r) == Lines {"19-0000001 future family 86250", "19-0000002 future family 28750"});
    for (const auto& l : r.lines)
        CHECK(l.disposition == Disposition::Prepayment); // nothing is held unapplied

    // Exactly three months: no remainder, no rounding.
    const auto exact = allocateOn(collection(120000, "2025-03-14"), {a, b});
    CHECK(summary(exact)
        == Lines {"19-0000001 future family 90000", "19-0000002 future family 30000"});
}

TEST_CASE("Nothing owed anywhere: held unapplied on the lowest case number", "[finance]")
{
    const auto r = allocateOn(collection(5000, "2025-03-14"),
        {caseOf("19-0000002", AssistanceStatus::Never),
            caseOf("19-0000001", AssistanceStatus::Former)});
    CHECK(summary(r) == Lines {"19-0000001 future held 5000"});
    CHECK(r.lines[0].disposition == Disposition::Unapplied);
}
