#include "core/finance/balancerepository.h"
#include "core/finance/chargerepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::vector<std::string> indexColumns(Database& db, const std::string& index)
{
    return textColumn(db, "SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno");
}

std::string planOf(Database& db, const std::string& sql)
{
    const auto plan = textColumn(db, "EXPLAIN QUERY PLAN " + sql, 3);
    std::string all;
    for (const auto& step : plan)
        all += step + "\n";
    return all;
}

} // namespace

TEST_CASE("Migration to version 8 lets accrual and posting read a case's ledger from the index "
          "alone",
    "[store][migration][finance]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = oneCaseAtVersion(dir / "v7.cldb", key, 7);
    // One case as version 7 stored it: March 2025 accrued ($500), converted to NA arrears at
    // month end, and April accrued; $200 paid on the arrears.
    db->exec(kChargeInsertSql + std::string(R"sql(
    (x'01', x'000000000000000000000000000000c1', '2025-03-01', '2025-03-01', 'accrual',
     'current_child', NULL, 50000, 'order', '2025-03-01T00:00:00Z', 1, x'aa'),
    (x'02', x'000000000000000000000000000000c1', '2025-03-01', '2025-04-01', 'conversion',
     'current_child', NULL, -50000, 'month end', '2025-04-01T00:00:00Z', 1, x'aa'),
    (x'03', x'000000000000000000000000000000c1', '2025-03-01', '2025-04-01', 'conversion',
     'arrears_NA_principal', '2025-03-01', 50000, 'month end', '2025-04-01T00:00:00Z', 1, x'aa'),
    (x'04', x'000000000000000000000000000000c1', '2025-04-01', '2025-04-01', 'accrual',
     'current_child', NULL, 50000, 'order', '2025-04-01T00:00:00Z', 1, x'aa');
)sql"));
    REQUIRE(indexColumns(*db, "charge_case")
        == std::vector<std::string> {"case_id", "bucket", "period"});
    const auto caseId = *Uuid::parse("00000000-0000-0000-0000-0000000000c1");
    const auto sumsBefore = ChargeRepository(*db).sums(caseId);
    const auto bucketsBefore = BalanceRepository(*db).buckets(caseId);

    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(indexColumns(*db, "charge_case")
        == std::vector<std::string> {"case_id", "bucket", "period", "kind", "installment_due",
            "effective_on", "amount_cents"});
    CHECK(indexColumns(*db, "allocation_line_case")
        == std::vector<std::string> {"case_id", "bucket", "period", "installment_due",
            "disposition", "amount_cents", "ura_cents"});
    // The reads of accrual and posting need no row of the tables.
    const std::string c1 = "x'000000000000000000000000000000c1'";
    CHECK(planOf(*db,
              "SELECT period, kind, bucket, installment_due, amount_cents, effective_on FROM "
              "charge WHERE case_id = "
                  + c1)
              .find("COVERING INDEX charge_case")
        != std::string::npos);
    CHECK(planOf(*db,
              "SELECT bucket, installment_due, disposition, amount_cents FROM allocation_line "
              "WHERE case_id = "
                  + c1)
              .find("COVERING INDEX allocation_line_case")
        != std::string::npos);
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");

    // They read what they read before.
    const auto sums = ChargeRepository(*db).sums(caseId);
    REQUIRE(sums.size() == sumsBefore.size());
    CHECK(sums.size() == 4);
    const auto buckets = BalanceRepository(*db).buckets(caseId);
    REQUIRE(buckets.size() == bucketsBefore.size());
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        CHECK(buckets[i].bucket == bucketsBefore[i].bucket);
        CHECK(buckets[i].charged == bucketsBefore[i].charged);
    }
}
