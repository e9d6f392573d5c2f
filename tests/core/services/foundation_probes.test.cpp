// Probes for the foundation's services (see tests/support/auditprobes.h).
#include "core/services/auditservice.h"
#include "core/services/databaseservice.h"
#include "core/services/userservice.h"
#include "tests/support/auditprobes.h"
#include "tests/support/testworkspace.h"

using namespace caseledger;
using namespace caseledger::core;
using test::AuditProbe;
using test::asStatus;

namespace {
const std::set<Role> kAdminOnly{Role::Administrator};
const std::set<Role> kEveryone{Role::Caseworker, Role::Supervisor, Role::FinancialWorker, Role::Auditor,
                               Role::Administrator};

void addTarget(test::TestWorkspace& t)
{
    t.addUser("target", Role::Caseworker);
}
} // namespace

CASELEDGER_AUDIT_PROBE(Action::UserList,
                       AuditProbe{{Role::Administrator, Role::Supervisor, Role::Auditor}, Grant::None, {},
                                  [](test::TestWorkspace& t, const Session& s) { return asStatus(UserService(t.ws()).list(s)); }});
CASELEDGER_AUDIT_PROBE(Action::UserAdd, AuditProbe{kAdminOnly, Grant::None, {}, [](test::TestWorkspace& t, const Session& s) {
                                                       return asStatus(UserService(t.ws()).add(
                                                           s, {"newbie", "New Person", Role::Caseworker, 0, test::kUserPassword}));
                                                   }});
CASELEDGER_AUDIT_PROBE(Action::UserResetPassword,
                       AuditProbe{kAdminOnly, Grant::None, addTarget, [](test::TestWorkspace& t, const Session& s) {
                                      return UserService(t.ws()).resetPassword(s, "target", "fresh temporary 2026");
                                  }});
CASELEDGER_AUDIT_PROBE(Action::UserChangeOwnPassword,
                       AuditProbe{kEveryone, Grant::None, {}, [](test::TestWorkspace& t, const Session& s) {
                                      Session self = s;
                                      const std::string current = s.userName == "admin" ? test::kAdminPassword : test::kUserPassword;
                                      return UserService(t.ws()).changeOwnPassword(self, current, "another fine phrase 9");
                                  }});
CASELEDGER_AUDIT_PROBE(Action::UserDisable, AuditProbe{kAdminOnly, Grant::None, addTarget, [](test::TestWorkspace& t, const Session& s) {
                                                           return UserService(t.ws()).disable(s, "target");
                                                       }});
CASELEDGER_AUDIT_PROBE(Action::UserEnable,
                       AuditProbe{kAdminOnly, Grant::None,
                                  [](test::TestWorkspace& t) {
                                      addTarget(t);
                                      (void)UserService(t.ws()).disable(t.admin(), "target");
                                  },
                                  [](test::TestWorkspace& t, const Session& s) {
                                      return UserService(t.ws()).enable(s, "target", "fresh temporary 2026");
                                  }});
CASELEDGER_AUDIT_PROBE(Action::UserSetRole, AuditProbe{kAdminOnly, Grant::None, addTarget, [](test::TestWorkspace& t, const Session& s) {
                                                           return UserService(t.ws()).setRole(s, "target", Role::Supervisor, 0);
                                                       }});
CASELEDGER_AUDIT_PROBE(Action::DatabaseRekey, AuditProbe{kAdminOnly, Grant::None, {}, [](test::TestWorkspace& t, const Session& s) {
                                                             return asStatus(DatabaseService(t.ws()).rekey(s, test::kAdminPassword));
                                                         }});
CASELEDGER_AUDIT_PROBE(Action::DatabaseSetPolicy,
                       AuditProbe{kAdminOnly, Grant::None, {}, [](test::TestWorkspace& t, const Session& s) {
                                      return DatabaseService(t.ws()).setPolicy(s, SecurityPolicy{{5, 15}, 10});
                                  }});
CASELEDGER_AUDIT_PROBE(Action::AuditVerify,
                       AuditProbe{{Role::Administrator, Role::Auditor, Role::Supervisor}, Grant::None, {},
                                  [](test::TestWorkspace& t, const Session& s) { return asStatus(AuditService(t.ws()).verify(s)); }});
CASELEDGER_AUDIT_PROBE(Action::AuditView,
                       AuditProbe{{Role::Administrator, Role::Auditor}, Grant::None, {},
                                  [](test::TestWorkspace& t, const Session& s) { return asStatus(AuditService(t.ws()).latest(s, 10)); }});
