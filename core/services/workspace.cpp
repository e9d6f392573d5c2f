#include "core/services/workspace.h"

#include "core/access/passwordpolicy.h"
#include "core/access/userrepository.h"
#include "core/base/crypto.h"
#include "core/base/text.h"
#include "core/store/atomicfile.h"
#include "core/store/metarepository.h"
#include "core/store/migrations.h"

#include <algorithm>
#include <ctime>

namespace caseledger::core {

namespace {

constexpr const char* kWrongPassword = "wrong user name or password";

void removeDatabaseFiles(const std::filesystem::path& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        auto p = path;
        p += suffix;
        std::filesystem::remove(p, ec);
    }
}

std::string lockedMessage(Clock::TimePoint until)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(until);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &t);
#else
    localtime_r(&t, &local);
#endif
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%H:%M", &local);
    return std::string("this account is locked after too many failed sign-ins; try again after ") + buffer
         + " or ask an administrator";
}

} // namespace

Workspace::Workspace(const std::filesystem::path& path, std::unique_ptr<Database> db, SecureBytes dataKey,
                     Keyring keyring, const Clock& clock)
    : m_path(path)
    , m_db(std::move(db))
    , m_dataKey(std::move(dataKey))
    , m_keyring(std::move(keyring))
    , m_clock(clock)
    , m_hlc(clock)
{
}

Workspace::~Workspace()
{
    close(nullptr, Action::SessionLogout, {});
}

Database& Workspace::db()
{
    if (!m_db)
        throw Failure(ErrorCode::Usage, "the database is locked");
    return *m_db;
}

Session Workspace::sessionFor(const User& user) const
{
    Session s;
    s.userId = user.id;
    s.userName = user.name;
    s.displayName = user.displayName;
    s.role = user.role;
    s.grants = user.grants;
    s.deviceId = m_device.id;
    s.startedAt = m_clock.now();
    s.mustChangePassword = user.mustChangePassword;
    return s;
}

Result<Workspace::Created> Workspace::create(const std::filesystem::path& path, const CreateRequest& request,
                                             const Clock& clock)
{
    std::string adminName;
    try {
        adminName = normalizeUserName(request.adminName);
    } catch (const Failure& f) {
        return f.error();
    }
    if (auto why = PasswordPolicy::check(request.adminPassword, {adminName, request.adminDisplayName}))
        return Error{ErrorCode::Validation, *why, "password"};
    const auto keyPath = Keyring::pathFor(path);
    if (std::filesystem::exists(path) || std::filesystem::exists(keyPath))
        return Error{ErrorCode::Validation, "a database already exists at " + path.string(), "db"};
    if (path.has_parent_path() && !std::filesystem::is_directory(path.parent_path()))
        return Error{ErrorCode::NotFound, "the folder " + path.parent_path().string() + " does not exist"};

    SecureBytes dataKey = crypto::randomKey();
    const Uuid databaseId = Uuid::random();
    Keyring keyring = Keyring::create(databaseId);
    const std::string recoveryCode = Keyring::generateRecoveryCode();
    try {
        keyring.setUserSlot(adminName, request.adminPassword, dataKey);
        keyring.setRecoverySlot(recoveryCode, dataKey);

        auto db = Database::open(path, dataKey, Database::Mode::Create);
        migrate(*db);
        DeviceIdentity device = DeviceIdentity::create(request.deviceName);
        const auto now = clock.now();
        User admin;
        admin.id = Uuid::v7(clock);
        admin.name = adminName;
        admin.displayName = request.adminDisplayName.empty() ? adminName : text::nfc(request.adminDisplayName, "display name");
        admin.role = Role::Administrator;
        admin.createdAt = formatUtc(now);
        {
            Transaction tx(*db);
            MetaRepository meta(*db);
            meta.setText("database_id", databaseId.toString());
            meta.set("audit_key", crypto::randomKey().span());
            meta.setText("created_at", formatUtc(now));
            meta.setText("agency", request.agencyName);
            device.store(*db, formatUtc(now));
            tx.commit();
        }
        std::unique_ptr<Workspace> ws(new Workspace(path, std::move(db), std::move(dataKey), std::move(keyring), clock));
        ws->m_databaseId = databaseId;
        ws->m_auditKey = SecureBytes(MetaRepository(*ws->m_db).get("audit_key")->data(), 32);
        ws->m_device = std::move(device);
        ws->m_audit = std::make_unique<AuditLog>(*ws->m_db, ws->m_auditKey.clone(), ws->m_device, databaseId);
        ws->m_changes = std::make_unique<ChangeLog>(*ws->m_db);

        // The administrator exists only after the first user row: act as that user.
        Session session = ws->sessionFor(admin);
        auto created = ws->perform(session, Action::DatabaseInit, [&](Operation& op) {
            admin.hlc = op.hlc();
            UserRepository(op.db()).insert(admin, ws->m_device.id);
            op.recordChange("user", admin.id, {}, {{"name", admin.name}, {"role", "administrator"}});
            op.target("database", databaseId.toString());
            op.describe("database created with administrator " + admin.name);
            return Done{};
        });
        if (!created)
            throw Failure(created.error());
        ws->m_keyring.save(keyPath);
        return Created{std::move(ws), session, recoveryCode};
    } catch (const Failure& f) {
        removeDatabaseFiles(path);
        return f.error();
    }
}

