// Federal tax refund offsets: never current support; assigned first while aided, family
// first otherwise (California's election, from March 2020 in the catalog).
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;
using Lines = std::vector<std::string>;

namespace {

constexpr auto kOffset = CollectionSource::FederalTaxOffset;

CaseBalances owing(AssistanceStatus status)
{
    auto b = caseOf("19-0000001", status, 30000, 1);
    b.principal(ArrearsCategory::NA) = cents(20000);
    if (status != AssistanceStatus::Never) {
        b.principal(ArrearsCategory::PA) = cents(50000);
        b.ura = cents(40000);
    }
    return b;
}

} // namespace

TEST_CASE(
    "Tax offset, current assistance: assigned arrears first up to URA, never current", "[finance]")
{
    const auto r
        = allocateOn(collection(80000, "2025-04-15", kOffset), {owing(AssistanceStatus::Current)});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 20000",
            "19-0000001 arrears_PA_principal retained_state 20000",
            "19-0000001 arrears_NA_principal family 20000",
            "19-0000001 arrears_PA_principal family 10000", "19-0000001 future held 10000"});
    CHECK(r.lines[3].disposition == Disposition::AboveUra);
    CHECK(r.lines[4].disposition == Disposition::Unapplied);
    CHECK(r.lines[4].rule.find("42 U.S.C. §664") != std::string::npos);
    CHECK(uraAfter(r, "19-0000001").isZero());
}

TEST_CASE("Tax offset, former assistance: family arrears first (California)", "[finance]")
{
    const auto r
        = allocateOn(collection(30000, "2025-04-15", kOffset), {owing(AssistanceStatus::Former)});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_NA_principal family 20000",
            "19-0000001 arrears_PA_principal family 10000"});
    CHECK(r.lines[1].disposition == Disposition::FormerPassThrough); // AB 207
    CHECK(r.lines[0].rule.find("AB 135") != std::string::npos);

    // Before March 2020 an offset repaid the government first.
    const auto old
        = allocateOn(collection(30000, "2019-04-15", kOffset), {owing(AssistanceStatus::Former)});
    CHECK(summary(old)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 15000",
            "19-0000001 arrears_PA_principal retained_state 15000"});
    // ... while any other payment was family first even then.
    const auto direct = allocateOn(collection(60000, "2019-04-15", CollectionSource::Direct),
        {owing(AssistanceStatus::Former)});
    CHECK(summary(direct)
        == Lines {"19-0000001 current_child family 30000",
            "19-0000001 arrears_NA_principal family 20000",
            "19-0000001 arrears_PA_principal retained_federal 5000",
            "19-0000001 arrears_PA_principal retained_state 5000"});
}

TEST_CASE("Tax offset, never assistance: family arrears, never current support", "[finance]")
{
    const auto r
        = allocateOn(collection(30000, "2025-04-15", kOffset), {owing(AssistanceStatus::Never)});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_NA_principal family 20000", "19-0000001 future held 10000"});
    CHECK(r.lines[0].rule.find("never current support") != std::string::npos);
}

TEST_CASE("Tax offset across cases is prorated over arrears only", "[finance]")
{
    auto a = caseOf("19-0000001", AssistanceStatus::Never, 50000);
    a.principal(ArrearsCategory::NA) = cents(10000);
    auto b = caseOf("19-0000002", AssistanceStatus::Never, 0);
    b.principal(ArrearsCategory::NA) = cents(30000);
    const auto r = allocateOn(collection(20000, "2025-04-15", kOffset), {a, b});
    CHECK(summary(r)
        == Lines {"19-0000001 arrears_NA_principal family 5000",
            "19-0000002 arrears_NA_principal family 15000"});
}

TEST_CASE("A state tax offset is an ordinary collection", "[finance]")
{
    const auto r = allocateOn(collection(30000, "2025-04-15", CollectionSource::StateTaxOffset),
        {owing(AssistanceStatus::Never)});
    CHECK(summary(r) == Lines {"19-0000001 current_child family 30000"});
}
