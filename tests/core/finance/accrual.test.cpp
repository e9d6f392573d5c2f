// Accrual (distribution.md §5): charges from order versions, month-end conversion into the
// arrears category of the month's assistance status, 10 % simple interest from the first day
// of the month after each installment was due, idempotence.
#include "core/finance/accrualplan.h"
#include "core/finance/chargerepository.h"
#include "tests/core/finance/ledgerfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

SupportOrder oneMonthOrder(Date effective, Money amount, std::optional<Date> end)
{
    SupportOrder o;
    o.id = Uuid::random();
    o.endDate = end;
    OrderVersion v;
    v.id = Uuid::random();
    v.orderId = o.id;
    v.effective = effective;
    v.currentSupport = amount;
    o.versions.push_back(v);
    return o;
}

template<typename Pick>
Money sumWhere(const std::vector<Charge>& charges, Pick pick)
{
    Money m;
    for (const auto& c : charges)
        if (pick(c))
            m += c.amount;
    return m;
}

Money sumOf(const std::vector<Charge>& charges, ChargeKind kind)
{
    return sumWhere(charges, [&](const Charge& c) { return c.kind == kind; });
}

Money principalOf(const std::vector<Charge>& charges, ArrearsCategory category)
{
    return sumWhere(
        charges, [&](const Charge& c) { return c.bucket == Bucket::principal(category); });
}

} // namespace

