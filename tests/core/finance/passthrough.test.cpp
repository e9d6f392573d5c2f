// Family Code §17504 (current assistance) and AB 207 (former assistance) pass-through.
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;
using Lines = std::vector<std::string>;

namespace {

CaseBalances aided(int children, std::int64_t current, std::int64_t ura)
{
    auto b = caseOf("19-0000001", AssistanceStatus::Current, current, children);
    b.ura = cents(ura);
    return b;
}

} // namespace

TEST_CASE(
    "Pass-through: the first $100 of current support for one child goes to the family", "[finance]")
{
    const auto r = allocateOn(collection(25000, "2025-03-14"), {aided(1, 30000, 100000)});
    CHECK(summary(r)
        == Lines {"19-0000001 current_child family 10000",
            "19-0000001 current_child retained_federal 7500",
            "19-0000001 current_child retained_state 7500"});
    CHECK(r.lines[0].disposition == Disposition::CurrentPassThrough);
    CHECK(r.lines[0].uraReduction.isZero()); // disregarded, not retained
    CHECK(uraAfter(r, "19-0000001") == cents(85000));
    CHECK(r.lines[0].rule.find("one child") != std::string::npos);
}

TEST_CASE("Pass-through: the first $200 for two or more children", "[finance]")
{
    for (int children : {2, 3, 6}) {
        const auto r
            = allocateOn(collection(25000, "2025-03-14"), {aided(children, 30000, 100000)});
        CHECK(summary(r)
            == Lines {"19-0000001 current_child family 20000",
                "19-0000001 current_child retained_federal 2500",
                "19-0000001 current_child retained_state 2500"});
        CHECK(r.lines[0].rule.find("two or more children") != std::string::npos);
    }
}

TEST_CASE("Pass-through is per month, not per payment, and only of current support", "[finance]")
{
    auto b = aided(2, 30000, 100000);
    b.passThroughPaidThisMonth = cents(15000); // an earlier payment this month
    b.principal(ArrearsCategory::PA) = cents(50000);
    const auto r = allocateOn(collection(40000, "2025-03-20"), {b});
    CHECK(summary(r)
        == Lines {"19-0000001 current_child family 5000",
            "19-0000001 current_child retained_federal 12500",
            "19-0000001 current_child retained_state 12500",
            "19-0000001 arrears_PA_principal retained_federal 5000",
            "19-0000001 arrears_PA_principal retained_state 5000"});
}

TEST_CASE("Pass-through smaller than the cap, and none without children", "[finance]")
{
    CHECK(summary(allocateOn(collection(8000, "2025-03-14"), {aided(1, 30000, 100000)}))
        == Lines {"19-0000001 current_child family 8000"});
    CHECK(summary(allocateOn(collection(8000, "2025-03-14"), {aided(0, 30000, 100000)}))
        == Lines {"19-0000001 current_child retained_federal 4000",
            "19-0000001 current_child retained_state 4000"});
}

TEST_CASE("Pass-through was $50 before 2022-01-01 (Family Code §17504(c))", "[finance]")
{
    CHECK(summary(allocateOn(collection(25000, "2021-12-31"), {aided(2, 30000, 100000)}))[0]
        == "19-0000001 current_child family 5000");
    CHECK(summary(allocateOn(collection(25000, "2022-01-01"), {aided(2, 30000, 100000)}))[0]
        == "19-0000001 current_child family 20000");
}

TEST_CASE(
    "Former assistance: assigned arrears pass through to the family from 2024-05-05", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Former);
    b.principal(ArrearsCategory::PA) = cents(50000);
    b.ura = cents(30000);

    const auto before = allocateOn(collection(40000, "2024-05-04"), {b});
    CHECK(summary(before)
        == Lines {"19-0000001 arrears_PA_principal retained_federal 15000",
            "19-0000001 arrears_PA_principal retained_state 15000",
            "19-0000001 arrears_PA_principal family 10000"});
    CHECK(before.lines[2].disposition == Disposition::AboveUra);
    CHECK(uraAfter(before, "19-0000001").isZero());

    const auto after = allocateOn(collection(40000, "2024-05-05"), {b});
    CHECK(summary(after)
        == Lines {"19-0000001 arrears_PA_principal family 30000",
            "19-0000001 arrears_PA_principal family 10000"});
    CHECK(after.lines[0].disposition == Disposition::FormerPassThrough);
    CHECK(after.lines[0].uraReduction == cents(30000)); // URA is still reduced
    CHECK(after.lines[0].rule.find("AB 207") != std::string::npos);
    CHECK(after.lines[1].disposition == Disposition::AboveUra);
    CHECK(uraAfter(after, "19-0000001").isZero());
}

TEST_CASE(
    "Former assistance: current support and family arrears go to the family first", "[finance]")
{
    auto b = caseOf("19-0000001", AssistanceStatus::Former, 10000);
    b.principal(ArrearsCategory::PA) = cents(50000);
    b.principal(ArrearsCategory::UPA) = cents(3000);
    b.principal(ArrearsCategory::NA) = cents(2000);
    b.ura = cents(50000);
    const auto r = allocateOn(collection(20000, "2023-06-01"), {b});
    CHECK(summary(r)
        == Lines {"19-0000001 current_child family 10000",
            "19-0000001 arrears_NA_principal family 2000",
            "19-0000001 arrears_UPA_principal family 3000",
            "19-0000001 arrears_PA_principal retained_federal 2500",
            "19-0000001 arrears_PA_principal retained_state 2500"});
}
