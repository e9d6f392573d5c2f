#pragma once

#include "core/access/session.h"
#include "core/access/signinjournal.h"
#include "core/audit/auditlog.h"
#include "core/audit/deviceidentity.h"
#include "core/base/clock.h"
#include "core/base/error.h"
#include "core/base/hlc.h"
#include "core/services/operation.h"
#include "core/store/database.h"
#include "core/store/keyring.h"
#include "core/sync/changelog.h"

#include <filesystem>
#include <memory>
#include <type_traits>

namespace caseledger::core {

struct CreateRequest
{
    std::string adminName;
    std::string adminDisplayName;
    std::string adminPassword;
    std::string deviceName = "this desktop";
    std::string agencyName;
};

// An unlocked database and everything an action needs: the one door into the domain.
// Every service is a function that calls perform(); nothing else opens a transaction.
class Workspace
{
public:
    struct Opened;
    struct Created;

    // Creates a database and its key file; returns the agency recovery code, shown once.
    static Result<Created> create(const std::filesystem::path& path, const CreateRequest& request, const Clock& clock);
    // Signs in (SECURITY S3, S7): wrong password and locked account are distinct errors,
    // and neither creates, changes or leaves a file in the data directory.
    static Result<Opened> unlock(const std::filesystem::path& path, std::string_view userName,
                                 std::string_view password, const Clock& clock,
                                 const std::filesystem::path& stateDirectory = SignInJournal::defaultStateDirectory());
    // Opens with the agency recovery code and gives `userName` (an administrator) a new
    // password and a fresh key slot (SECURITY S5).
    static Result<Opened> recover(const std::filesystem::path& path, std::string_view recoveryCode,
                                  std::string_view userName, std::string_view newPassword, const Clock& clock);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Locks (S8): audits, signs a checkpoint, closes the database and wipes the key.
    void lock(const Session& session, std::string_view reason);
    void signOut(const Session& session);
    bool isOpen() const { return m_db != nullptr; }

    template<class Fn>
    auto perform(const Session& session, Action action, Fn&& work)
        -> Result<std::invoke_result_t<Fn&, Operation&>>;

    Database& db();
    const Clock& clock() const { return m_clock; }
    HlcClock& hlc() { return m_hlc; }
    AuditLog& audit() { return *m_audit; }
    ChangeLog& changes() { return *m_changes; }
    const DeviceIdentity& device() const { return m_device; }
    const Uuid& databaseId() const { return m_databaseId; }
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path keyringPath() const { return Keyring::pathFor(m_path); }
    Keyring& keyring() { return m_keyring; }
    const SecureBytes& dataKey() const { return m_dataKey; }
    const SecureBytes& auditKey() const { return m_auditKey; }

    // After DatabaseService rotated the key: the key and key file now in force.
    void adoptKey(SecureBytes dataKey, Keyring keyring)
    {
        m_dataKey = std::move(dataKey);
        m_keyring = std::move(keyring);
    }

    // Writes an audit record in a transaction of its own (denials, refusals, sign-in events).
    void auditAlone(const AuditEntry& entry);

private:
    Workspace(const std::filesystem::path& path, std::unique_ptr<Database> db, SecureBytes dataKey, Keyring keyring,
              const Clock& clock);
    void close(const Session* session, Action action, std::string_view reason);
    static Result<Opened> openWithKey(const std::filesystem::path& path, SecureBytes dataKey, Keyring keyring,
                                      const Clock& clock);
    Session sessionFor(const struct User& user) const;
    void auditRefusal(const Session& session, Action action, const Operation* op, const Error& error,
                      AuditOutcome outcome);

    std::filesystem::path m_path;
    std::unique_ptr<Database> m_db;
    SecureBytes m_dataKey;
    SecureBytes m_auditKey;
    Keyring m_keyring;
    const Clock& m_clock;
    HlcClock m_hlc;
    Uuid m_databaseId;
    DeviceIdentity m_device;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ChangeLog> m_changes;
};

struct Workspace::Opened
{
    std::unique_ptr<Workspace> workspace;
    Session session;
};

struct Workspace::Created
{
    std::unique_ptr<Workspace> workspace;
    Session session;
    std::string recoveryCode;
};

template<class Fn>
auto Workspace::perform(const Session& session, Action action, Fn&& work)
    -> Result<std::invoke_result_t<Fn&, Operation&>>
{
    using Value = std::invoke_result_t<Fn&, Operation&>;
    if (!m_db)
        return Error{ErrorCode::Usage, "the database is locked"};
    // 1. Permission (a denial is audited, S6).
    const bool passwordChangeDue = session.mustChangePassword && action != Action::UserChangeOwnPassword
                                && action != Action::SessionLogin && action != Action::SessionLogout
                                && action != Action::SessionLock;
    if (!session.may(action) || passwordChangeDue) {
        const Error denied{ErrorCode::PermissionDenied,
                           passwordChangeDue ? "choose a new password before doing anything else"
                                             : "your role does not allow this: " + std::string(actionInfo(action).description)};
        auditRefusal(session, action, nullptr, denied, AuditOutcome::Denied);
        return denied;
    }
    Operation op(*this, session, action);
    try {
        // 2. One transaction; 3. the work; 4. the change log (inside the work) and the audit
        // record; 5. commit -- or roll back everything, audit included (S12).
        Transaction tx(*m_db);
        Value value = work(op);
        m_audit->append(op.auditEntry(AuditOutcome::Ok));
        tx.commit();
        return value;
    } catch (const Failure& failure) {
        op.rollback();
        auditRefusal(session, action, &op, failure.error(), AuditOutcome::Refused);
        return failure.error();
    } catch (const std::exception& e) {
        op.rollback();
        const Error error{ErrorCode::Internal, std::string("unexpected error: ") + e.what()};
        auditRefusal(session, action, &op, error, AuditOutcome::Failed);
        return error;
    }
}

} // namespace caseledger::core
