// Posting reads a case's balances from the sums the ledger's insert triggers keep
// (BalanceRepository::totals; installment_balance of migration 9, bucket_sum of migration 10)
// instead of the case's history. DESIGN §5 allows kept balances only where a verifier can
// recompute them: on random ledgers -- late postings, tax offsets held unapplied, money paid
// ahead, reversals, grants that move arrears between PA and UDA, a backdated modification --
// the kept sums must be the ledger's, and the balances read from them on any day must be the
// balances summed from every row (totalsFromLedger). Migration 10 itself:
// tests/core/store/migrationv10.test.cpp; the verifier: keptbalances.test.cpp.
#include "core/finance/balancerepository.h"
#include "core/finance/keptbalancerepository.h"
#include "tests/core/finance/ledgerfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

std::string describe(const CaseBalances& b)
{
    std::string out = "current " + std::to_string(b.currentDue.total().cents()) + " support "
        + std::to_string(b.monthlySupport.cents()) + " passed "
        + std::to_string(b.passThroughPaidThisMonth.cents()) + " future "
        + std::to_string(b.futureCredit.cents()) + " unapplied "
        + std::to_string(b.unapplied.cents());
    for (const auto c : kArrearsCategories)
        out += " " + std::string(codeOf(c)) + " " + std::to_string(b.principal(c).cents()) + "+"
            + std::to_string(b.interest(c).cents());
    for (const auto& i : b.installments)
        out += " " + std::string(codeOf(i.category)) + i.due.toIso() + "="
            + std::to_string(i.principal.cents());
    return out;
}

// Every day of interest to the allocator from January 2025 to the month after `last`: the
// first (before and after a month-end conversion is in effect), the middle and the end.
void checkEveryDay(Database& db, const Uuid& caseId, unsigned last)
{
    BalanceRepository repo(db);
    for (unsigned month = 1; month <= last + 1; ++month)
        for (const unsigned day : {1u, 2u, 15u, 28u}) {
            const Date on = Date::fromYmd(2025, month, day);
            INFO("on " << on.toIso());
            const BalanceTotals kept = repo.totals(caseId, on);
            const BalanceTotals summed = repo.totalsFromLedger(caseId, on);
            CHECK(describe(kept.balances()) == describe(summed.balances()));
            CHECK(kept == summed); // before clamping too: posting applies lines to these
        }
}

} // namespace

TEST_CASE("The kept bucket sums are the ledger's, and balances read from them are the balances "
          "summed from every row",
    "[finance][posting][property]")
{
    for (unsigned seed = 1; seed <= 4; ++seed) {
        INFO("seed " << seed);
        LedgerSetup s(Money::fromCents(400'00 + 71 * seed));
        // The payer also pays a second, aided case: collections are prorated across the two.
        const std::string second = test::addAidedCase(s);
        test::playRandomHistory(s, seed, true);
        s.accrue(2025, 8);
        Database& db = s.t.ws().db();
        CHECK(KeptBalanceRepository(db).verify().ok()); // both kept tables, every case
        // Interest and money paid ahead both have sums kept.
        CHECK(db.queryInt64("SELECT count(*) FROM bucket_sum WHERE bucket LIKE '%interest'") > 0);
        CHECK(db.queryInt64("SELECT count(*) FROM bucket_sum WHERE bucket = 'future'") > 0);
        checkEveryDay(db, s.family.record.id, 8);
        auto q = db.prepare("SELECT id FROM cases WHERE case_number = ?1");
        q.bind(1, second);
        REQUIRE(q.step());
        checkEveryDay(db, q.uuid(0), 8);
    }
}
