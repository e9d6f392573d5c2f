#pragma once

#include "core/access/session.h"
#include "core/access/user.h"
#include "core/base/error.h"

#include <string>
#include <vector>

namespace caseledger::core {

class Workspace;

struct NewUserRequest
{
    std::string name;
    std::string displayName;
    Role role = Role::Caseworker;
    Grants grants = 0;
    std::string password; // a first password; the user must change it at first sign-in
};

// User administration (SECURITY S2, S5, S6, S7): the first real users of the services door.
class UserService
{
public:
    explicit UserService(Workspace& workspace)
        : m_ws(workspace)
    {
    }
    Result<std::vector<User>> list(const Session& session);
    Result<User> add(const Session& session, const NewUserRequest& request);
    // An administrator sets a temporary password; the user must change it at next sign-in.
    Status resetPassword(const Session& session, std::string_view name, std::string_view newPassword);
    // Rewraps only this user's key slot; the database is untouched (S2).
    Status changeOwnPassword(Session& session, std::string_view oldPassword, std::string_view newPassword);
    // Disables the account and revokes its key slot (S5).
    Status disable(const Session& session, std::string_view name);
    Status enable(const Session& session, std::string_view name, std::string_view newPassword);
    Status setRole(const Session& session, std::string_view name, Role role, Grants grants);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
