// SECURITY S6 for the grants: a role that may use a service still needs the grant when the
// service asks for one (reveal SSN, family violence override), and the refusal is audited.
#include "tests/core/services/caseworkfixture.h"
#include "tests/support/auditprobes.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Reveal and override are refused without their grant even to allowed roles",
    "[services][permissions][S6]")
{
    TestWorkspace t;
    int checked = 0;
    for (const auto& [action, probe] : auditProbes()) {
        if (probe.requiredGrant == Grant::None)
            continue;
        for (const auto role : probe.allowedRoles) {
            CAPTURE(actionInfo(action).name, roleName(role));
            const auto session = t.sessionAs(role);
            const auto before = t.ws().audit().headSeq();
            auto result = probe.invoke(t, session);
            REQUIRE_FALSE(result);
            CHECK(result.error().code == ErrorCode::PermissionDenied);
            CHECK(t.ws().audit().headSeq() == before + 1);
            CHECK(t.ws().audit().latest(1).front().outcome == "denied");
            ++checked;
        }
    }
    CHECK(checked >= 5);
}

TEST_CASE(
    "Casework roles: auditors and administrators never read case data", "[services][permissions]")
{
    for (const auto action :
        {Action::CaseView, Action::PersonView, Action::Search, Action::CaseList}) {
        CHECK_FALSE(isAllowed(Role::Auditor, 0, action));
        CHECK_FALSE(isAllowed(Role::Administrator, 0, action));
        CHECK(isAllowed(Role::FinancialWorker, 0, action));
    }
    CHECK_FALSE(isAllowed(Role::FinancialWorker, 0, Action::CaseOpen));
    CHECK_FALSE(isAllowed(Role::Caseworker, 0, Action::CaseAssign));
    CHECK(isAllowed(Role::Supervisor, 0, Action::CaseAssign));
    CHECK_FALSE(isAllowed(Role::Caseworker, 0, Action::PersonRevealSsn));
    CHECK(isAllowed(
        Role::Caseworker, static_cast<Grants>(Grant::RevealSsn), Action::PersonRevealSsn));
    CHECK_FALSE(
        isAllowed(Role::Auditor, static_cast<Grants>(Grant::RevealSsn), Action::PersonRevealSsn));
}
