#pragma once

#include "core/access/session.h"
#include "core/access/signinjournal.h"
#include "core/base/clock.h"
#include "core/base/error.h"
#include "core/base/securebytes.h"
#include "core/services/workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>

namespace caseledger::ui {

// What a job running off the GUI thread may use: the workspace, its own copy of the session,
// and a flag that turns true when the session locks (long work checks it and stops).
struct JobContext
{
    core::Workspace& workspace;
    core::Session session;
    const std::atomic<bool>& cancelFlag;
    bool cancelled() const { return cancelFlag.load(); }
};

// The layer the widgets talk to (STYLE: only this layer emits Qt signals about the domain):
// owns the core::Workspace and the core::Session, runs service calls on one worker thread,
// and says when the session is unlocked, locked or signed out.
//
// Pages never keep a Workspace& -- a lock closes it and an unlock opens a new one; they ask
// for it in each job.
class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        PasswordChangeRequired,
        Unlocked,
        Locked
    };

    explicit SessionController(const core::Clock& clock,
        std::filesystem::path stateDirectory = core::SignInJournal::defaultStateDirectory(),
        QObject* parent = nullptr);
    ~SessionController() override;

    const core::Clock& clock() const { return m_clock; }
    State state() const { return m_state; }
    bool isUnlocked() const { return m_state == State::Unlocked; }
    bool isLocked() const { return m_state == State::Locked; }
    // The workspace of the current or locked session; closed (isOpen() false) while locked.
    core::Workspace* workspace() const { return m_workspace.get(); }
    const core::Session& session() const { return m_session; }
    // Whose session continues at the next unlock; empty when signed out.
    QString lockedUserName() const;
    QString databasePath() const;
    int idleLockMinutes() const { return m_idleLockMinutes; }
    // After an administrator changed the policy (S8).
    void setIdleLockMinutes(int minutes);
    bool isBusy() const { return m_running > 0; }

    // Signs in off the GUI thread (the key derivation takes ~0.3 s). While locked only the
    // locked session's user may continue; anyone else has to sign out first.
    void signIn(QObject* context, const QString& databasePath, const QString& userName,
        core::SecureBytes password, std::function<void(const core::Status&)> done);
    // Takes over a workspace opened elsewhere (Workspace::unlock); used by signIn and tests.
    void adopt(core::Workspace::Opened opened);
    // The forced first-sign-in password change is done.
    void passwordChanged();
    // SECURITY S8: waits for running work (cancelling it), audits the lock, signs a
    // checkpoint, closes the database and wipes the key. The session stays for unlocking.
    void lock(const std::string& reason);
    void signOut();

    // Runs `work` on the database thread; `done` runs on the GUI thread unless the session
    // was locked meanwhile or `context` is gone (then the result is dropped).
    template<class T>
    void run(QObject* context, std::function<core::Result<T>(JobContext&)> work,
        std::function<void(core::Result<T>)> done);

Q_SIGNALS:
    void unlocked();
    void passwordChangeRequired();
    void aboutToLock();
    void locked();
    void signedOut();
    void busyChanged(bool busy);
    void idleLockMinutesChanged(int minutes);

private:
    void startJob();
    void finishJob();
    void stopJobs();

    const core::Clock& m_clock;
    std::filesystem::path m_stateDirectory;
    std::unique_ptr<core::Workspace> m_workspace;
    core::Session m_session;
    State m_state = State::SignedOut;
    // One thread: database work runs in order, never two transactions at once, and never
    // on the GUI thread (DESIGN §7: work over ~100 ms runs off it).
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    quint64 m_generation = 0;
    int m_running = 0;
    int m_idleLockMinutes = 15;
};

template<class T>
void SessionController::run(QObject* context, std::function<core::Result<T>(JobContext&)> work,
    std::function<void(core::Result<T>)> done)
{
    using Box = std::shared_ptr<core::Result<T>>;
    if (!m_workspace || !m_workspace->isOpen()) {
        done(core::Result<T>(core::Error {core::ErrorCode::Usage, "the database is locked"}));
        return;
    }
    auto* watcher = new QFutureWatcher<Box>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, generation = m_generation, guard = QPointer<QObject>(context),
            done = std::move(done)] {
            Box result = watcher->result();
            watcher->deleteLater();
            finishJob();
            // A job that ran into a lock belongs to a session that is gone.
            if (generation != m_generation || !guard)
                return;
            done(std::move(*result));
        });
    startJob();
    core::Workspace* ws = m_workspace.get();
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [ws, session = m_session, cancel = m_cancel, work = std::move(work)]() -> Box {
            JobContext job {*ws, session, *cancel};
            try {
                return std::make_shared<core::Result<T>>(work(job));
            } catch (const core::Failure& failure) {
                return std::make_shared<core::Result<T>>(failure.error());
            } catch (const std::exception& e) {
                return std::make_shared<core::Result<T>>(
                    core::Error {core::ErrorCode::Internal, e.what()});
            }
        }));
}

} // namespace caseledger::ui
