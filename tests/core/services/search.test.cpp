#include "core/services/searchservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::vector<std::string> names(const SearchResult& r)
{
    std::vector<std::string> out;
    for (const auto& h : r.hits)
        out.push_back(h.displayName);
    return out;
}

bool has(const SearchResult& r, const std::string& name)
{
    const auto all = names(r);
    return std::find(all.begin(), all.end(), name) != all.end();
}

} // namespace

TEST_CASE("Search finds people by name: case- and accent-insensitive, prefix, sound-alike",
    "[services][search]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    addPerson(ws, worker, "María José", "Hernández López", Date::fromYmd(1990, 4, 2));
    addPerson(ws, worker, "Nguyễn Thị", "Hương", Date::fromYmd(1985, 1, 1));
    addPerson(ws, worker, "Lusine", "Petrosyan", Date::fromYmd(1979, 6, 30));
    addPerson(ws, worker, "Ana", "Fernández", Date::fromYmd(1992, 8, 8));
    SearchService search(ws);
    const auto find = [&](const char* q) {
        auto r = search.search(worker, q);
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(has(find("hernandez"), "María José Hernández López"));
    CHECK(has(find("HERNÁNDEZ maria"), "María José Hernández López"));
    CHECK(has(find("hern"), "María José Hernández López"));
    // Every word is a prefix, the one being typed (the last) and those before it.
    CHECK(has(find("maria hern"), "María José Hernández López"));
    CHECK(has(find("mar hernandez"), "María José Hernández López"));
    CHECK(has(find("mari jos hernandez"), "María José Hernández López"));
    CHECK(has(find("María José Hernández López"), "María José Hernández López"));
    CHECK(has(find("Lopez"), "María José Hernández López")); // either surname
    const auto misspelt = find("Hernandes");
    REQUIRE(has(misspelt, "María José Hernández López"));
    CHECK(misspelt.hits.front().matchedBy == SearchMatch::SoundAlike);
    CHECK_FALSE(has(misspelt, "Ana Fernández")); // a different name
    CHECK(has(find("Ernandez Maria"), "María José Hernández López"));
    CHECK(has(find("nguyen huong"), "Nguyễn Thị Hương"));
    CHECK(has(find("Nguen"), "Nguyễn Thị Hương"));
    CHECK(has(find("Petrosian"), "Lusine Petrosyan"));
    CHECK(has(find("M Hernandez"), "María José Hernández López")); // an initial
    CHECK_FALSE(has(find("A Hernandez"), "María José Hernández López"));
    CHECK(find("Zzyzx").hits.empty());
}

TEST_CASE(
    "Search by case number, SSN last four with birth date, SSN and phone", "[services][search]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker, true);
    REQUIRE(PersonService(ws).addPhone(worker, f.ncp.id, PhoneKind::Mobile, "(626) 555-0143").ok());
    SearchService search(ws);
    auto byNumber = search.search(worker, f.record.number);
    REQUIRE(byNumber->hits.size() == 1);
    CHECK(byNumber->hits[0].kind == SearchHit::Kind::Case);
    CHECK(byNumber->hits[0].custodialParty == "María Hernández");
    CHECK(byNumber->hits[0].noncustodialParent == "José Ramírez");
    CHECK(search.search(worker, "190000001")->hits.size() == 1);
    CHECK(search.search(worker, "19-00000")->hits.size() == 1); // a prefix

    auto byFour = search.search(worker, "9876 04/02/1990");
    REQUIRE(byFour->hits.size() == 1);
    CHECK(byFour->hits[0].ssnMasked == "***-**-9876");
    CHECK(byFour->hits[0].cases.size() == 1);
    CHECK(search.search(worker, "9876 1990-04-03")->hits.empty());
    CHECK(search.search(worker, kCanarySsn)->hits.size() == 1);
    CHECK(search.search(worker, "626-555-0143")->hits.front().displayName == "José Ramírez");
    CHECK(search.search(worker, "555-0143")->hits.size() == 1);

    // The audit names the kind of search, never what was searched for (S10).
    const auto record = ws.audit().latest(1).front();
    CHECK(record.action == "search");
    CHECK(record.description.find("0143") == std::string::npos);
}

TEST_CASE("Renaming a person and adding an alias keep the index current", "[services][search]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto p = addPerson(ws, worker, "Grace", "Santos", Date::fromYmd(1988, 3, 3));
    PersonService people(ws);
    PersonEdit edit;
    edit.name = {"Grace", "", "dela Cruz", ""};
    edit.dateOfBirth = p.dateOfBirth;
    REQUIRE(people.update(worker, p.id, edit).ok());
    SearchService search(ws);
    CHECK(search.search(worker, "Santos")->hits.empty());
    CHECK(search.search(worker, "dela cruz")->hits.size() == 1);
    CHECK(search.search(worker, "delacruz")->hits.size() == 1);
    REQUIRE(people.addOtherName(worker, p.id, NameKind::Former, {"Grace", "", "Santos", ""}).ok());
    CHECK(search.search(worker, "Santos")->hits.size() == 1);
}
