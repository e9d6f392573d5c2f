#pragma once

#include "core/services/caseservice.h"
#include "core/services/personservice.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <string>

namespace caseledger::test {

// Canaries (SECURITY S13, S14): a valid SSN and a protected address that must never appear in
// an output or in the audit table.
inline constexpr const char* kCanarySsn = "512-34-9876";
inline constexpr const char* kCanarySsnDigits = "512349876";
inline constexpr const char* kCanaryStreet = "1 Canary Lane";

// A family on a case: a custodial party (protected when asked), a noncustodial parent, a child.
struct Family
{
    core::PersonProfile cp;
    core::PersonProfile ncp;
    core::PersonProfile child;
    core::Case record;
};

inline core::PersonProfile addPerson(core::Workspace& ws, const core::Session& s,
    const std::string& given, const std::string& family, core::Date dob,
    const std::string& ssn = {})
{
    core::NewPersonRequest r;
    r.name = {given, "", family, ""};
    r.dateOfBirth = dob;
    r.ssn = ssn;
    auto added = core::PersonService(ws).add(s, r);
    REQUIRE(added.ok());
    return *added;
}

inline core::Address canaryAddress()
{
    core::Address a;
    a.line1 = kCanaryStreet;
    a.city = "Pasadena";
    a.state = "CA";
    a.zip = "91101";
    return a;
}

// Opens a case for a new family. With `protectedCp`, the custodial party lives at the canary
// address, has the canary SSN and carries a family violence indicator.
inline Family openFamily(TestWorkspace& t, const core::Session& worker, bool protectedCp = false,
    const std::string& cpFamily = "Hernández")
{
    auto& ws = t.ws();
    Family f;
    f.cp = addPerson(ws, worker, "María", cpFamily, core::Date::fromYmd(1990, 4, 2),
        protectedCp ? kCanarySsn : "");
    f.ncp = addPerson(ws, worker, "José", "Ramírez", core::Date::fromYmd(1988, 7, 9));
    f.child = addPerson(ws, worker, "Sofía", "Ramírez", core::Date::fromYmd(2019, 1, 15));
    core::PersonService people(ws);
    if (protectedCp) {
        REQUIRE(people.addAddress(worker, f.cp.id, canaryAddress()).ok());
        REQUIRE(people
                    .recordFamilyViolence(worker, f.cp.id,
                        core::FamilyViolenceKind::ProtectiveOrder, t.clock().today().addDays(-30))
                    .ok());
    }
    core::OpenCaseRequest r;
    r.applicationDate = t.clock().today().addDays(-5);
    r.participants = {{f.cp.id, core::ParticipantRole::CustodialParty, false, {}},
        {f.ncp.id, core::ParticipantRole::NoncustodialParent, false, {}},
        {f.child.id, core::ParticipantRole::Child, false, {}}};
    auto opened = core::CaseService(ws).open(worker, r);
    REQUIRE(opened.ok());
    f.record = *opened;
    return f;
}

inline std::int64_t auditCount(core::Workspace& ws)
{
    return ws.db().queryInt64("SELECT count(*) FROM audit_log");
}

// Every audit row as one text, for canary searches.
inline std::string auditText(core::Workspace& ws)
{
    auto s = ws.db().prepare(
        "SELECT user_name || '|' || action || '|' || object_type || '|' || object_id || '|' || "
        "description FROM audit_log ORDER BY seq");
    std::string all;
    while (s.step())
        all += s.text(0) + "\n";
    return all;
}

} // namespace caseledger::test
