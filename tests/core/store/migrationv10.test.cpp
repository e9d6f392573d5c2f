#include "core/finance/balancerepository.h"
#include "core/finance/keptbalancerepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Migration to version 10 sums the buckets of the ledger already there, and posting "
          "reads balances from the sums",
    "[store][migration][finance]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = oneCaseAtVersion(dir / "v9.cldb", key, 9);
    // March 2025 converted to NA arrears at month end; interest for May and for June; principal
    // with no installment date, some of it in effect only from June; a charge paid ahead in
    // effect from June. A collection paid interest, paid ahead and left money unapplied.
    db->exec(kChargeInsertSql + std::string(R"sql(
    (x'01', x'000000000000000000000000000000c1', '2025-03-01', '2025-04-01', 'conversion',
     'arrears_NA_principal', '2025-03-01', 50000, 'month end', '2025-04-01T00:00:00Z', 1, x'aa'),
    (x'02', x'000000000000000000000000000000c1', '2025-05-01', '2025-05-01', 'interest',
     'arrears_NA_interest', NULL, 417, 'interest', '2025-05-01T00:00:00Z', 1, x'aa'),
    (x'03', x'000000000000000000000000000000c1', '2025-05-01', '2025-06-01', 'interest',
     'arrears_NA_interest', NULL, 417, 'interest', '2025-06-01T00:00:00Z', 1, x'aa'),
    (x'04', x'000000000000000000000000000000c1', '2025-02-01', '2025-02-01', 'conversion',
     'arrears_NA_principal', NULL, 1000, 'opening', '2025-02-01T00:00:00Z', 1, x'aa'),
    (x'05', x'000000000000000000000000000000c1', '2025-05-01', '2025-06-01', 'conversion',
     'arrears_NA_principal', NULL, 2000, 'opening', '2025-06-01T00:00:00Z', 1, x'aa'),
    (x'06', x'000000000000000000000000000000c1', '2025-05-01', '2025-06-01', 'adjustment',
     'future', NULL, 100, 'ahead', '2025-06-01T00:00:00Z', 1, x'aa');
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
)sql"));
    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    // Every kind of row the sums keep (interest, principal with and without an installment,
    // paid ahead, held unapplied): the verifier agrees with the migration.
    const auto verified = KeptBalanceRepository(*db).verify();
    CHECK(verified.ok());
    CHECK(verified.cases == 1);
    CHECK(verified.installments == 1);
    CHECK(verified.bucketSums == 4);
    // Every bucket but the installments' principal, charges less lines.
    CHECK(textColumn(*db,
              "SELECT bucket || ' ' || unapplied || ' ' || amount_cents FROM bucket_sum ORDER BY "
              "bucket, unapplied")
        == std::vector<std::string> {"arrears_NA_interest 0 534", "arrears_NA_principal 0 3000",
            "future 0 -300", "future 1 -200"});

    const auto caseId = *Uuid::parse("00000000-0000-0000-0000-0000000000c1");
    BalanceRepository repo(*db);
    struct Expected
    {
        Date on;
        std::int64_t interest, principal, future;
    };
    // In May the charges dated June are not in effect yet: interest 417 - 300, principal 50,000 +
    // 1,000, paid ahead 400. On June 1st they are.
    for (const Expected e : {Expected {Date::fromYmd(2025, 5, 15), 117, 51000, 400},
             Expected {Date::fromYmd(2025, 6, 1), 534, 53000, 300}}) {
        INFO("on " << e.on.toIso());
        const BalanceTotals kept = repo.totals(caseId, e.on);
        CHECK(kept == repo.totalsFromLedger(caseId, e.on));
        const CaseBalances b = kept.balances();
        CHECK(b.interest(ArrearsCategory::NA).cents() == e.interest);
        CHECK(b.principal(ArrearsCategory::NA).cents() == e.principal);
        CHECK(b.futureCredit.cents() == e.future);
        CHECK(b.unapplied.cents() == 200);
    }

    // Posting's statement seeks each part by case; the charges not yet in effect with one seek
    // by date, not one per bucket.
    std::string plan;
    for (const auto& step :
        textColumn(*db, "EXPLAIN QUERY PLAN " + BalanceRepository::totalsSql(), 3))
        plan += step + "\n";
    INFO(plan);
    CHECK(plan.find("COVERING INDEX charge_effective (case_id=? AND effective_on>?)")
        != std::string::npos);
    CHECK(plan.find("installment_balance USING PRIMARY KEY (case_id=?)") != std::string::npos);
    CHECK(plan.find("bucket_sum USING PRIMARY KEY (case_id=?)") != std::string::npos);
    CHECK(plan.find("SCAN") == std::string::npos);
}
