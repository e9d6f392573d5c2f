// Schema version 3 (saved guideline calculations, issue 5 item 3) from a version 2 database.
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/tempdir.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Migration to version 3 adds guideline calculations to a version 2 database",
    "[store][migration]")
{
    TempDir dir;
    SecureBytes key(32);
    auto v2 = databaseAtVersion(dir / "v2.cldb", key, 2);
    v2->exec("INSERT INTO users (id, name, display_name, role, created_at, hlc, device) "
             "VALUES (x'01', 'ada', 'Ada', 'administrator', '2026-01-01', 1, x'02')");
    CHECK(v2->queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'guideline_calculation'")
        == 0);
    migrate(*v2);
    CHECK(v2->userVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 3);
    CHECK(v2->queryInt64("SELECT count(*) FROM users") == 1);
    CHECK(v2->queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'guideline_calculation'")
        == 1);
    CHECK(v2->queryInt64("SELECT count(*) FROM guideline_calculation") == 0);
    CHECK(v2->queryText("PRAGMA integrity_check") == "ok");
    const auto& listed = migrations();
    const auto v3 = std::find_if(
        listed.begin(), listed.end(), [](const Migration& m) { return m.version == 3; });
    REQUIRE(v3 != listed.end());
    CHECK(v3->description == "guideline calculations attached to orders");
}
