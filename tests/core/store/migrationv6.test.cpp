#include "core/cases/phonetic.h"
#include "core/cases/searchrepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::vector<std::int64_t> matches(Database& db, const std::string& expression)
{
    auto s = db.prepare("SELECT rowid FROM person_fts WHERE person_fts MATCH ?1 ORDER BY rowid");
    s.bind(1, expression);
    std::vector<std::int64_t> rows;
    while (s.step())
        rows.push_back(s.int64(0));
    return rows;
}

// Every word of every row of the index, as "row column word".
std::vector<std::string> indexedWords(Database& db)
{
    db.exec("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, person_fts, instance)");
    auto words
        = textColumn(db, "SELECT doc || ' ' || col || ' ' || term FROM temp.words ORDER BY 1");
    db.exec("DROP TABLE temp.words");
    return words;
}

} // namespace

TEST_CASE("Migration to version 6 rebuilds the name index with longer prefixes and loses no word",
    "[store][migration][search]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = databaseAtVersion(dir / "v5.cldb", key, 5);
    // Three people indexed as version 5 indexed them; the second was re-indexed after a name
    // change (a contentless delete), the third has no words in one column.
    const std::vector<std::vector<PersonName>> people = {
        {{"María José", "", "Hernández Ávila", ""}},
        {{"Nguyen", "Thi", "Lan", ""}, {"Lan", "", "Nguyen Thi", ""}},
        {{"Christopher", "", "Smith", "Jr."}},
    };
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto text = SearchRepository::indexText(people[i]);
        db->exec("INSERT INTO person_search_key (rowid, person_id) VALUES (" + std::to_string(i + 1)
            + ", x'0" + std::to_string(i + 1) + "')");
        auto insert
            = db->prepare("INSERT INTO person_fts (rowid, names, sounds) VALUES (?1, ?2, ?3)");
        insert.bind(1, static_cast<std::int64_t>(i + 1))
            .bind(2, text.names)
            .bind(3, text.sounds)
            .run();
    }
    // The second person's name changed: her row is deleted and indexed again (as
    // SearchRepository::indexPerson does), and her old name must not come back.
    db->exec("DELETE FROM person_fts WHERE rowid = 2");
    {
        const auto text = SearchRepository::indexText({{"Lan", "", "Tran", ""}});
        auto insert
            = db->prepare("INSERT INTO person_fts (rowid, names, sounds) VALUES (2, ?1, ?2)");
        insert.bind(1, text.names).bind(2, text.sounds).run();
    }
    const auto before = indexedWords(*db);
    REQUIRE(before.size() > 15);

    migrate(*db);
    CHECK(indexedWords(*db) == before);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(db->queryText("SELECT sql FROM sqlite_master WHERE name = 'person_fts'")
              .find("prefix = '2 3 4 5 6 7 8 9 10'")
        != std::string::npos);
    CHECK(matches(*db, "names:\"hernan\"*") == std::vector<std::int64_t> {1});
    CHECK(matches(*db, "names:\"maria\"* AND names:\"jos\"*") == std::vector<std::int64_t> {1});
    CHECK(matches(*db, "names:\"hernandezavila\"") == std::vector<std::int64_t> {1});
    CHECK(matches(*db, "sounds:\"" + phoneticKey("hernandes") + "\"")
        == std::vector<std::int64_t> {1});
    CHECK(matches(*db, "names:\"lan\" AND names:\"tran\"") == std::vector<std::int64_t> {2});
    CHECK(matches(*db, "names:\"nguyen\"").empty());
    CHECK(matches(*db, "names:\"thi\"").empty());
    CHECK(matches(*db, "names:\"chris\"* AND names:\"smi\"*") == std::vector<std::int64_t> {3});
    CHECK(matches(*db, "sounds:\"" + phoneticKey("smyth") + "\"") == std::vector<std::int64_t> {3});
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");
    // New rows go into the rebuilt index as before.
    db->exec("INSERT INTO person_fts (rowid, names, sounds) VALUES (4, 'maribel', 'marbl')");
    CHECK(matches(*db, "names:\"mari\"*") == std::vector<std::int64_t> {1, 4});
}
