#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Migration to version 2 runs on an empty database and on a version 1 database",
    "[store][migration]")
{
    TempDir dir;
    SecureBytes key(32);
    {
        auto empty = Database::open(dir / "empty.cldb", key, Database::Mode::Create);
        migrate(*empty);
        CHECK(empty->userVersion() == latestSchemaVersion());
        CHECK(latestSchemaVersion() >= 2);
        for (const char* table :
            {"person", "cases", "participant", "parentage", "support_order", "order_version",
                "note", "task", "person_fts", "person_search_key", "family_violence"})
            CHECK(empty->queryInt64(("SELECT count(*) FROM sqlite_master WHERE name = '"
                      + std::string(table) + "'")
                                        .c_str())
                == 1);
        CHECK(empty->queryText("PRAGMA integrity_check") == "ok");
    }
    {
        // A version 1 database, as the foundation release left it, with a user in it.
        auto v1 = databaseAtVersion(dir / "v1.cldb", key, 1);
        v1->exec("INSERT INTO users (id, name, display_name, role, created_at, hlc, device) "
                 "VALUES (x'01', 'ada', 'Ada', 'administrator', '2026-01-01', 1, x'02')");
        migrate(*v1);
        CHECK(v1->userVersion() == latestSchemaVersion());
        CHECK(v1->queryInt64("SELECT count(*) FROM users") == 1);
        CHECK(v1->queryInt64("SELECT count(*) FROM cases") == 0);
        // FTS5 is there and works inside the encrypted file.
        v1->exec("INSERT INTO person_fts (rowid, names, sounds) VALUES (1, 'hernandez maria', "
                 "'arnnts mr')");
        CHECK(v1->queryInt64("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'names:hern*'")
            == 1);
    }
}
