#include "core/cases/caserepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::vector<std::string> indexColumns(Database& db, const std::string& index)
{
    auto s = db.prepare("SELECT name FROM pragma_index_info(?1) ORDER BY seqno");
    s.bind(1, index);
    std::vector<std::string> names;
    while (s.step())
        names.push_back(s.text(0));
    return names;
}

std::string plan(Database& db, const std::string& sql)
{
    auto s = db.prepare("EXPLAIN QUERY PLAN " + sql);
    std::string out;
    while (s.step())
        out += s.text(3) + "\n";
    return out;
}

} // namespace

TEST_CASE("Migration to version 7 lets a search read a person's cases from the index alone",
    "[store][migration][search]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = databaseAtVersion(dir / "v6.cldb", key, 6);
    // One father with cases in two families, as version 6 stored them.
    db->exec(R"sql(
INSERT INTO person (id, given_name, family_name, sort_key, created_at, hlc, device) VALUES
    (x'00000000000000000000000000000001', 'Luis', 'Ortega', 'ortega luis', '2026-01-05T09:00:00Z', 1, x'000000000000000000000000000000aa'),
    (x'00000000000000000000000000000002', 'Ana', 'Ruiz', 'ruiz ana', '2026-01-05T09:00:00Z', 1, x'000000000000000000000000000000aa'),
    (x'00000000000000000000000000000003', 'Rosa', 'Ortega', 'ortega rosa', '2026-01-05T09:00:00Z', 1, x'000000000000000000000000000000aa');
INSERT INTO cases (id, case_number, origin_county, managing_county, status, phase, source,
                   application_date, opened_on, hlc, device) VALUES
    (x'000000000000000000000000000000c1', '19-0000002', 19, 19, 'open', 'establishment', 'application', '2026-01-05',
     '2026-01-05', 1, x'000000000000000000000000000000aa'),
    (x'000000000000000000000000000000c2', '19-0000001', 19, 19, 'closed', 'enforcement', 'application', '2026-01-05',
     '2026-01-05', 1, x'000000000000000000000000000000aa');
INSERT INTO participant (id, case_id, person_id, role, from_date, hlc, device) VALUES
    (x'000000000000000000000000000000e1', x'000000000000000000000000000000c1', x'00000000000000000000000000000001', 'ncp', '2026-01-05', 1, x'000000000000000000000000000000aa'),
    (x'000000000000000000000000000000e2', x'000000000000000000000000000000c1', x'00000000000000000000000000000002', 'cp', '2026-01-05', 1, x'000000000000000000000000000000aa'),
    (x'000000000000000000000000000000e3', x'000000000000000000000000000000c2', x'00000000000000000000000000000001', 'ncp', '2026-01-05', 1, x'000000000000000000000000000000aa'),
    (x'000000000000000000000000000000e4', x'000000000000000000000000000000c2', x'00000000000000000000000000000003', 'cp', '2026-01-05', 1, x'000000000000000000000000000000aa');
)sql");
    REQUIRE(
        indexColumns(*db, "participant_person") == std::vector<std::string> {"person_id", "role"});

    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(indexColumns(*db, "participant_person")
        == std::vector<std::string> {"person_id", "role", "case_id"});
    CHECK(plan(*db,
              "SELECT case_id, role FROM participant WHERE person_id = "
              "x'00000000000000000000000000000001'")
              .find("COVERING INDEX participant_person")
        != std::string::npos);
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");

    // The search's statement gives what it gave before, from the index.
    const auto luis = *Uuid::parse("00000000-0000-0000-0000-000000000001");
    const auto rosa = *Uuid::parse("00000000-0000-0000-0000-000000000003");
    auto cases = CaseRepository(*db).casesOfPeople({luis, rosa});
    REQUIRE(cases[luis].size() == 2);
    CHECK(cases[luis][0].caseNumber == "19-0000001");
    CHECK(cases[luis][0].role == ParticipantRole::NoncustodialParent);
    CHECK(cases[luis][0].status == CaseStatus::Closed);
    CHECK(cases[luis][1].caseNumber == "19-0000002");
    CHECK(cases[luis][1].status == CaseStatus::Open);
    REQUIRE(cases[rosa].size() == 1);
    CHECK(cases[rosa][0].role == ParticipantRole::CustodialParty);
}
