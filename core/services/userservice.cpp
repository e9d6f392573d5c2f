#include "core/services/userservice.h"

#include "core/access/passwordpolicy.h"
#include "core/access/userrepository.h"
#include "core/base/text.h"
#include "core/services/workspace.h"
#include "core/store/atomicfile.h"

namespace caseledger::core {

namespace {

void checkPassword(std::string_view password, const User& user)
{
    if (auto why = PasswordPolicy::check(password, {user.name, user.displayName}))
        failValidation("password", *why);
}

User requireUser(Operation& op, std::string_view rawName)
{
    const std::string name = normalizeUserName(rawName);
    auto user = UserRepository(op.db()).findByName(name);
    if (!user)
        throw Failure(ErrorCode::NotFound, "there is no user named " + name, "name");
    op.target("user", user->name);
    return *user;
}

// Saves the key file now and puts the old one back if the transaction does not commit.
void saveKeyring(Operation& op, const std::string& before)
{
    auto& ws = op.workspace();
    const auto path = ws.keyringPath();
    ws.keyring().save(path);
    op.onRollback([&ws, path, before] {
        writeFileAtomically(path, before);
        ws.keyring() = Keyring::parse(before);
    });
}

std::string grantsText(Grants grants)
{
    std::string out;
    for (auto g : kAllGrants)
        if (hasGrant(grants, g))
            out += (out.empty() ? "" : ",") + std::string(grantName(g));
    return out.empty() ? "none" : out;
}

void requireAnotherAdministrator(Operation& op, const User& user)
{
    if (user.role == Role::Administrator && !user.disabled
        && UserRepository(op.db()).countActiveAdministrators() <= 1)
        throw Failure(ErrorCode::Validation, "the last administrator cannot be disabled or demoted", "name");
}

} // namespace

Result<std::vector<User>> UserService::list(const Session& session)
{
    return m_ws.perform(session, Action::UserList, [&](Operation& op) {
        auto users = UserRepository(op.db()).all();
        for (auto& u : users)
            u.hasKeySlot = m_ws.keyring().hasUser(u.name);
        op.target("user", "*");
        op.describe("listed " + std::to_string(users.size()) + " user accounts");
        return users;
    });
}

Result<User> UserService::add(const Session& session, const NewUserRequest& request)
{
    return m_ws.perform(session, Action::UserAdd, [&](Operation& op) {
        User user;
        user.name = normalizeUserName(request.name);
        op.target("user", user.name);
        user.displayName = text::nfc(text::trim(request.displayName), "display name");
        if (user.displayName.empty())
            failValidation("display name", "a display name is required");
        if (text::codePointCount(user.displayName) > 100 || text::hasControlCharacters(user.displayName))
            failValidation("display name", "a display name has at most 100 characters and no control characters");
        UserRepository users(op.db());
        if (users.findByName(user.name))
            failValidation("name", "a user named " + user.name + " already exists");
        user.id = Uuid::v7(m_ws.clock());
        user.role = request.role;
        user.grants = request.grants;
        user.mustChangePassword = true;
        user.createdAt = formatUtc(op.now());
        user.hlc = op.hlc();
        checkPassword(request.password, user);
        users.insert(user, m_ws.device().id);
        op.recordChange("user", user.id, {},
                        {{"name", user.name}, {"display_name", user.displayName}, {"role", roleName(user.role)},
                         {"grants", user.grants}});
        const std::string before = m_ws.keyring().serialize();
        m_ws.keyring().setUserSlot(user.name, request.password, m_ws.dataKey());
        saveKeyring(op, before);
        user.hasKeySlot = true;
        op.describe("created " + std::string(roleName(user.role)) + " account, grants " + grantsText(user.grants));
        return user;
    });
}

Status UserService::resetPassword(const Session& session, std::string_view name, std::string_view newPassword)
{
    return m_ws.perform(session, Action::UserResetPassword, [&](Operation& op) {
        User user = requireUser(op, name);
        if (user.disabled)
            failValidation("name", "this account is disabled; enable it with a new password instead");
        checkPassword(newPassword, user);
        const Hlc base = user.hlc;
        user.mustChangePassword = true;
        user.hlc = op.hlc();
        UserRepository(op.db()).update(user, m_ws.device().id);
        op.recordChange("user", user.id, base, {{"must_change_password", true}});
        const std::string before = m_ws.keyring().serialize();
        m_ws.keyring().setUserSlot(user.name, newPassword, m_ws.dataKey());
        saveKeyring(op, before);
        op.describe("temporary password set; change required at next sign-in");
        return Done{};
    });
}

Status UserService::changeOwnPassword(Session& session, std::string_view oldPassword, std::string_view newPassword)
{
    auto result = m_ws.perform(session, Action::UserChangeOwnPassword, [&](Operation& op) {
        User user = requireUser(op, session.userName);
        if (!m_ws.keyring().unlockUser(user.name, oldPassword))
            throw Failure(ErrorCode::WrongPassword, "the current password is not right", "current password");
        if (oldPassword == newPassword)
            failValidation("new password", "the new password must differ from the current one");
        checkPassword(newPassword, user);
        const Hlc base = user.hlc;
        user.mustChangePassword = false;
        user.hlc = op.hlc();
        UserRepository(op.db()).update(user, m_ws.device().id);
        op.recordChange("user", user.id, base, {{"must_change_password", false}});
        const std::string before = m_ws.keyring().serialize();
        m_ws.keyring().setUserSlot(user.name, newPassword, m_ws.dataKey());
        saveKeyring(op, before);
        op.describe("password changed; key slot rewrapped");
        return Done{};
    });
    if (result)
        session.mustChangePassword = false;
    return result;
}

Status UserService::disable(const Session& session, std::string_view name)
{
    return m_ws.perform(session, Action::UserDisable, [&](Operation& op) {
        User user = requireUser(op, name);
        if (user.id == session.userId)
            failValidation("name", "you cannot disable your own account");
        if (user.disabled)
            failValidation("name", "this account is already disabled");
        requireAnotherAdministrator(op, user);
        const Hlc base = user.hlc;
        user.disabled = true;
        user.hlc = op.hlc();
        UserRepository(op.db()).update(user, m_ws.device().id);
        op.recordChange("user", user.id, base, {{"disabled", true}});
        const std::string before = m_ws.keyring().serialize();
        m_ws.keyring().removeUserSlot(user.name);
        saveKeyring(op, before);
        op.describe("account disabled and key slot revoked");
        return Done{};
    });
}

Status UserService::enable(const Session& session, std::string_view name, std::string_view newPassword)
{
    return m_ws.perform(session, Action::UserEnable, [&](Operation& op) {
        User user = requireUser(op, name);
        if (!user.disabled && m_ws.keyring().hasUser(user.name))
            failValidation("name", "this account is already enabled");
        checkPassword(newPassword, user);
        const Hlc base = user.hlc;
        user.disabled = false;
        user.mustChangePassword = true;
        user.hlc = op.hlc();
        UserRepository(op.db()).update(user, m_ws.device().id);
        op.recordChange("user", user.id, base, {{"disabled", false}, {"must_change_password", true}});
        const std::string before = m_ws.keyring().serialize();
        m_ws.keyring().setUserSlot(user.name, newPassword, m_ws.dataKey());
        saveKeyring(op, before);
        op.describe("account enabled with a temporary password");
        return Done{};
    });
}

Status UserService::setRole(const Session& session, std::string_view name, Role role, Grants grants)
{
    return m_ws.perform(session, Action::UserSetRole, [&](Operation& op) {
        User user = requireUser(op, name);
        if (role != Role::Administrator)
            requireAnotherAdministrator(op, user);
        const Hlc base = user.hlc;
        const std::string was = std::string(roleName(user.role)) + " (" + grantsText(user.grants) + ")";
        user.role = role;
        user.grants = grants;
        user.hlc = op.hlc();
        UserRepository(op.db()).update(user, m_ws.device().id);
        op.recordChange("user", user.id, base, {{"role", roleName(role)}, {"grants", grants}});
        op.describe("role " + was + " -> " + std::string(roleName(role)) + " (" + grantsText(grants) + ")");
        return Done{};
    });
}

} // namespace caseledger::core
