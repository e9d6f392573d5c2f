#pragma once

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/audit/auditverifier.h"
#include "core/base/error.h"

#include <functional>
#include <vector>

namespace caseledger::core {

class Workspace;

class AuditService
{
public:
    explicit AuditService(Workspace& workspace)
        : m_ws(workspace)
    {
    }
    // Checks the whole chain and its signed checkpoints; the check itself is audited.
    Result<AuditVerification> verify(const Session& session, const std::function<bool(std::int64_t)>& progress = {});
    Result<std::vector<AuditRecord>> latest(const Session& session, int limit);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
