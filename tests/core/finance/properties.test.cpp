// Property tests with random obligors and collections: every invariant of distribution.md.
#include "tests/core/finance/financetesthelpers.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <random>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_rng(seed)
    { }
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    // Often zero, sometimes small, sometimes large: the edges matter most.
    Money amount()
    {
        switch (between(0, 4)) {
        case 0:
        case 1:
            return Money();
        case 2:
            return cents(between(1, 500));
        default:
            return cents(between(1, 5'000'000));
        }
    }
    std::mt19937_64& engine() { return m_rng; }

private:
    std::mt19937_64 m_rng;
};

// A month of the case's support, as the future step weighs it.
Money monthlyOf(const CaseBalances& b)
{
    return b.monthlySupport.isPositive() ? b.monthlySupport : b.currentDue.total();
}

CaseBalances randomCase(Random& rnd, int number)
{
    static constexpr AssistanceStatus statuses[] = {AssistanceStatus::Current,
        AssistanceStatus::Former, AssistanceStatus::Never, AssistanceStatus::MedicaidOnly};
    CaseBalances b;
    b.caseNumber = "19-" + std::to_string(1000000 + number);
    b.assistance = statuses[rnd.between(0, 3)];
    b.children = static_cast<int>(rnd.between(0, 4));
    b.currentDue = {rnd.amount(), rnd.amount(), rnd.amount()};
    for (const auto c : kArrearsCategories) {
        b.principal(c) = rnd.amount();
        b.interest(c) = rnd.chance(30) ? rnd.amount() : Money();
        // Sometimes the principal in dated installments, out of order.
        if (b.principal(c).cents() > 3 && rnd.chance(30)) {
            const auto first = cents(rnd.between(1, b.principal(c).cents() - 1));
            b.installments.push_back(
                {c, day("2024-06-01").addMonths(static_cast<int>(rnd.between(0, 5))), first});
            b.installments.push_back(
                {c, day("2019-01-01").addMonths(static_cast<int>(rnd.between(0, 5))),
                    b.principal(c) - first});
        }
    }
    b.ura = rnd.amount();
    b.monthlySupport = rnd.chance(50) ? rnd.amount() : Money();
    // Orders that end, and support already paid ahead: none, part of a month, whole months.
    if (rnd.chance(30))
        b.futureMonths = static_cast<int>(rnd.between(0, 6));
    if (rnd.chance(30)) {
        const Money month = monthlyOf(b);
        b.futureCredit = rnd.chance(50) || month.isZero()
            ? rnd.amount()
            : Money::fromCents(month.cents() * rnd.between(0, 4) + rnd.between(0, 1));
    }
    b.passThroughPaidThisMonth = rnd.chance(20) ? cents(rnd.between(0, 30000)) : Money();
    b.familyCollectedThisFiscalYear = rnd.chance(50) ? cents(rnd.between(0, 100000)) : Money();
    b.feeChargedThisFiscalYear = rnd.chance(20) ? cents(rnd.between(0, 3500)) : Money();
    return b;
}

struct Scenario
{
    Collection collection;
    std::vector<CaseBalances> cases;
    RuleSet rules;
};

Scenario randomScenario(Random& rnd)
{
    Scenario s;
    const int count = static_cast<int>(rnd.between(1, 5));
    for (int i = 0; i < count; ++i)
        s.cases.push_back(randomCase(rnd, static_cast<int>(rnd.between(0, 50)) * 10 + i));
    Money owed;
    for (const auto& b : s.cases)
        owed += b.currentDue.total() + b.totalArrears();
    const auto date = day("2001-01-01").addDays(static_cast<int>(rnd.between(0, 9300)));
    const auto source = static_cast<CollectionSource>(rnd.between(0, 5));
    const auto amount = cents(rnd.between(1, owed.cents() + owed.cents() / 2 + 1000));
    s.collection = {amount, date, source};
    s.rules = californiaOn(date.toIso().c_str());
    if (rnd.chance(30)) { // rule variants an administrator could set
        s.rules.annualFee.enabled = true;
        s.rules.countyShareOfStateBasisPoints = static_cast<int>(rnd.between(0, 10000));
        s.rules.fmap = {{1997, static_cast<int>(rnd.between(0, 10000))}};
        s.rules.formerAssistanceFamilyFirst = rnd.chance(50);
        s.rules.formerAssistanceArrearsPassThrough = rnd.chance(50);
    }
    return s;
}

