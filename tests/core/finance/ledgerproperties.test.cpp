// Ledger invariants over random histories (distribution.md "Invariants"; DESIGN §5: balances
// are derived from the ledger and a verifier can always recompute them).
#include "core/finance/allocationlinerepository.h"
#include "core/finance/collectionrepository.h"
#include "tests/core/finance/ledgerfixture.h"

#include <catch2/catch_test_macros.hpp>
#include <random>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

TEST_CASE("ledger balances equal the sum of the entries over random histories",
    "[finance][ledger][property]")
{
    for (unsigned seed = 1; seed <= 4; ++seed) {
        INFO("seed " << seed);
        LedgerSetup s(Money::fromCents(300'00 + 37 * seed));
        std::mt19937 rng(seed);
        std::vector<std::string> receipts;
        int n = 0;
        for (unsigned month = 1; month <= 5; ++month) {
            s.setToday(Date::fromYmd(2025, month, 28));
            s.accrue(2025, month);
            for (int k = 0; k < 3; ++k) {
                const std::string receipt = "S" + std::to_string(seed) + "-" + std::to_string(n++);
                const auto cents = std::uniform_int_distribution<std::int64_t>(1, 700'00)(rng);
                const auto day = std::uniform_int_distribution<unsigned>(1, 27)(rng);
                const auto source = rng() % 5 == 0 ? CollectionSource::FederalTaxOffset
                                                   : CollectionSource::WageWithholding;
                s.post(receipt, cents, Date::fromYmd(2025, month, day), source);
                receipts.push_back(receipt);
            }
            if (rng() % 2 == 0) {
                const auto& victim = receipts[rng() % receipts.size()];
                (void)PaymentService(s.t.ws()).reverse(s.fiscal, victim, "random reversal");
            }
        }
        const CaseLedger l = s.ledger();
        // Each bucket: charged - paid; their sum (future credits aside) is the running balance.
        Money owed;
        for (const auto& b : l.buckets)
            if (b.bucket.kind != BucketKind::Future)
                owed += b.owed();
        // Today is the 28th: what month-end wrote ahead for the 1st counts from that day.
        CHECK(owed == l.owed + l.writtenAhead);
        Money replay;
        for (const auto& e : l.entries)
            if (e.bucket.kind != BucketKind::Future)
                replay += e.charge - e.payment;
        CHECK(replay == l.owed + l.writtenAhead);
        // No cent created or lost: each collection's lines in force add up to it (or to
        // nothing once reversed).
        CollectionRepository collections(s.t.ws().db());
        AllocationLineRepository lines(s.t.ws().db());
        for (const auto& r : receipts) {
            const auto c = collections.findByReceipt(r);
            REQUIRE(c);
            Money active, all;
            for (const auto& line : activeLines(lines.forCollection(c->id)))
                active += line.line.amount;
            for (const auto& line : lines.forCollection(c->id))
                all += line.line.amount;
            CHECK(all == active);
            CHECK(active == (c->status == CollectionStatus::Reversed ? Money() : c->amount));
        }
        // Never below zero: no bucket owes less than nothing.
        for (const auto& b : l.buckets)
            if (b.bucket.kind != BucketKind::Future)
                CHECK_FALSE(b.owed().isNegative());
    }
}

TEST_CASE("Owed today leaves out the conversion and interest written ahead for the 1st",
    "[finance][ledger]")
{
    // distribution.md "Timing": unpaid current support becomes arrears at month end, and
    // interest runs from the first day of the month after each installment was due; both are
    // dated that first day, so on the 20th they are not owed yet.
    LedgerSetup s(Money::fromCents(500'00));
    const Date today = Date::fromYmd(2025, 3, 20);
    s.setToday(today);
    s.accrue(2025, 3);
    CaseLedger l = s.ledger();
    Money untilToday, later;
    int laterEntries = 0;
    for (const auto& e : l.entries) {
        if (e.bucket.kind == BucketKind::Future)
            continue;
        if (e.date <= today) {
            untilToday += e.charge - e.payment;
        } else {
            later += e.charge - e.payment;
            ++laterEntries;
        }
    }
    CHECK(laterEntries > 0);
    CHECK(l.owed == untilToday);
    CHECK(l.writtenAhead == later);
    // January to March, and February's interest on January's $500 (dated March 1); March's
    // interest on January and February ($4.17 + $4.16, dated April 1) is written ahead.
    CHECK(l.owed == Money::fromCents(3 * 500'00 + 4'17));
    CHECK(l.writtenAhead == Money::fromCents(8'33));

    s.setToday(Date::fromYmd(2025, 4, 1));
    l = s.ledger();
    CHECK(l.owed == untilToday + later);
    CHECK(l.writtenAhead.isZero());
}
