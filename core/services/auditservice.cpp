#include "core/services/auditservice.h"

#include "core/services/workspace.h"

namespace caseledger::core {

Result<AuditVerification> AuditService::verify(const Session& session,
                                               const std::function<bool(std::int64_t)>& progress)
{
    return m_ws.perform(session, Action::AuditVerify, [&](Operation& op) {
        auto result = verifyAuditLog(op.db(), m_ws.auditKey(), m_ws.databaseId(), progress);
        op.target("audit_log", "*");
        op.describe(result.ok ? "chain valid: " + std::to_string(result.checked) + " records, "
                                    + std::to_string(result.checkpoints) + " signed checkpoints"
                              : "chain broken at record " + std::to_string(*result.firstBadSeq) + ": " + result.fault);
        return result;
    });
}

Result<std::vector<AuditRecord>> AuditService::latest(const Session& session, int limit)
{
    return m_ws.perform(session, Action::AuditView, [&](Operation& op) {
        op.target("audit_log", "*");
        op.describe("read the latest " + std::to_string(limit) + " audit records");
        return m_ws.audit().latest(limit);
    });
}

} // namespace caseledger::core
