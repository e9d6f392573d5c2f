#include "core/services/operation.h"

#include "core/services/workspace.h"

namespace caseledger::core {

Operation::Operation(Workspace& workspace, const Session& session, Action action)
    : m_workspace(workspace)
    , m_session(session)
    , m_action(action)
    , m_now(workspace.clock().now())
    , m_hlc(workspace.hlc().tick())
{ }

Database& Operation::db()
{
    return m_workspace.db();
}

void Operation::target(std::string objectType, std::string objectId)
{
    m_objectType = std::move(objectType);
    m_objectId = std::move(objectId);
}

void Operation::recordChange(
    std::string entity, const Uuid& rowId, Hlc baseHlc, nlohmann::json fields)
{
    if (m_local)
        return;
    ChangeOp op;
    op.opId = Uuid::v7(m_workspace.clock());
    op.hlc = m_hlc;
    op.device = m_workspace.device().id;
    op.author = m_session.userId;
    op.entity = std::move(entity);
    op.rowId = rowId;
    op.baseHlc = baseHlc;
    op.fields = std::move(fields);
    m_workspace.changes().append(op);
}

AuditEntry Operation::auditEntry(AuditOutcome outcome, const std::string& why) const
{
    AuditEntry e;
    e.at = m_now;
    e.hlc = m_hlc;
    e.userName = m_session.userName;
    e.action = std::string(actionInfo(m_action).name);
    e.outcome = outcome;
    e.objectType = m_objectType;
    e.objectId = m_objectId;
    e.description = why.empty() ? m_description
                                : (m_description.empty() ? why : m_description + " -- " + why);
    return e;
}

void Operation::rollback()
{
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it) {
        try {
            (*it)();
        } catch (...) {
            // Undo is best effort; the error the caller sees is the original one.
        }
    }
    m_undo.clear();
}

} // namespace caseledger::core
