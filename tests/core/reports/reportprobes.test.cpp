// Audit probes for the report services (tests/support/auditprobes.h): door.test.cpp runs each
// against every role (S6) and checks that an allowed call writes exactly one audit record (S9).
#include "core/reports/drillkey.h"
#include "core/services/reportservice.h"
#include "tests/support/auditprobes.h"
#include "tests/support/testworkspace.h"

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

const std::set<Role> kReportRoles {Role::Caseworker, Role::Supervisor, Role::Administrator};

std::string caseloadKey(TestWorkspace& t)
{
    const auto today = t.clock().today().toIso();
    return DrillKey {"caseload", {}}
        .with("phase", "locate")
        .with("status", "open")
        .with("worker", "all")
        .with("from", today)
        .with("to", today)
        .with("today", today)
        .str();
}

} // namespace

CASELEDGER_AUDIT_PROBE(
    Action::ReportRun, {kReportRoles, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
                            return asStatus(ReportService(t.ws()).run(s, "caseload", {}));
                        }});
CASELEDGER_AUDIT_PROBE(Action::ReportExport,
    {kReportRoles, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
         return asStatus(ReportService(t.ws()).runForExport(s, "caseload", {}, "csv"));
     }});
CASELEDGER_AUDIT_PROBE(Action::ReportDrill,
    {{Role::Caseworker, Role::Supervisor}, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
         return asStatus(ReportService(t.ws()).drill(s, "caseload", {}, caseloadKey(t)));
     }});
