#include "core/base/error.h"
#include "core/base/money.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <limits>
#include <numeric>
#include <random>

using caseledger::core::Failure;
using caseledger::core::Money;

TEST_CASE("Money parses exact cents and refuses anything else", "[money]")
{
    CHECK(Money::parse("12.34")->cents() == 1234);
    CHECK(Money::parse("12.3")->cents() == 1230);
    CHECK(Money::parse("12")->cents() == 1200);
    CHECK(Money::parse("-0.05")->cents() == -5);
    CHECK(Money::parse("$1,234,567.89")->cents() == 123456789);
    CHECK_FALSE(Money::parse("12.345")); // S24: "12.345" is an error, not a rounding
    CHECK_FALSE(Money::parse(""));
    CHECK_FALSE(Money::parse("1e3"));
    CHECK_FALSE(Money::parse(" 12"));
    CHECK_FALSE(Money::parse("12."));
    CHECK_FALSE(Money::parse("1,23"));
    CHECK_FALSE(Money::parse("1234,567"));
    CHECK_FALSE(Money::parse("99999999999999999999"));
}

TEST_CASE("Money prints plainly and for display", "[money]")
{
    CHECK(Money::fromCents(123456789).toString() == "1234567.89");
    CHECK(Money::fromCents(-5).toString() == "-0.05");
    CHECK(Money::fromCents(-123456789).toDisplayString() == "-$1,234,567.89");
    CHECK(Money::fromCents(100).toDisplayString() == "$1.00");
    CHECK(Money::fromCents(std::numeric_limits<std::int64_t>::min()).toString() == "-92233720368547758.08");
}

TEST_CASE("Money arithmetic is overflow-checked", "[money]")
{
    const auto max = Money::fromCents(std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(max + Money::fromCents(1), Failure);
    CHECK_THROWS_AS(-max - Money::fromCents(2), Failure);
    CHECK_THROWS_AS(max.times(2), Failure);
    CHECK((Money::fromCents(150) - Money::fromCents(200)).cents() == -50);
}

TEST_CASE("Pro-rata split: the published examples", "[money][distribution]")
{
    // distribution.md §1, federal employer example: $300 over current 150 and 200.
    const std::int64_t weights[] = {15000, 20000};
    auto parts = Money::splitProRata(Money::fromCents(30000), weights);
    CHECK(parts[0].cents() == 12857);
    CHECK(parts[1].cents() == 17143);

    // Napa County: $100 over current support 300, 300, 0.
    const std::int64_t napa[] = {30000, 30000, 0};
    parts = Money::splitProRata(Money::fromCents(10000), napa);
    CHECK(parts[0].cents() == 5000);
    CHECK(parts[1].cents() == 5000);
    CHECK(parts[2].cents() == 0);

    // Ties go to the lower index: 1 cent over three equal weights.
    const std::int64_t equal[] = {1, 1, 1};
    parts = Money::splitProRata(Money::fromCents(1), equal);
    CHECK(parts[0].cents() == 1);
    CHECK(parts[1].cents() == 0);
    CHECK(parts[2].cents() == 0);
}

TEST_CASE("Pro-rata split never loses or creates a cent", "[money][property]")
{
    std::mt19937_64 rng(20261122);
    std::uniform_int_distribution<int> count(1, 12);
    std::uniform_int_distribution<std::int64_t> weight(0, 5'000'000);
    std::uniform_int_distribution<std::int64_t> amount(-10'000'000'00, 10'000'000'00);
    for (int i = 0; i < 20000; ++i) {
        std::vector<std::int64_t> weights(static_cast<std::size_t>(count(rng)));
        for (auto& w : weights)
            w = weight(rng);
        weights[0] += 1; // never all zero
        const auto total = Money::fromCents(amount(rng));
        const auto parts = Money::splitProRata(total, weights);
        REQUIRE(parts.size() == weights.size());
        std::int64_t sum = 0;
        for (std::size_t k = 0; k < parts.size(); ++k) {
            sum += parts[k].cents();
            if (weights[k] == 0)
                REQUIRE(parts[k].isZero());
        }
        REQUIRE(sum == total.cents());
    }
}
