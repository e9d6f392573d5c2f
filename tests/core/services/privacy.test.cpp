// SECURITY S13 (SSNs masked everywhere) and S14 (protected whereabouts never shown without an
// override), on every casework service read, with canary values; S10 on the audit table.
#include "core/services/noteservice.h"
#include "core/services/searchservice.h"
#include "core/services/taskservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

void addText(std::string& out, const PersonProfile& p)
{
    out += p.displayName + "|" + p.ssnMasked + "|" + p.email + "|";
    for (const auto& a : p.addresses)
        out += a.line1 + "|" + a.line2 + "|" + a.city + "|" + a.zip + "|";
    for (const auto& ph : p.phones)
        out += ph.number + "|";
    for (const auto& e : p.employment)
        out += e.employerName + "|" + e.employerAddress + "|";
}

std::string textOf(const CaseFile& f)
{
    std::string out = f.record.number + "|";
    for (const auto& v : f.people)
        addText(out, v.person);
    for (const auto& n : f.notes)
        out += n.text + "|";
    for (const auto& h : f.history)
        out += h.description + "|";
    return out;
}

std::string textOf(const SearchResult& r)
{
    std::string out;
    for (const auto& h : r.hits)
        out += h.displayName + "|" + h.ssnMasked + "|" + h.custodialParty + "|"
            + h.noncustodialParent + "|";
    return out;
}

void requireNoCanary(const std::string& text)
{
    CHECK(text.find(kCanarySsn) == std::string::npos);
    CHECK(text.find(kCanarySsnDigits) == std::string::npos);
    CHECK(text.find("Canary Lane") == std::string::npos);
}

const PersonProfile& personIn(const CaseFile& f, const Uuid& id)
{
    for (const auto& v : f.people)
        if (v.person.id == id)
            return v.person;
    FAIL("person not in the case file");
    return f.people.front().person;
}

} // namespace

TEST_CASE("No read service shows a full SSN or a protected address (S13, S14)",
    "[services][privacy][S13][S14]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker, /*protectedCp=*/true);
    // A worker typed both canaries into a note.
    REQUIRE(NoteService(ws)
                .add(worker, f.record.number,
                    {NoteKind::Contact, {},
                        "CP (SSN 512-34-9876) moved to 1 Canary Lane, Pasadena.", f.cp.id, {}})
                .ok());
    // The child's own address is protected too (casework.md: "that person's and the child's").
    Address kid = canaryAddress();
    kid.line1 = "1 Canary Lane, rear unit";
    REQUIRE(PersonService(ws).addAddress(worker, f.child.id, kid).ok());

    for (const auto role : {Role::Caseworker, Role::Supervisor, Role::FinancialWorker}) {
        CAPTURE(roleName(role));
        const auto reader = t.sessionAs(role);
        auto person = PersonService(ws).view(reader, f.cp.id);
        REQUIRE(person.ok());
        CHECK(person->ssnMasked == "***-**-9876");
        CHECK(person->protectedPerson);
        CHECK(person->whereaboutsWithheld);
        CHECK(person->addresses.empty());
        std::string text;
        addText(text, *person);
        requireNoCanary(text);

        auto file = CaseService(ws).view(reader, f.record.number);
        REQUIRE(file.ok());
        CHECK(file->familyViolence);
        CHECK(personIn(*file, f.child.id).whereaboutsWithheld);
        CHECK_FALSE(personIn(*file, f.ncp.id).whereaboutsWithheld);
        requireNoCanary(textOf(*file));

        for (const char* query :
            {"Hernández", "Hernandes", "9876 1990-04-02", kCanarySsn, f.record.number.c_str()}) {
            auto found = SearchService(ws).search(reader, query);
            REQUIRE(found.ok());
            CHECK_FALSE(found->hits.empty());
            requireNoCanary(textOf(*found));
        }
        CaseListQuery all;
        auto list = CaseService(ws).list(reader, all);
        REQUIRE(list.ok());
        CHECK(list->rows.front().familyViolence);
    }
    requireNoCanary(auditText(ws));
}

TEST_CASE("Revealing an SSN needs the grant and a reason, and is audited without the SSN (S13)",
    "[services][privacy][S13]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker, true);
    PersonService people(ws);

    auto denied = people.revealSsn(worker, f.cp.id, "verify with SSA");
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(ws.audit().latest(1).front().outcome == "denied");

    const auto revealer = t.sessionAs(Role::Caseworker, static_cast<Grants>(Grant::RevealSsn));
    auto noReason = people.revealSsn(revealer, f.cp.id, "  ");
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == "reason");
    auto revealed
        = people.revealSsn(revealer, f.cp.id, "employer verification; caller gave 512-34-9876");
    REQUIRE(revealed.ok());
    CHECK(*revealed == kCanarySsnDigits);
    const auto record = ws.audit().latest(1).front();
    CHECK(record.action == "person.reveal_ssn");
    CHECK(record.description.find("employer verification") != std::string::npos);
    requireNoCanary(auditText(ws));
}

TEST_CASE(
    "Looking past a family violence protection needs the grant and a recorded authority (S14)",
    "[services][privacy][S14]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker, true);
    PersonService people(ws);

    auto denied = people.viewProtected(worker, f.cp.id, "Court order 26FL00417");
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    const auto trusted
        = t.sessionAs(Role::Supervisor, static_cast<Grants>(Grant::OverrideFamilyViolence));
    CHECK(people.viewProtected(trusted, f.cp.id, "").error().field == "authority");
    // The grant alone does not show the address: the ordinary view still withholds it.
    CHECK(people.view(trusted, f.cp.id)->whereaboutsWithheld);
    auto shown = people.viewProtected(trusted, f.cp.id, "Court order 26FL00417 of 2026-10-30");
    REQUIRE(shown.ok());
    REQUIRE(shown->addresses.size() == 1);
    CHECK(shown->addresses.front().line1 == kCanaryStreet);
    CHECK(ws.db().queryInt64("SELECT count(*) FROM disclosure_override") == 1);
    CHECK_THROWS(ws.db().exec("DELETE FROM disclosure_override"));
    CHECK(ws.audit().latest(1).front().action == "family_violence.override");
    // Not protected: nothing to override.
    CHECK(people.viewProtected(trusted, f.ncp.id, "Court order").error().field == "person");
    requireNoCanary(auditText(ws));
}

TEST_CASE("An ended indicator stops protecting after its last day", "[services][privacy][S14]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker, true);
    PersonService people(ws);
    const auto indicator = people.view(worker, f.cp.id)->familyViolence.front();
    REQUIRE(people.endFamilyViolence(worker, indicator.id, t.clock().today()).ok());
    CHECK(people.view(worker, f.cp.id)->whereaboutsWithheld); // protected through the end date
    t.clock().advance(std::chrono::days {1});
    CHECK_FALSE(people.view(worker, f.cp.id)->whereaboutsWithheld);
}