void checkInvariants(const Scenario& s, const AllocationResult& r)
{
    // No cent created or lost; no empty or negative line.
    CHECK(r.total() == s.collection.amount);
    for (const auto& l : r.lines)
        CHECK(l.amount.isPositive());
    for (const auto& b : s.cases) {
        Money retained;
        for (const auto& l : r.lines)
            if (l.caseNumber == b.caseNumber && l.disposition == Disposition::Retained)
                retained += l.amount;
        CHECK(retained <= b.ura); // never more than URA
        Money reduced;
        for (const auto& l : r.lines)
            if (l.caseNumber == b.caseNumber)
                reduced += l.uraReduction;
        CHECK(reduced == b.ura - uraAfter(r, b.caseNumber));
        // 45 CFR 302.51(b): paid ahead no further than the months the orders still bring,
        // after what is paid ahead already.
        if (b.futureMonths) {
            Money ahead;
            for (const auto& l : r.lines)
                if (l.caseNumber == b.caseNumber && l.bucket == Bucket::future()
                    && l.disposition != Disposition::Unapplied)
                    ahead += l.amount;
            const auto room = monthlyOf(b).cents() * *b.futureMonths - b.futureCredit.cents();
            CHECK(ahead.cents() <= std::max<std::int64_t>(room, 0));
        }
    }
    for (const auto& u : r.ura)
        CHECK_FALSE(u.after.isNegative());
    if (s.collection.source == CollectionSource::FederalTaxOffset)
        for (const auto& l : r.lines)
            CHECK_FALSE(l.bucket.isCurrent()); // 42 U.S.C. §664
}

// After the lines are applied: no bucket below zero, URA as reported, and money paid
// ahead or held only when nothing current (unless a tax offset) or past-due is left.
void checkApplied(
    const Scenario& s, const AllocationResult& r, const std::vector<CaseBalances>& after)
{
    bool ahead = false;
    for (const auto& l : r.lines)
        ahead = ahead || l.bucket.kind == BucketKind::Future;
    for (std::size_t i = 0; i < after.size(); ++i) {
        const auto& b = after[i];
        CHECK_FALSE(b.ura.isNegative());
        CHECK(b.ura == uraAfter(r, b.caseNumber));
        for (const auto c : kArrearsCategories) {
            CHECK_FALSE(b.principal(c).isNegative());
            CHECK_FALSE(b.interest(c).isNegative());
        }
        CHECK_FALSE(b.currentDue.child.isNegative());
        if (ahead) {
            CHECK(b.totalArrears().isZero());
            if (s.collection.source != CollectionSource::FederalTaxOffset)
                CHECK(b.currentDue.total().isZero());
        }
    }
}

} // namespace

TEST_CASE("Random obligors and collections keep every invariant of distribution.md", "[finance]")
{
    Random rnd(20250315);
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const Scenario s = randomScenario(rnd);
        INFO("iteration " << iteration << " amount " << s.collection.amount.cents() << " on "
                          << s.collection.date.toIso() << " cases " << s.cases.size());
        const auto r = allocate(s.collection, s.cases, s.rules);
        checkInvariants(s, r);

        // Replay is deterministic, whatever the order the cases are given in.
        auto shuffled = s.cases;
        std::shuffle(shuffled.begin(), shuffled.end(), rnd.engine());
        REQUIRE(allocate(s.collection, shuffled, s.rules) == r);

        // Apply, then reverse: the balances come back exactly; reapplying gives the same lines.
        auto balances = s.cases;
        REQUIRE_NOTHROW(applyAllocation(balances, r.lines));
        checkApplied(s, r, balances);
        applyAllocation(balances, reversalOf(r.lines, "test"));
        REQUIRE(balances == s.cases);
        REQUIRE(allocate(s.collection, balances, s.rules) == r);
    }
}

TEST_CASE("A sequence of random collections replays to the same balances", "[finance]")
{
    Random rnd(7);
    for (int run = 0; run < 50; ++run) {
        Scenario s = randomScenario(rnd);
        std::vector<Collection> collections;
        for (int i = 0; i < 8; ++i)
            collections.push_back({cents(rnd.between(1, 400000)), s.collection.date,
                static_cast<CollectionSource>(rnd.between(0, 5))});
        const auto replay = [&] {
            auto balances = s.cases;
            std::vector<AllocationResult> results;
            for (const auto& c : collections) {
                results.push_back(allocate(c, balances, s.rules));
                applyAllocation(balances, results.back().lines);
                for (const auto& u : results.back().ura)
                    CHECK_FALSE(u.after.isNegative());
            }
            return std::pair {balances, results};
        };
        const auto first = replay();
        CHECK(replay() == first);

        // Reverse the last collection: the balances before it come back.
        auto balances = s.cases;
        for (std::size_t i = 0; i + 1 < first.second.size(); ++i)
            applyAllocation(balances, first.second[i].lines);
        const auto beforeLast = balances;
        applyAllocation(balances, first.second.back().lines);
        CHECK(balances == first.first);
        applyAllocation(balances, reversalOf(first.second.back().lines, "bounced"));
        CHECK(balances == beforeLast);
    }
}