TEST_CASE("$500 unpaid in March 2025 bears $50.00 interest by 2026-04-01, from 2025-04-01",
    "[finance][accrual][interest]")
{
    const Uuid caseId = Uuid::random();
    const auto order = oneMonthOrder(
        Date::fromYmd(2025, 3, 1), Money::fromCents(500'00), Date::fromYmd(2025, 3, 31));
    const auto charges = planAccrual(
        caseId, {order}, {}, {}, Date::fromYmd(2026, 3, 1), RuleSetCatalog::california());
    CHECK(sumOf(charges, ChargeKind::Accrual) == Money::fromCents(500'00));
    CHECK(sumOf(charges, ChargeKind::Interest) == Money::fromCents(50'00));
    std::optional<Date> firstInterest;
    for (const auto& c : charges)
        if (c.kind == ChargeKind::Interest && (!firstInterest || c.period < *firstInterest))
            firstInterest = c.period;
    REQUIRE(firstInterest);
    CHECK(*firstInterest == Date::fromYmd(2025, 4, 1)); // Family Code §17433.5
    for (const auto& c : charges)
        if (c.kind == ChargeKind::Interest) {
            CHECK(c.bucket == Bucket::interest(ArrearsCategory::NA));
            CHECK(c.effectiveOn == c.period.addMonths(1));
        }
}

TEST_CASE(
    "month-end conversion uses the category of the month's assistance status", "[finance][accrual]")
{
    const Uuid caseId = Uuid::random();
    const auto order = oneMonthOrder(Date::fromYmd(2025, 1, 1), Money::fromCents(300'00), {});
    std::vector<AssistancePeriod> aid {
        {Uuid::random(), caseId, AssistanceStatus::Current, Date::fromYmd(2025, 1, 1), {}},
        {Uuid::random(), caseId, AssistanceStatus::Former, Date::fromYmd(2025, 2, 1), {}}};
    const auto charges = planAccrual(
        caseId, {order}, aid, {}, Date::fromYmd(2025, 3, 1), RuleSetCatalog::california());
    Money pa, na, currentOut;
    for (const auto& c : charges)
        if (c.kind == ChargeKind::Conversion) {
            if (c.bucket == Bucket::principal(ArrearsCategory::PA))
                pa += c.amount;
            else if (c.bucket == Bucket::principal(ArrearsCategory::NA))
                na += c.amount;
            else
                currentOut += c.amount;
        }
    CHECK(pa == Money::fromCents(300'00)); // January, aided: permanently assigned
    CHECK(na == Money::fromCents(300'00)); // February, former assistance: the family's
    CHECK(currentOut == Money::fromCents(-600'00));
}

TEST_CASE("accruing the same month twice changes nothing", "[finance][accrual]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 4, 2));
    const auto first = s.accrue(2025, 3);
    CHECK(first.charges > 0);
    const auto rows = s.count("charge");
    const auto again = s.accrue(2025, 3);
    CHECK(again.charges == 0);
    CHECK(s.count("charge") == rows);
    // Jan and Feb converted to NA arrears (never assistance); March is current.
    CHECK(s.owed(Bucket::currentChild()) == Money::fromCents(500'00));
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)) == Money::fromCents(1000'00));
    CHECK(s.owed(Bucket::interest(ArrearsCategory::NA)).isPositive());
}

TEST_CASE("a future month cannot be accrued", "[finance][accrual]")
{
    LedgerSetup s;
    auto r = AccrualService(s.t.ws()).accrueThrough(s.fiscal, Date::fromYmd(2025, 3, 1));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(r.error().field == "through");
}

TEST_CASE("payments in a month reduce what month end converts", "[finance][accrual]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 1, 20));
    s.accrue(2025, 1);
    s.post("R-JAN", 200'00, Date::fromYmd(2025, 1, 15));
    s.setToday(Date::fromYmd(2025, 2, 3));
    s.accrue(2025, 2);
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)) == Money::fromCents(300'00));
    CHECK(s.owed(Bucket::currentChild()) == Money::fromCents(500'00));
}

TEST_CASE("assigned arrears stay within URA: PA above it is UDA, and back when URA grows",
    "[finance][accrual][ura]")
{
    const Uuid caseId = Uuid::random();
    const auto order = oneMonthOrder(Date::fromYmd(2025, 1, 1), Money::fromCents(300'00), {});
    const std::vector<AssistancePeriod> aid {
        {Uuid::random(), caseId, AssistanceStatus::Current, Date::fromYmd(2025, 1, 1), {}}};
    const auto catalog = RuleSetCatalog::california();
    const Date april = Date::fromYmd(2025, 4, 1);
    AccrualState state;
    state.ura = Money::fromCents(500'00);
    auto charges = planAccrual(caseId, {order}, aid, state, april, catalog);
    // January to March unpaid while aided: $900 accrued, of which only URA ($500) is assigned.
    CHECK(principalOf(charges, ArrearsCategory::PA) == Money::fromCents(500'00));
    CHECK(principalOf(charges, ArrearsCategory::UDA) == Money::fromCents(400'00));
    // Newest installment first: March wholly, then $100 of February.
    Money marchUda, januaryMoved;
    for (const auto& c : charges)
        if (c.kind == ChargeKind::Reassignment
            && c.bucket == Bucket::principal(ArrearsCategory::UDA)) {
            REQUIRE(c.installmentDue);
            if (*c.installmentDue == Date::fromYmd(2025, 3, 1))
                marchUda += c.amount;
            if (*c.installmentDue == Date::fromYmd(2025, 1, 1))
                januaryMoved += c.amount;
            CHECK(c.reason.find("42 U.S.C. §657") != std::string::npos);
        }
    CHECK(marchUda == Money::fromCents(300'00));
    CHECK(januaryMoved.isZero());

    // A fixpoint: planning again moves nothing.
    state.charges = charges;
    CHECK(planAccrual(caseId, {order}, aid, state, april, catalog).empty());

    // A grant recorded late raises URA to $800: $300 of UDA is assigned again, oldest first.
    state.ura = Money::fromCents(800'00);
    const auto back = planAccrual(caseId, {order}, aid, state, april, catalog);
    CHECK(principalOf(back, ArrearsCategory::PA) == Money::fromCents(300'00));
    CHECK(principalOf(back, ArrearsCategory::UDA) == Money::fromCents(-300'00));
    for (const auto& c : back)
        CHECK(c.kind == ChargeKind::Reassignment);

    // Unknown URA (a what-if plan): nothing is capped.
    state = {};
    charges = planAccrual(caseId, {order}, aid, state, april, catalog);
    CHECK(principalOf(charges, ArrearsCategory::PA) == Money::fromCents(900'00));
}

TEST_CASE("a late assistance grant brings the accrued ledger's PA up to the new URA at once",
    "[finance][accrual][ura]")
{
    LedgerSetup s; // $500 a month; the case opened on 2025-01-01, aided from the next day
    s.aidedFrom(Date::fromYmd(2025, 1, 2));
    s.grant("2025-02", "200.00");
    s.setToday(Date::fromYmd(2025, 3, 3));
    s.accrue(2025, 3);
    // February, aided and unpaid: $200 of it within URA is PA, $300 is UDA. (January counts as
    // never aided: the status of a month is the status on its first day.)
    CHECK(s.owed(Bucket::principal(ArrearsCategory::PA)) == Money::fromCents(200'00));
    CHECK(s.owed(Bucket::principal(ArrearsCategory::UDA)) == Money::fromCents(300'00));
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)) == Money::fromCents(500'00));
    s.grant("2025-03", "900.00"); // the March grant arrives: URA is now $1,100
    CHECK(s.owed(Bucket::principal(ArrearsCategory::PA)) == Money::fromCents(500'00));
    CHECK(s.owed(Bucket::principal(ArrearsCategory::UDA)).isZero());
    CHECK(s.accrue(2025, 3).charges == 0);
}

TEST_CASE("accrual through an earlier month leaves the URA split of later months alone",
    "[finance][accrual][ura]")
{
    LedgerSetup s;
    s.aidedFrom(Date::fromYmd(2025, 1, 2));
    const std::string csv = "case,month,amount\n" + s.caseNumber() + ",2025-02,200.00\n"
        + s.caseNumber() + ",2025-03,900.00\n";
    REQUIRE(AccrualService(s.t.ws()).importGrants(s.fiscal, csv, false).ok());
    s.setToday(Date::fromYmd(2025, 4, 2));
    s.accrue(2025, 4);
    const auto rows = s.count("charge");
    // URA through February alone is $200; a replay through February must not move PA to UDA.
    auto earlier
        = AccrualService(s.t.ws()).accrueCase(s.fiscal, s.caseNumber(), Date::fromYmd(2025, 2, 1));
    REQUIRE(earlier.ok());
    CHECK(earlier->charges == 0);
    CHECK(s.accrue(2025, 4).charges == 0);
    CHECK(s.count("charge") == rows);
    CHECK(s.owed(Bucket::principal(ArrearsCategory::UDA)).isZero());
}
