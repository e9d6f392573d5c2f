#include "core/base/error.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Migration to version 4 adds the append-only finance ledger to a version 3 database",
    "[store][migration][finance]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = databaseAtVersion(dir / "v3.cldb", key, 3);
    db->exec("INSERT INTO cases (id, case_number, origin_county, managing_county, status, phase, "
             "source, application_date, opened_on, hlc, device) VALUES (x'01', '19-0000001', 19, "
             "19, 'open', 'intake', 'application', '2025-01-01', '2025-01-01', 1, x'02')");
    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 4);
    CHECK(db->queryInt64("SELECT count(*) FROM cases") == 1);
    for (const char* table : {"charge", "collection", "collection_event", "allocation_line",
             "disbursement", "undistributed", "ura_entry", "overpayment_receivable",
             "payment_batch", "rule_set_version"})
        CHECK(db->queryInt64(("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name "
                              "= '"
                  + std::string(table) + "'")
                                 .c_str())
            == 1);
    db->exec("INSERT INTO ura_entry (id, case_id, month, kind, amount_cents, reason, created_at, "
             "hlc, device) VALUES (x'03', x'01', '2025-01-01', 'grant', 90000, 'grant', 'now', 1, "
             "x'02')");
    // Append-only: corrections are new rows.
    CHECK_THROWS_AS(db->exec("UPDATE ura_entry SET amount_cents = 1"), Failure);
    CHECK_THROWS_AS(db->exec("DELETE FROM ura_entry"), Failure);
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");
}