Result<Workspace::Opened> Workspace::openWithKey(const std::filesystem::path& path, SecureBytes dataKey,
                                                 Keyring keyring, const Clock& clock)
{
    try {
        auto db = Database::open(path, dataKey, Database::Mode::OpenExisting);
        migrate(*db);
        MetaRepository meta(*db);
        const auto id = meta.getText("database_id");
        const auto auditKey = meta.get("audit_key");
        if (!id || !auditKey || auditKey->size() != 32)
            return Error{ErrorCode::Damaged, "the database is damaged: its identity is missing"};
        if (Uuid::parse(*id) != keyring.databaseId())
            return Error{ErrorCode::Damaged, "the key file belongs to a different database"};
        std::unique_ptr<Workspace> ws(new Workspace(path, std::move(db), std::move(dataKey), std::move(keyring), clock));
        ws->m_databaseId = *Uuid::parse(*id);
        ws->m_auditKey = SecureBytes(auditKey->data(), auditKey->size());
        ws->m_device = DeviceIdentity::load(*ws->m_db);
        ws->m_audit = std::make_unique<AuditLog>(*ws->m_db, ws->m_auditKey.clone(), ws->m_device, ws->m_databaseId);
        ws->m_changes = std::make_unique<ChangeLog>(*ws->m_db);
        const auto lastAuditHlc = Hlc::fromInt64(ws->m_db->queryInt64("SELECT coalesce(max(hlc), 0) FROM audit_log"));
        ws->m_hlc.observe(std::max(lastAuditHlc, ws->m_changes->latestHlc()));
        return Opened{std::move(ws), Session{}};
    } catch (const Failure& f) {
        return f.error();
    }
}

Result<Workspace::Opened> Workspace::unlock(const std::filesystem::path& path, std::string_view userName,
                                            std::string_view password, const Clock& clock,
                                            const std::filesystem::path& stateDirectory)
{
    if (!std::filesystem::exists(path))
        return Error{ErrorCode::NotFound, "there is no database at " + path.string()};
    Keyring keyring;
    try {
        keyring = Keyring::load(Keyring::pathFor(path));
    } catch (const Failure& f) {
        if (f.code() == ErrorCode::NotFound)
            return Error{ErrorCode::Damaged, "the key file " + Keyring::pathFor(path).filename().string()
                                                 + " that belongs next to the database is missing"};
        return f.error();
    }

    std::string name = text::toLowerAscii(text::trim(userName));
    SignInJournal journal(stateDirectory, keyring.databaseId());
    const auto now = clock.now();
    const auto& policy = keyring.lockoutPolicy();
    try {
        if (journal.isLocked(name, policy, now)) {
            journal.recordFailure(name, now, /*whileLocked=*/true);
            return Error{ErrorCode::AccountLocked, lockedMessage(journal.lockedUntil(name, policy))};
        }
        auto key = keyring.unlockUser(name, password);
        if (!key) {
            journal.recordFailure(name, now, false);
            if (journal.isLocked(name, policy, now))
                return Error{ErrorCode::AccountLocked, lockedMessage(journal.lockedUntil(name, policy))};
            return Error{ErrorCode::WrongPassword, kWrongPassword};
        }

        auto opened = openWithKey(path, std::move(*key), std::move(keyring), clock);
        if (!opened && opened.error().code == ErrorCode::Damaged) {
            // A key rotation that stopped between PRAGMA rekey and renaming the new key file.
            auto pending = Keyring::pathFor(path);
            pending += ".new";
            if (std::filesystem::exists(pending)) {
                Keyring next = Keyring::load(pending);
                if (auto nextKey = next.unlockUser(name, password)) {
                    opened = openWithKey(path, std::move(*nextKey), std::move(next), clock);
                    if (opened)
                        std::filesystem::rename(pending, Keyring::pathFor(path));
                }
            }
        }
        if (!opened)
            return opened.error();
        auto& ws = *opened->workspace;
        auto user = UserRepository(*ws.m_db).findByName(name);
        if (!user || user->disabled)
            return Error{ErrorCode::AccountLocked, "this account is disabled; ask an administrator"};
        opened->session = ws.sessionFor(*user);

        // Failed sign-ins seen since the last successful one go into the audit log now,
        // with their own times (S7: every failure is audited).
        const auto pending = journal.unaudited();
        auto logged = ws.perform(opened->session, Action::SessionLogin, [&](Operation& op) {
            for (const auto& f : pending) {
                AuditEntry e;
                e.at = Clock::TimePoint{std::chrono::milliseconds{f.atMillis}};
                e.hlc = ws.m_hlc.tick();
                e.userName = f.user;
                e.action = std::string(actionInfo(Action::SessionLoginFailed).name);
                e.outcome = AuditOutcome::Refused;
                e.objectType = "user";
                e.objectId = f.user;
                e.description = f.whileLocked ? "sign-in refused: account locked" : "sign-in failed: " + std::string(kWrongPassword);
                ws.m_audit->append(e);
            }
            op.target("user", user->name);
            op.describe("signed in on " + ws.m_device.name);
            return Done{};
        });
        if (!logged)
            return logged.error();
        journal.clearUser(name);
        journal.markAudited(policy, now);
        return opened;
    } catch (const Failure& f) {
        return f.error();
    }
}

