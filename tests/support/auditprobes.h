#pragma once

#include "core/access/permissions.h"
#include "core/access/session.h"
#include "core/base/error.h"

#include <functional>
#include <map>
#include <set>

namespace caseledger::test {

class TestWorkspace;

// One call of one service, for the tables of SECURITY S6 (every service x every role) and
// S9 (every service writes exactly one audit record). Each test file that adds services
// registers a probe for each of its actions with CASELEDGER_AUDIT_PROBE; the registry test
// fails for any action without one.
struct AuditProbe
{
    std::set<core::Role> allowedRoles;          // the roles the permission table must allow
    core::Grant requiredGrant = core::Grant::None;
    std::function<void(TestWorkspace&)> setup;  // optional: prepares what the call needs
    std::function<core::Status(TestWorkspace&, const core::Session&)> invoke;
};

bool registerAuditProbe(core::Action action, AuditProbe probe);
const std::map<core::Action, AuditProbe>& auditProbes();

// Adapts any Result<T> to a Status for a probe.
template<class T>
core::Status asStatus(const core::Result<T>& r)
{
    if (r)
        return core::Done{};
    return r.error();
}

#define CASELEDGER_PROBE_CONCAT2(a, b) a##b
#define CASELEDGER_PROBE_CONCAT(a, b) CASELEDGER_PROBE_CONCAT2(a, b)
#define CASELEDGER_AUDIT_PROBE(action, ...)                                                                            \
    static const bool CASELEDGER_PROBE_CONCAT(caseledgerAuditProbe, __LINE__)                                          \
        = ::caseledger::test::registerAuditProbe(action, __VA_ARGS__)

} // namespace caseledger::test
