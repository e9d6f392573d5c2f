// The calculator behind the services door: permission-checked and audited, like any action.
#include "core/services/guidelineservice.h"

#include "core/services/auditservice.h"
#include "tests/core/guideline/guidelinetesthelpers.h"
#include "tests/support/auditprobes.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using caseledger::test::guidelineRequest;
using caseledger::test::TestWorkspace;

TEST_CASE(
    "GuidelineService calculates for the roles that may, and audits it", "[guideline][services]")
{
    TestWorkspace tw;
    GuidelineService service(tw.ws());
    const auto request = guidelineRequest("2025-06-01", 600000, 200000, 20);
    for (const Role role :
        {Role::Caseworker, Role::Supervisor, Role::FinancialWorker, Role::Administrator}) {
        CAPTURE(roleName(role));
        auto result = service.calculate(tw.sessionAs(role), request);
        REQUIRE(result.ok());
        CHECK(result->monthlySupport.cents() == 132000);
    }
    const auto denied = service.calculate(tw.sessionAs(Role::Auditor), request);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    auto records = AuditService(tw.ws()).latest(tw.admin(), 10);
    REQUIRE(records.ok());
    bool audited = false;
    for (const auto& r : *records)
        audited = audited
            || (r.action == "guideline.calculate" && r.outcome == "ok"
                && r.description.find("600000") == std::string::npos
                && r.description.find("6,000") == std::string::npos);
    CHECK(audited);
}

TEST_CASE("GuidelineService refuses a bad request with the field named", "[guideline][services]")
{
    TestWorkspace tw;
    auto request = guidelineRequest("2025-06-01", 600000, 200000, 20);
    request.parents[1].timesharePercent = Rational(70);
    const auto refused
        = GuidelineService(tw.ws()).calculate(tw.sessionAs(Role::Caseworker), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().field == "parents[1].timeshare_percent");
}

CASELEDGER_AUDIT_PROBE(Action::GuidelineCalculate,
    caseledger::test::AuditProbe {
        {Role::Caseworker, Role::Supervisor, Role::FinancialWorker, Role::Administrator},
        Grant::None, {}, [](TestWorkspace& t, const Session& s) {
            return caseledger::test::asStatus(GuidelineService(t.ws()).calculate(
                s, guidelineRequest("2025-06-01", 600000, 200000, 20)));
        }});
