#include "ui/shell/sessioncontroller.h"

#include "core/services/databaseservice.h"
#include "ui/common/qtext.h"

namespace caseledger::ui {

SessionController::SessionController(
    const core::Clock& clock, std::filesystem::path stateDirectory, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_stateDirectory(std::move(stateDirectory))
{
    m_pool.setMaxThreadCount(1);
    // The database thread lives as long as the session may need it; no idle restarts.
    m_pool.setExpiryTimeout(-1);
}

SessionController::~SessionController()
{
    m_cancel->store(true);
    m_pool.waitForDone();
    if (m_workspace && m_workspace->isOpen())
        m_workspace->signOut(m_session);
}

QString SessionController::lockedUserName() const
{
    return m_state == State::Locked ? toQString(m_session.userName) : QString();
}

QString SessionController::databasePath() const
{
    return m_workspace ? fromPath(m_workspace->path()) : QString();
}

void SessionController::setIdleLockMinutes(int minutes)
{
    if (minutes == m_idleLockMinutes)
        return;
    m_idleLockMinutes = minutes;
    Q_EMIT idleLockMinutesChanged(minutes);
}

void SessionController::startJob()
{
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
}

void SessionController::finishJob()
{
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
}

void SessionController::stopJobs()
{
    // Long work polls this flag (the audit verifier every few thousand rows), so the wait is
    // short; what finishes after this point is dropped by the generation check.
    m_cancel->store(true);
    m_pool.waitForDone();
    ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
}

void SessionController::signIn(QObject* context, const QString& databasePath,
    const QString& userName, core::SecureBytes password,
    std::function<void(const core::Status&)> done)
{
    using Opened = core::Workspace::Opened;
    using Box = std::shared_ptr<core::Result<Opened>>;
    auto* watcher = new QFutureWatcher<Box>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, guard = QPointer<QObject>(context), done = std::move(done)] {
            Box result = watcher->result();
            watcher->deleteLater();
            finishJob();
            auto report = [&](const core::Status& status) {
                if (guard)
                    done(status);
            };
            if (!*result)
                return report(result->error());
            Opened& opened = result->value();
            if (m_state == State::Locked && opened.session.userName != m_session.userName) {
                // S8: a locked session belongs to its user; nobody else takes it over.
                opened.workspace->signOut(opened.session);
                return report(core::Error {core::ErrorCode::Validation,
                    "this session belongs to " + m_session.userName
                        + "; sign out first to let someone else sign in",
                    "user name"});
            }
            adopt(std::move(opened));
            report(core::Done {});
        });
    startJob();
    auto secret = std::make_shared<core::SecureBytes>(std::move(password));
    watcher->setFuture(QtConcurrent::run(&m_pool,
        [path = toPath(databasePath), name = toStdString(userName), secret, clock = &m_clock,
            stateDirectory = m_stateDirectory]() -> Box {
            try {
                return std::make_shared<core::Result<Opened>>(
                    core::Workspace::unlock(path, name, secret->view(), *clock, stateDirectory));
            } catch (const core::Failure& failure) {
                return std::make_shared<core::Result<Opened>>(failure.error());
            } catch (const std::exception& e) {
                return std::make_shared<core::Result<Opened>>(
                    core::Error {core::ErrorCode::Internal, e.what()});
            }
        }));
}

void SessionController::adopt(core::Workspace::Opened opened)
{
    m_workspace = std::move(opened.workspace);
    m_session = std::move(opened.session);
    ++m_generation;
    int minutes = 15;
    try {
        minutes = core::DatabaseService(*m_workspace).idleLockMinutes();
    } catch (const core::Failure&) {
        // The S8 maximum stands when the setting cannot be read.
    }
    m_idleLockMinutes = minutes;
    Q_EMIT idleLockMinutesChanged(minutes);
    if (m_session.mustChangePassword) {
        m_state = State::PasswordChangeRequired;
        Q_EMIT passwordChangeRequired();
    } else {
        m_state = State::Unlocked;
        Q_EMIT unlocked();
    }
}

void SessionController::passwordChanged()
{
    if (m_state != State::PasswordChangeRequired)
        return;
    m_session.mustChangePassword = false;
    m_state = State::Unlocked;
    Q_EMIT unlocked();
}

void SessionController::lock(const std::string& reason)
{
    if (m_state != State::Unlocked && m_state != State::PasswordChangeRequired)
        return;
    Q_EMIT aboutToLock();
    stopJobs();
    m_workspace->lock(m_session, reason);
    m_state = State::Locked;
    Q_EMIT locked();
}

void SessionController::signOut()
{
    if (m_state == State::SignedOut)
        return;
    stopJobs();
    // A locked session's database is already closed; its lock was the last audited event.
    if (m_workspace && m_workspace->isOpen())
        m_workspace->signOut(m_session);
    m_workspace.reset();
    m_session = core::Session {};
    m_state = State::SignedOut;
    Q_EMIT signedOut();
}

} // namespace caseledger::ui
