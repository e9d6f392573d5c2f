// Posting reads a case's balances from the sums the ledger's insert triggers keep
// (BalanceRepository::totals; installment_balance of migration 9, bucket_sum of migration 10)
// instead of the case's history. DESIGN §5 allows kept balances only where a verifier can
// recompute them: on random ledgers -- late postings, tax offsets held unapplied, money paid
// ahead, reversals, grants that move arrears between PA and UDA, a backdated modification --
// the kept sums must be the ledger's, and the balances read from them on any day must be the
// balances summed from every row (totalsFromLedger).
#include "core/finance/balancerepository.h"
#include "core/services/accrualservice.h"
#include "core/store/migrations.h"
#include "tests/core/finance/ledgerfixture.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

// bucket_sum as its triggers keep it, and as the ledger sums it.
std::vector<std::string> bucketSumRows(Database& db, bool fromLedger)
{
    const std::string kept = "SELECT hex(case_id) || bucket || unapplied || '=' || amount_cents "
                             "FROM bucket_sum ORDER BY 1";
    const std::string summed = R"sql(
SELECT hex(case_id) || bucket || unapplied || '=' || sum(amount_cents)
  FROM (SELECT case_id, bucket, 0 AS unapplied, amount_cents FROM charge
         WHERE bucket NOT LIKE 'current%'
           AND NOT (bucket LIKE 'arrears%principal' AND installment_due IS NOT NULL)
        UNION ALL
        SELECT case_id, bucket, disposition = 'unapplied', -amount_cents FROM allocation_line
         WHERE bucket NOT LIKE 'current%'
           AND NOT (bucket LIKE 'arrears%principal' AND installment_due IS NOT NULL))
 GROUP BY case_id, bucket, unapplied ORDER BY 1)sql";
    return test::textColumn(db, fromLedger ? summed : kept);
}

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
            CHECK(describe(repo.totals(caseId, on).balances())
                == describe(repo.totalsFromLedger(caseId, on).balances()));
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
        test::playRandomHistory(s, seed, true);
        s.accrue(2025, 8);
        Database& db = s.t.ws().db();
        CHECK(bucketSumRows(db, false) == bucketSumRows(db, true));
        // Interest and money paid ahead both have sums kept.
        CHECK(db.queryInt64("SELECT count(*) FROM bucket_sum WHERE bucket LIKE '%interest'") > 0);
        CHECK(db.queryInt64("SELECT count(*) FROM bucket_sum WHERE bucket = 'future'") > 0);
        checkEveryDay(db, s.family.record.id, 8);
    }
}

TEST_CASE("Migration to version 10 sums the buckets of the ledger already there",
    "[store][migration][finance]")
{
    test::TempDir dir;
    SecureBytes key(32);
    auto db = test::databaseAtVersion(dir / "v9.cldb", key, 9);
    db->exec(test::kOneCaseSql);
    // March 2025 converted to NA arrears at month end, interest on it, a principal entry with
    // no installment; a collection that paid interest, paid ahead and left money unapplied.
    db->exec(R"sql(
INSERT INTO charge (id, case_id, period, effective_on, kind, bucket, installment_due,
                    amount_cents, reason, created_at, hlc, device) VALUES
    (x'01', x'000000000000000000000000000000c1', '2025-03-01', '2025-04-01', 'conversion',
     'arrears_NA_principal', '2025-03-01', 50000, 'month end', '2025-04-01T00:00:00Z', 1, x'aa'),
    (x'02', x'000000000000000000000000000000c1', '2025-05-01', '2025-05-01', 'interest',
     'arrears_NA_interest', NULL, 417, 'interest', '2025-05-01T00:00:00Z', 1, x'aa'),
    (x'03', x'000000000000000000000000000000c1', '2025-05-01', '2025-06-01', 'interest',
     'arrears_NA_interest', NULL, 417, 'interest', '2025-06-01T00:00:00Z', 1, x'aa'),
    (x'04', x'000000000000000000000000000000c1', '2025-02-01', '2025-02-01', 'conversion',
     'arrears_NA_principal', NULL, 1000, 'opening', '2025-02-01T00:00:00Z', 1, x'aa');
INSERT INTO collection (id, receipt_id, obligor_id, source, amount_cents, collected_on,
                        posted_by, posted_at, batch_id, rule_set, hlc, device) VALUES
    (x'c0', 'R-1', NULL, 'direct', 900, '2025-05-10', 'finance', '2025-05-10T00:00:00Z', NULL,
     'california', 1, x'aa');
INSERT INTO allocation_line (id, collection_id, seq, entry, case_id, period, bucket, payee,
                             disposition, amount_cents, ura_cents, county_cents,
                             installment_due, rule, hlc, device) VALUES
    (x'11', x'c0', 1, 'allocation', x'000000000000000000000000000000c1', '2025-05-01',
     'arrears_NA_interest', 'family', 'distributed', 300, 0, 0, NULL, 'interest', 1, x'aa'),
    (x'12', x'c0', 2, 'allocation', x'000000000000000000000000000000c1', '2025-05-01',
     'future', 'held', 'prepayment', 400, 0, 0, NULL, 'ahead', 1, x'aa'),
    (x'13', x'c0', 3, 'allocation', x'000000000000000000000000000000c1', '2025-05-01',
     'future', 'held', 'unapplied', 200, 0, 0, NULL, 'unapplied', 1, x'aa');
)sql");
    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(bucketSumRows(*db, false) == bucketSumRows(*db, true));
    CHECK(bucketSumRows(*db, false).size() == 4); // NA interest, NA principal, future twice
    const auto caseId = *Uuid::parse("00000000-0000-0000-0000-0000000000c1");
    for (const auto on : {Date::fromYmd(2025, 5, 15), Date::fromYmd(2025, 6, 1)}) {
        INFO("on " << on.toIso());
        const CaseBalances kept = BalanceRepository(*db).totals(caseId, on).balances();
        CHECK(describe(kept)
            == describe(BalanceRepository(*db).totalsFromLedger(caseId, on).balances()));
        // The interest dated June counts from June only.
        CHECK(kept.interest(ArrearsCategory::NA).cents() == (on.day() == 1 ? 534 : 117));
        CHECK(kept.futureCredit.cents() == 400);
        CHECK(kept.unapplied.cents() == 200);
        CHECK(kept.principal(ArrearsCategory::NA).cents() == 51000);
    }
    // The charges not yet in effect are found with one seek by date (the index the migration
    // adds), not one per bucket.
    const auto plan = test::textColumn(*db,
        "EXPLAIN QUERY PLAN SELECT bucket, installment_due, amount_cents FROM charge WHERE "
        "case_id = x'000000000000000000000000000000c1' AND bucket NOT LIKE 'current%' AND "
        "effective_on > '2025-05-15'",
        3);
    REQUIRE(plan.size() == 1);
    CHECK(plan.front().find("COVERING INDEX charge_effective (case_id=? AND effective_on>?)")
        != std::string::npos);
}
