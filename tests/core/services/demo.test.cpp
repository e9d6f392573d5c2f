#include "core/cases/demogenerator.h"
#include "core/cases/searchrepository.h"
#include "core/services/demoservice.h"
#include "core/services/searchservice.h"
#include "core/store/migrations.h"
#include "tests/core/services/caseworkfixture.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

// The content of a generated caseload without its record ids.
std::string fingerprint(Database& db)
{
    auto s = db.prepare(
        "SELECT group_concat(x, ';') FROM (SELECT given_name || ' ' || family_name || ' ' || "
        "coalesce(date_of_birth, '') || ' ' || coalesce(ssn, '') AS x FROM person ORDER BY id)");
    std::string out = s.step() ? s.text(0) : "";
    auto o = db.prepare(
        "SELECT group_concat(current_support_cents, ',') FROM (SELECT current_support_cents FROM "
        "order_version ORDER BY id)");
    return out + (o.step() ? o.text(0) : "");
}

DemoSettings settings(std::uint64_t seed)
{
    DemoSettings s;
    s.cases = 300;
    s.seed = seed;
    s.today = Date::fromYmd(2026, 11, 2);
    s.device = Uuid::random();
    s.idMillis = 1'790'000'000'000;
    s.idStart = seed * 1000;
    s.workers = {{Uuid::random(), "Rosa Delgado"}, {Uuid::random(), "Kevin Tran"}};
    s.casesPerTransaction = 128;
    return s;
}

} // namespace

TEST_CASE(
    "The demo generator is deterministic per seed and builds a varied caseload", "[cases][demo]")
{
    TempDir dir;
    auto a = Database::openUnencrypted(dir / "a.db", Database::Mode::Create);
    auto b = Database::openUnencrypted(dir / "b.db", Database::Mode::Create);
    migrate(*a);
    migrate(*b);
    const auto stats = DemoGenerator(*a, settings(7)).run();
    DemoGenerator(*b, settings(7)).run();
    CHECK(fingerprint(*a) == fingerprint(*b));

    CHECK(stats.cases == 300);
    CHECK(a->queryInt64("SELECT count(*) FROM cases") == 300);
    CHECK(stats.sharedNoncustodialParents > 0);
    CHECK(a->queryInt64("SELECT count(*) FROM (SELECT ncp_id FROM cases WHERE ncp_id IS NOT NULL "
                        "GROUP BY ncp_id "
                        "HAVING count(*) > 1)")
        > 0);
    CHECK(a->queryInt64("SELECT max(n) FROM (SELECT count(*) AS n FROM participant WHERE role = "
                        "'child' GROUP BY case_id)")
        >= 3);
    for (const char* status : {"unknown", "alleged", "established", "excluded"})
        CHECK(a->queryInt64(
                  ("SELECT count(*) FROM parentage WHERE status = '" + std::string(status) + "'")
                      .c_str())
            > 0);
    for (const char* method : {"declaration", "genetic_test", "judgment", "presumption"})
        CHECK(a->queryInt64(
                  ("SELECT count(*) FROM parentage WHERE method = '" + std::string(method) + "'")
                      .c_str())
            > 0);
    CHECK(a->queryInt64("SELECT count(*) FROM demographics WHERE race_ethnicity = 'declined'") > 0);
    CHECK(
        a->queryInt64("SELECT count(*) FROM demographics WHERE gender_identity = 'not_asked'") > 0);
    CHECK(a->queryInt64("SELECT count(DISTINCT status) FROM assistance_period") == 4);
    CHECK(a->queryInt64("SELECT count(*) FROM order_version WHERE number > 1") > 0);
    CHECK(
        a->queryInt64("SELECT count(*) FROM task WHERE status = 'open' AND due_date < '2026-11-02'")
        > 0);
    CHECK(a->queryInt64("SELECT count(*) FROM task WHERE status = 'done' AND done_on > due_date")
        > 0);
    CHECK(a->queryInt64("SELECT count(*) FROM cases WHERE next_due < '9999-12-31'") > 0);
    CHECK(a->queryInt64(
              "SELECT count(*) FROM person WHERE family_name LIKE '%á%' OR family_name LIKE '%ễ%'")
        > 0);
    // The search index covers everyone, and finds the generated names.
    CHECK(SearchRepository(*a).indexedPeople() == a->queryInt64("SELECT count(*) FROM person"));
    CHECK_FALSE(SearchRepository(*a).peopleByName({"garcia"}, false, 5).empty());
    CHECK_FALSE(runSearch(*a, parseSearchText("Hernandes"), 10).hits.empty());
    CHECK(a->queryText("PRAGMA integrity_check") == "ok");
    CHECK(a->queryInt64("SELECT count(*) FROM pragma_foreign_key_check") == 0);

    auto c = Database::openUnencrypted(dir / "c.db", Database::Mode::Create);
    migrate(*c);
    DemoGenerator(*c, settings(8)).run();
    CHECK(fingerprint(*a) != fingerprint(*c));
}

TEST_CASE("caseledger demo through the service: accounts, one audit record, a searchable county",
    "[services][demo]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    DemoRequest r;
    r.cases = 120;
    r.seed = 3;
    r.caseworkers = 2;
    r.supervisors = 1;
    r.financialWorkers = 0;
    r.workerPassword = kUserPassword;
    const auto before = auditCount(ws);
    auto result = DemoService(ws).generate(t.admin(), r);
    REQUIRE(result.ok());
    CHECK(result->stats.cases == 120);
    CHECK(result->createdAccounts
        == std::vector<std::string> {"caseworker01", "caseworker02", "supervisor01"});
    // One record per created account (user.add) and one for the run.
    CHECK(auditCount(ws) == before + 4);
    CHECK(ws.audit().latest(1).front().action == "demo.generate");
    CHECK(ws.db().queryInt64(
              "SELECT count(DISTINCT assigned_worker) FROM cases WHERE assigned_worker IS NOT NULL")
        == 2);

    // Again: the accounts exist, the numbers continue.
    auto again = DemoService(ws).generate(t.admin(), r);
    REQUIRE(again.ok());
    CHECK(again->createdAccounts.empty());
    CHECK(ws.db().queryInt64("SELECT count(*) FROM cases") == 240);
    CHECK(ws.db().queryText("SELECT max(case_number) FROM cases") == "19-0000240");
}
