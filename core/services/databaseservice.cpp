#include "core/services/databaseservice.h"

#include "core/access/userrepository.h"
#include "core/services/workspace.h"
#include "core/store/atomicfile.h"
#include "core/store/metarepository.h"

#include <algorithm>

namespace caseledger::core {

namespace {
constexpr const char* kIdleLockKey = "session.idle_lock_minutes";
constexpr int kMaximumIdleMinutes = 15;
} // namespace

Result<RekeyResult> DatabaseService::rekey(const Session& session, std::string_view adminPassword)
{
    if (!session.may(Action::DatabaseRekey))
        return m_ws.perform(session, Action::DatabaseRekey, [](Operation&) { return RekeyResult{}; });
    if (!m_ws.keyring().unlockUser(session.userName, adminPassword))
        return m_ws.perform(session, Action::DatabaseRekey, [](Operation&) -> RekeyResult {
            throw Failure(ErrorCode::WrongPassword, "your password is not right", "password");
        });

    // PRAGMA rekey runs its own transaction, so it happens before the audited one; if the
    // audited step fails the old key and key file are put back (S12).
    const auto keyPath = m_ws.keyringPath();
    auto pendingPath = keyPath;
    pendingPath += ".new";
    SecureBytes newKey = crypto::randomKey();
    Keyring fresh = Keyring::create(m_ws.databaseId());
    fresh.setLockoutPolicy(m_ws.keyring().lockoutPolicy());
    fresh.setUserSlot(session.userName, adminPassword, newKey);
    RekeyResult result;
    result.recoveryCode = Keyring::generateRecoveryCode();
    fresh.setRecoverySlot(result.recoveryCode, newKey);
    for (const auto& name : m_ws.keyring().users())
        if (name != session.userName)
            result.revokedSlots.push_back(name);

    const std::string before = m_ws.keyring().serialize();
    try {
        // A crash between the rekey and the rename leaves the new key file beside the old;
        // Workspace::unlock tries it when the old one no longer opens the database.
        fresh.save(pendingPath);
        m_ws.db().rekey(newKey);
        std::filesystem::rename(pendingPath, keyPath);
    } catch (const std::exception& e) {
        std::error_code ec;
        if (std::filesystem::exists(pendingPath, ec)) {
            try {
                m_ws.db().rekey(m_ws.dataKey());
            } catch (...) {
            }
            std::filesystem::remove(pendingPath, ec);
        }
        return m_ws.perform(session, Action::DatabaseRekey, [&](Operation&) -> RekeyResult {
            throw Failure(ErrorCode::Io, std::string("the key could not be rotated: ") + e.what());
        });
    }

    auto audited = m_ws.perform(session, Action::DatabaseRekey, [&](Operation& op) {
        UserRepository users(op.db());
        for (const auto& name : result.revokedSlots) {
            if (auto u = users.findByName(name)) {
                const Hlc base = u->hlc;
                u->mustChangePassword = true;
                u->hlc = op.hlc();
                users.update(*u, m_ws.device().id);
                op.recordChange("user", u->id, base, {{"must_change_password", true}});
            }
        }
        op.target("database", m_ws.databaseId().toString());
        op.describe("data key rotated; new recovery code issued; " + std::to_string(result.revokedSlots.size())
                    + " other key slots revoked");
        return result;
    });
    if (!audited) {
        try {
            m_ws.db().rekey(m_ws.dataKey());
            writeFileAtomically(keyPath, before);
        } catch (...) {
        }
        return audited.error();
    }
    m_ws.adoptKey(std::move(newKey), std::move(fresh));
    return audited;
}

int DatabaseService::idleLockMinutes()
{
    auto value = SettingsRepository(m_ws.db()).get(kIdleLockKey);
    int minutes = kMaximumIdleMinutes;
    if (value) {
        try {
            minutes = std::stoi(*value);
        } catch (...) {
        }
    }
    return std::clamp(minutes, 1, kMaximumIdleMinutes);
}

Result<SecurityPolicy> DatabaseService::policy(const Session& session)
{
    return m_ws.perform(session, Action::UserList, [&](Operation& op) {
        op.target("database", "policy");
        op.describe("read the security policy");
        return SecurityPolicy{m_ws.keyring().lockoutPolicy(), idleLockMinutes()};
    });
}

Status DatabaseService::setPolicy(const Session& session, const SecurityPolicy& policy)
{
    return m_ws.perform(session, Action::DatabaseSetPolicy, [&](Operation& op) {
        if (policy.idleLockMinutes < 1 || policy.idleLockMinutes > kMaximumIdleMinutes)
            failValidation("idle lock minutes", "the idle lock is between 1 and 15 minutes");
        if (policy.lockout.threshold < 3 || policy.lockout.threshold > 10)
            failValidation("lockout threshold", "the lockout threshold is between 3 and 10 failures");
        if (policy.lockout.minutes < 1 || policy.lockout.minutes > 24 * 60)
            failValidation("lockout minutes", "an account locks for 1 minute to 24 hours");
        SettingsRepository(op.db()).set(kIdleLockKey, std::to_string(policy.idleLockMinutes));
        const std::string before = m_ws.keyring().serialize();
        m_ws.keyring().setLockoutPolicy(policy.lockout);
        const auto path = m_ws.keyringPath();
        m_ws.keyring().save(path);
        op.onRollback([this, path, before] {
            writeFileAtomically(path, before);
            m_ws.keyring() = Keyring::parse(before);
        });
        op.target("database", "policy");
        op.describe("lockout after " + std::to_string(policy.lockout.threshold) + " failures for "
                    + std::to_string(policy.lockout.minutes) + " min; idle lock "
                    + std::to_string(policy.idleLockMinutes) + " min");
        return Done{};
    });
}

} // namespace caseledger::core
