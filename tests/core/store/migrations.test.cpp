#include "core/base/crypto.h"
#include "core/base/error.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;

TEST_CASE("every migration runs from an empty database, each in order", "[store][migrations]")
{
    test::TempDir dir;
    const auto key = crypto::randomKey();
    auto db = Database::open(dir / "empty.cldb", key, Database::Mode::Create);
    CHECK(db->userVersion() == 0);
    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");
    CHECK(db->queryInt64("PRAGMA foreign_key_check") == 0);
    // Running it again changes nothing.
    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    int previous = 0;
    for (const auto& m : migrations()) {
        CHECK(m.version == previous + 1);
        previous = m.version;
    }
}

TEST_CASE("a database from a newer CaseLedger is refused, not damaged further", "[store][migrations]")
{
    test::TempDir dir;
    const auto key = crypto::randomKey();
    auto db = Database::open(dir / "future.cldb", key, Database::Mode::Create);
    db->setUserVersion(latestSchemaVersion() + 1);
    CHECK_THROWS_AS(migrate(*db), Failure);
    CHECK(db->userVersion() == latestSchemaVersion() + 1);
}

TEST_CASE("the pragmas of DESIGN §3 are in force", "[store]")
{
    test::TempDir dir;
    const auto key = crypto::randomKey();
    auto db = Database::open(dir / "p.cldb", key, Database::Mode::Create);
    CHECK(db->queryText("PRAGMA journal_mode") == "wal");
    CHECK(db->queryInt64("PRAGMA synchronous") == 2); // FULL
    CHECK(db->queryInt64("PRAGMA foreign_keys") == 1);
    CHECK(db->queryInt64("PRAGMA temp_store") == 2); // MEMORY
    CHECK(db->queryInt64("PRAGMA secure_delete") == 1);
    CHECK(db->queryInt64("SELECT count(*) FROM pragma_compile_options WHERE compile_options = 'ENABLE_FTS5'") == 1);
}

TEST_CASE("transactions roll back unless committed", "[store]")
{
    test::TempDir dir;
    const auto key = crypto::randomKey();
    auto db = Database::open(dir / "t.cldb", key, Database::Mode::Create);
    db->exec("CREATE TABLE t (x INTEGER)");
    {
        Transaction tx(*db);
        db->exec("INSERT INTO t VALUES (1)");
    }
    CHECK(db->queryInt64("SELECT count(*) FROM t") == 0);
    {
        Transaction tx(*db);
        db->exec("INSERT INTO t VALUES (1)");
        CHECK_THROWS_AS(Transaction(*db), Failure); // no nesting
        tx.commit();
    }
    CHECK(db->queryInt64("SELECT count(*) FROM t") == 1);
    auto s = db->prepare("INSERT INTO t VALUES (?1)");
    s.bind(1, std::int64_t{7}).run();
    CHECK(db->queryInt64("SELECT sum(x) FROM t") == 8);
}
