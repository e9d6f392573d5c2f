// Interest day count and disbursement due dates on the business-day calendar.
#include "core/finance/disbursement.h"
#include "core/finance/interest.h"
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Simple interest: whole months are twelfths, leftover days 365ths", "[finance]")
{
    // A leap year changes nothing for whole months.
    CHECK(simpleInterest(cents(50000), day("2027-04-01"), day("2028-04-01"), 1000) == cents(5000));
    // 2 years and 10 days: 100.00 + 500 x 0.10 x 10/365 = 1.3699 -> $101.37.
    CHECK(simpleInterest(cents(50000), day("2025-04-01"), day("2027-04-11"), 1000) == cents(10137));
    // Simple, never compound: twice the time is twice the interest.
    CHECK(simpleInterest(cents(123456), day("2020-01-01"), day("2030-01-01"), 1000)
        == simpleInterest(cents(123456), day("2020-01-01"), day("2025-01-01"), 1000).times(2));
    CHECK(simpleInterest(cents(50000), day("2025-04-01"), day("2025-03-01"), 1000).isZero());
    // Half a cent rounds up: 1 cent... 365 days / 365 on 5 cents at 10 % = 0.5 -> 1.
    CHECK(simpleInterest(cents(5), day("2025-01-01"), day("2026-01-01"), 1000) == cents(1));
    CHECK_THROWS_AS(simpleInterest(cents(-1), day("2025-01-01"), day("2026-01-01"), 1000), Failure);
}

TEST_CASE("Disbursement due dates", "[finance]")
{
    const auto& rules = californiaOn("2025-03-14");
    const auto due = [&](const char* received, CollectionSource source, AssistanceStatus status,
                         bool passThrough) {
        return disbursementDueDate(day(received), source, status, passThrough, rules).toIso();
    };
    const auto wage = CollectionSource::WageWithholding;
    // Friday -> Tuesday: two business days.
    CHECK(due("2025-03-14", wage, AssistanceStatus::Never, false) == "2025-03-18");
    // Thanksgiving and the day after (a California state holiday).
    CHECK(due("2025-11-26", wage, AssistanceStatus::Former, false) == "2025-12-02");
    // Aided family, not pass-through: two business days after the end of the month.
    CHECK(due("2025-03-14", wage, AssistanceStatus::Current, false) == "2025-04-02");
    // The pass-through goes out like any other payment.
    CHECK(due("2025-03-14", wage, AssistanceStatus::Current, true) == "2025-03-18");
    // Federal tax refund offset: 30 calendar days.
    CHECK(due("2025-03-14", CollectionSource::FederalTaxOffset, AssistanceStatus::Never, false)
        == "2025-04-13");

    // Per line: only the family's money has a due date.
    auto b = caseOf("19-0000001", AssistanceStatus::Current, 30000, 1);
    b.ura = cents(100000);
    const auto c = collection(30000, "2025-03-14");
    const auto r = allocateOn(c, {b});
    REQUIRE(r.lines.size() == 3);
    CHECK(disbursementDueDate(r.lines[0], c, b.assistance, rules) == day("2025-03-18"));
    CHECK_FALSE(disbursementDueDate(r.lines[1], c, b.assistance, rules).has_value());
}
