// Property tests with random inputs: invariants of the guideline in every row of both tables.
#include "core/guideline/guideline.h"
#include "tests/core/guideline/guidelinetesthelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <random>
#include <utility>

using namespace caseledger::core;
using caseledger::test::guidelineRequest;

namespace {

struct Case
{
    GuidelineRequest request;
    std::string description;
};

// A random request whose TN lies in [lowCents, highCents]: random split between the parents,
// time-share (sometimes with decimals, sometimes per child), children, as-of date.
Case randomCase(std::mt19937_64& rng, bool after, std::int64_t lowCents, std::int64_t highCents)
{
    const auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    const std::int64_t tn = pick(lowCents, highCents);
    const std::int64_t a = pick(0, tn);
    const int children = static_cast<int>(pick(1, 10));
    const char* asOf = after ? (pick(0, 1) ? "2025-03-17" : "2026-11-30") : "2019-05-02";
    Case c {guidelineRequest(asOf, a, tn - a, 0, children), {}};
    auto& p = c.request.parents;
    if (pick(0, 3) == 0) { // different time-shares per child
        p[0].timesharePercent.reset();
        p[1].timesharePercent.reset();
        for (int i = 0; i < children; ++i) {
            const Rational t = Rational::of(pick(0, 1000), 10);
            p[0].timeshareByChildPercent.push_back(t);
            p[1].timeshareByChildPercent.push_back(Rational(100) - t);
        }
    } else {
        const Rational t = pick(0, 1) ? Rational(pick(0, 100)) : Rational::of(pick(0, 1000), 10);
        p[0].timesharePercent = t;
        p[1].timesharePercent = Rational(100) - t;
    }
    c.description = std::string(asOf) + " A=" + std::to_string(a) + " B=" + std::to_string(tn - a)
        + " children=" + std::to_string(children);
    return c;
}

GuidelineRequest swapped(GuidelineRequest r)
{
    // Swap the roles, keep the names: A gets B's income and time-shares and the reverse.
    std::swap(r.parents[0].netMonthly, r.parents[1].netMonthly);
    std::swap(r.parents[0].timesharePercent, r.parents[1].timesharePercent);
    std::swap(r.parents[0].timeshareByChildPercent, r.parents[1].timeshareByChildPercent);
    return r;
}

// TN ranges that cover every row of both tables, in cents.
const std::pair<std::int64_t, std::int64_t> kRanges[] = {
    {0, 80000},
    {80001, 290000},
    {290001, 500000},
    {500001, 666600},
    {666601, 1000000},
    {1000001, 1500000},
    {1500001, 5000000},
    {5000001, 100000000},
};

} // namespace

TEST_CASE(
    "Swapping the parents' roles flips the payer and keeps the amount", "[guideline][property]")
{
    std::mt19937_64 rng(20240901);
    for (const bool after : {false, true})
        for (const auto& [low, high] : kRanges)
            for (int i = 0; i < 150; ++i) {
                const auto c = randomCase(rng, after, low, high);
                CAPTURE(c.description);
                const auto r = calculateGuideline(c.request);
                const auto s = calculateGuideline(swapped(c.request));
                CHECK(r.monthlySupport == s.monthlySupport);
                CHECK(r.payer.has_value() == s.payer.has_value());
                if (r.payer && s.payer) {
                    CHECK(*r.payer != *s.payer);
                    CHECK(r.payerId() == s.payeeId());
                }
            }
}

TEST_CASE("Support never exceeds the payer's net income, in any row", "[guideline][property]")
{
    std::mt19937_64 rng(4055);
    for (const bool after : {false, true})
        for (const auto& [low, high] : kRanges)
            for (int i = 0; i < 150; ++i) {
                const auto c = randomCase(rng, after, low, high);
                CAPTURE(c.description);
                const auto r = calculateGuideline(c.request);
                if (!r.payer) {
                    CHECK(r.monthlySupport.isZero());
                    continue;
                }
                CHECK(r.monthlySupport <= r.netIncomes[*r.payer]);
                // And the allocations never lose or invent a cent.
                Money sum;
                for (const auto& child : r.perChild)
                    sum += child.amount;
                CHECK(sum == r.monthlySupport);
                if (r.lowIncome.applies)
                    CHECK(*r.lowIncome.minimum <= *r.lowIncome.maximum);
            }
}
