// A case's charges summed by period, kind, bucket and installment (core/finance/chargesums.h):
// what planAccrual reads as already charged, the same for rows read and charges just written.
#include "core/finance/chargesums.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;

namespace {

Charge charge(Bucket bucket, std::int64_t cents, Date effective, std::optional<Date> due = {})
{
    Charge c;
    c.period = Date::fromYmd(2025, 3, 1);
    c.kind = ChargeKind::Conversion;
    c.bucket = bucket;
    c.installmentDue = due;
    c.amount = Money::fromCents(cents);
    c.effectiveOn = effective;
    return c;
}

} // namespace

TEST_CASE("Charges of one key are added, with the earliest effective date", "[finance][accrual]")
{
    const Date march = Date::fromYmd(2025, 3, 1), april = Date::fromYmd(2025, 4, 1);
    std::vector<Charge> sums;
    ChargeSums summer;
    summer.add(sums, charge(Bucket::principal(ArrearsCategory::NA), 300'00, april, march));
    summer.add(sums, charge(Bucket::principal(ArrearsCategory::NA), 200'00, march, march));
    summer.add(sums, charge(Bucket::principal(ArrearsCategory::PA), 50'00, april, march));
    summer.add(sums, charge(Bucket::principal(ArrearsCategory::NA), 10'00, april, april));
    summer.add(sums, charge(Bucket::currentChild(), -500'00, april));
    REQUIRE(sums.size() == 4);
    CHECK(sums[0].amount == Money::fromCents(500'00));
    CHECK(sums[0].effectiveOn == march);
    CHECK(sums[1].amount == Money::fromCents(50'00)); // another category: its own sum
    CHECK(sums[2].amount == Money::fromCents(10'00)); // another installment: its own sum

    SECTION("sums made before are indexed and added to")
    {
        ChargeSums again(sums);
        again.add(sums, charge(Bucket::currentChild(), 500'00, march));
        REQUIRE(sums.size() == 4);
        CHECK(sums[3].amount == Money());
        CHECK(sums[3].effectiveOn == march);
    }
}