Result<Workspace::Opened> Workspace::recover(const std::filesystem::path& path, std::string_view recoveryCode,
                                             std::string_view userName, std::string_view newPassword,
                                             const Clock& clock)
{
    try {
        Keyring keyring = Keyring::load(Keyring::pathFor(path));
        auto key = keyring.unlockRecovery(recoveryCode);
        if (!key)
            return Error{ErrorCode::WrongPassword, "the recovery code is not right"};
        auto opened = openWithKey(path, std::move(*key), std::move(keyring), clock);
        if (!opened)
            return opened.error();
        auto& ws = *opened->workspace;
        const std::string name = normalizeUserName(userName);
        auto user = UserRepository(*ws.m_db).findByName(name);
        if (!user || user->role != Role::Administrator)
            return Error{ErrorCode::Validation, "the recovery code can only restore an administrator", "user"};
        if (auto why = PasswordPolicy::check(newPassword, {user->name, user->displayName}))
            return Error{ErrorCode::Validation, *why, "password"};
        user->disabled = false;
        user->mustChangePassword = false;
        opened->session = ws.sessionFor(*user);
        const auto keyPath = ws.keyringPath();
        const std::string before = ws.m_keyring.serialize();
        auto done = ws.perform(opened->session, Action::UserRecover, [&](Operation& op) {
            user->hlc = op.hlc();
            UserRepository(op.db()).update(*user, ws.m_device.id);
            op.recordChange("user", user->id, {}, {{"disabled", false}});
            ws.m_keyring.setUserSlot(user->name, newPassword, ws.m_dataKey);
            ws.m_keyring.save(keyPath);
            op.onRollback([&] { writeFileAtomically(keyPath, before); });
            op.target("user", user->name);
            op.describe("password set with the agency recovery code");
            return Done{};
        });
        if (!done)
            return done.error();
        return opened;
    } catch (const Failure& f) {
        return f.error();
    }
}

void Workspace::auditAlone(const AuditEntry& entry)
{
    if (!m_db || m_db->inTransaction())
        return;
    try {
        Transaction tx(*m_db);
        m_audit->append(entry);
        tx.commit();
    } catch (const Failure&) {
        // The refusal itself stands; the database could not record it (for example a full disk).
    }
}

void Workspace::auditRefusal(const Session& session, Action action, const Operation* op, const Error& error,
                             AuditOutcome outcome)
{
    AuditEntry e;
    if (op) {
        e = op->auditEntry(outcome, error.message);
    } else {
        e.at = m_clock.now();
        e.hlc = m_hlc.tick();
        e.userName = session.userName;
        e.action = std::string(actionInfo(action).name);
        e.outcome = outcome;
        e.description = error.message;
    }
    auditAlone(e);
}

void Workspace::close(const Session* session, Action action, std::string_view reason)
{
    if (!m_db)
        return;
    try {
        if (m_db->inTransaction())
            m_db->exec("ROLLBACK");
        Transaction tx(*m_db);
        if (session) {
            AuditEntry e;
            e.at = m_clock.now();
            e.hlc = m_hlc.tick();
            e.userName = session->userName;
            e.action = std::string(actionInfo(action).name);
            e.objectType = "user";
            e.objectId = session->userName;
            e.description = std::string(reason);
            m_audit->append(e);
        }
        // DESIGN §4: the device signs the chain head at lock and exit.
        m_audit->checkpoint(m_clock.now());
        tx.commit();
    } catch (const Failure&) {
        // Closing must not fail; an unsigned tail is reported by the verifier as unsigned, not as damage.
    }
    m_audit.reset();
    m_changes.reset();
    m_db.reset();
    m_dataKey.clear();
    m_auditKey.clear();
}

void Workspace::lock(const Session& session, std::string_view reason)
{
    close(&session, Action::SessionLock, reason);
}

void Workspace::signOut(const Session& session)
{
    close(&session, Action::SessionLogout, "signed out");
}

} // namespace caseledger::core
