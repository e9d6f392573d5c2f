#include "tests/support/auditprobes.h"

#include <stdexcept>

namespace caseledger::test {

namespace {
std::map<core::Action, AuditProbe>& registry()
{
    static std::map<core::Action, AuditProbe> probes;
    return probes;
}
} // namespace

bool registerAuditProbe(core::Action action, AuditProbe probe)
{
    if (!registry().emplace(action, std::move(probe)).second)
        throw std::logic_error("two audit probes for the same action");
    return true;
}

const std::map<core::Action, AuditProbe>& auditProbes()
{
    return registry();
}

} // namespace caseledger::test
