#pragma once

#include "core/access/permissions.h"
#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/base/clock.h"
#include "core/base/hlc.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;
class Workspace;

// What a service's work sees inside the door (DESIGN §2): the database in one open
// transaction, who is acting, one timestamp and HLC for the whole action, and the means to
// record the change-log entries and the audit record's object and description.
class Operation
{
public:
    Operation(Workspace& workspace, const Session& session, Action action);

    Workspace& workspace() { return m_workspace; }
    Database& db();
    const Session& session() const { return m_session; }
    Action action() const { return m_action; }
    Clock::TimePoint now() const { return m_now; }
    Hlc hlc() const { return m_hlc; }

    // The audit record's object and description (never an SSN, FTI or protected address).
    void target(std::string objectType, std::string objectId);
    void describe(std::string description) { m_description = std::move(description); }

    // A change-log entry for sync (DESIGN §6); none after keepLocal().
    void recordChange(std::string entity, const Uuid& rowId, Hlc baseHlc, nlohmann::json fields);

    // The rows this operation writes are local demonstration data that sync never offers (as
    // DemoGenerator's caseload): no change-log entries.
    void keepLocal() { m_local = true; }

    // Work outside the database (the key file) that must be undone if the transaction is not
    // committed.
    void onRollback(std::function<void()> undo) { m_undo.push_back(std::move(undo)); }

    AuditEntry auditEntry(AuditOutcome outcome, const std::string& why = {}) const;

private:
    friend class Workspace;
    void rollback();

    Workspace& m_workspace;
    const Session& m_session;
    Action m_action;
    Clock::TimePoint m_now;
    Hlc m_hlc;
    std::string m_objectType;
    std::string m_objectId;
    std::string m_description;
    std::vector<std::function<void()>> m_undo;
    bool m_local = false;
};

} // namespace caseledger::core
