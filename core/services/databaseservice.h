#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/store/keyring.h"

#include <string>
#include <vector>

namespace caseledger::core {

class Workspace;

struct RekeyResult
{
    std::string recoveryCode;               // the new agency recovery code, shown once
    std::vector<std::string> revokedSlots;  // users who need a new password from an administrator
};

struct SecurityPolicy
{
    LockoutPolicy lockout;
    int idleLockMinutes = 15; // S8: an administrator may lower it; nobody may raise it above 15
};

// Administration of the database itself (SECURITY S5, S7, S8).
class DatabaseService
{
public:
    explicit DatabaseService(Workspace& workspace)
        : m_ws(workspace)
    {
    }
    // Rotates the data key with PRAGMA rekey. Only the acting administrator's slot (whose
    // password proves who asks) and a new recovery slot are rewrapped: other users' slots are
    // revoked, because their passwords are not known here -- an administrator gives each a
    // temporary password. After a suspected key compromise that is what one wants anyway.
    Result<RekeyResult> rekey(const Session& session, std::string_view adminPassword);

    Result<SecurityPolicy> policy(const Session& session);
    Status setPolicy(const Session& session, const SecurityPolicy& policy);
    // Read without a service call: the GUI needs it to run the idle timer.
    int idleLockMinutes();

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
