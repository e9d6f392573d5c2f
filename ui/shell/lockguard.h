#pragma once

#include <QObject>
#include <QPointer>

#include <string>

class QWidget;

namespace caseledger::ui {

class IdleLockMonitor;
class ScreenLockWatcher;
class SessionController;

// SECURITY S8 in one place: what locks the session (idle time on the wall clock, the OS
// screen lock, the user's Ctrl+L) and what a lock does to the windows. Open dialogs --
// modal ones included -- are rejected and other windows hidden, so no personal data stays
// on screen; the main window hides its own content when the session says it is locked.
class LockGuard : public QObject
{
    Q_OBJECT

public:
    LockGuard(SessionController& session, QWidget* mainWindow);
    ~LockGuard() override;

    IdleLockMonitor* idleMonitor() const { return m_idle; }
    ScreenLockWatcher* screenLockWatcher() const { return m_screen; }

    // `reason` goes into the audit record of the lock.
    void lockNow(const std::string& reason);

private:
    void closeOtherWindows();

    SessionController& m_session;
    QPointer<QWidget> m_window;
    IdleLockMonitor* m_idle = nullptr;
    ScreenLockWatcher* m_screen = nullptr;
};

} // namespace caseledger::ui
