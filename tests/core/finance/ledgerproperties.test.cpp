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
        CHECK(owed == l.owed);
        Money replay;
        for (const auto& e : l.entries)
            if (e.bucket.kind != BucketKind::Future)
                replay += e.charge - e.payment;
        CHECK(replay == l.owed);
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
