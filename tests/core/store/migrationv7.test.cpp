#include "core/cases/caserepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::vector<std::string> personIndexColumns(Database& db)
{
    return textColumn(
        db, "SELECT name FROM pragma_index_info('participant_person') ORDER BY seqno");
}

} // namespace

TEST_CASE("Migration to version 7 lets a search read a person's cases from the index alone",
    "[store][migration][search]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = databaseAtVersion(dir / "v6.cldb", key, 6);
    // One father (…01) with cases in two families (…c1 with Ana, …c2 with Rosa), as version 6
    // stored them.
    db->exec(R"sql(
INSERT INTO person (id, given_name, family_name, sort_key, created_at, hlc, device) VALUES
    (x'00000000000000000000000000000001', 'Luis', 'Ortega', 'ortega luis',
     '2026-01-05T09:00:00Z', 1, x'aa'),
    (x'00000000000000000000000000000002', 'Ana', 'Ruiz', 'ruiz ana',
     '2026-01-05T09:00:00Z', 1, x'aa'),
    (x'00000000000000000000000000000003', 'Rosa', 'Ortega', 'ortega rosa',
     '2026-01-05T09:00:00Z', 1, x'aa');
INSERT INTO cases (id, case_number, origin_county, managing_county, status, phase, source,
                   application_date, opened_on, hlc, device) VALUES
    (x'000000000000000000000000000000c1', '19-0000002', 19, 19, 'open', 'establishment',
     'application', '2026-01-05', '2026-01-05', 1, x'aa'),
    (x'000000000000000000000000000000c2', '19-0000001', 19, 19, 'closed', 'enforcement',
     'application', '2026-01-05', '2026-01-05', 1, x'aa');
INSERT INTO participant (id, case_id, person_id, role, from_date, hlc, device) VALUES
    (x'e1', x'000000000000000000000000000000c1', x'00000000000000000000000000000001', 'ncp',
     '2026-01-05', 1, x'aa'),
    (x'e2', x'000000000000000000000000000000c1', x'00000000000000000000000000000002', 'cp',
     '2026-01-05', 1, x'aa'),
    (x'e3', x'000000000000000000000000000000c2', x'00000000000000000000000000000001', 'ncp',
     '2026-01-05', 1, x'aa'),
    (x'e4', x'000000000000000000000000000000c2', x'00000000000000000000000000000003', 'cp',
     '2026-01-05', 1, x'aa');
)sql");
    REQUIRE(personIndexColumns(*db) == std::vector<std::string> {"person_id", "role"});

    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(personIndexColumns(*db) == std::vector<std::string> {"person_id", "role", "case_id"});
    const auto plan = textColumn(*db,
        "EXPLAIN QUERY PLAN SELECT case_id, role FROM participant "
        "WHERE person_id = x'00000000000000000000000000000001'",
        3);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].find("COVERING INDEX participant_person") != std::string::npos);
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");

    // The search's statement gives what it gave before, now from the index.
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
