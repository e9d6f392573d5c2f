#include "ui/shell/lockguard.h"

#include "ui/shell/changepassworddialog.h"
#include "ui/shell/idlelockmonitor.h"
#include "ui/shell/screenlockwatcher.h"
#include "ui/shell/sessioncontroller.h"
#include "ui/shell/unlockdialog.h"

#include <QApplication>
#include <QDialog>
#include <QWidget>

namespace caseledger::ui {

LockGuard::LockGuard(SessionController& session, QWidget* mainWindow)
    : QObject(mainWindow)
    , m_session(session)
    , m_window(mainWindow)
    , m_idle(new IdleLockMonitor(session.clock(), this))
    , m_screen(new ScreenLockWatcher(this))
{
    m_idle->setLimit(std::chrono::minutes(session.idleLockMinutes()));
    auto startWatching = [this] {
        m_idle->setLimit(std::chrono::minutes(m_session.idleLockMinutes()));
        m_idle->start();
    };
    connect(&m_session, &SessionController::unlocked, this, startWatching);
    connect(&m_session, &SessionController::passwordChangeRequired, this, startWatching);
    connect(&m_session, &SessionController::locked, m_idle, &IdleLockMonitor::stop);
    connect(&m_session, &SessionController::signedOut, m_idle, &IdleLockMonitor::stop);
    connect(&m_session, &SessionController::idleLockMinutesChanged, this,
        [this](int minutes) { m_idle->setLimit(std::chrono::minutes(minutes)); });
    connect(m_idle, &IdleLockMonitor::idleTimeout, this,
        [this] { lockNow("idle for " + std::to_string(m_idle->limit().count()) + " minutes"); });
    connect(m_screen, &ScreenLockWatcher::screenLocked, this,
        [this] { lockNow("the screen was locked"); });
}

LockGuard::~LockGuard() = default;

void LockGuard::lockNow(const std::string& reason)
{
    if (m_session.state() != SessionController::State::Unlocked
        && m_session.state() != SessionController::State::PasswordChangeRequired)
        return;
    closeOtherWindows();
    m_session.lock(reason);
}

void LockGuard::closeOtherWindows()
{
    // Open menus and combo-box lists first; a bounded loop in case one refuses to close.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window == m_window || !window->isVisible())
            continue;
        // The way back in is handled by UnlockFlow.
        if (qobject_cast<UnlockDialog*>(window) || qobject_cast<ChangePasswordDialog*>(window))
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(window))
            dialog->reject(); // a progress dialog cancels its work; an edit dialog drops its input
        if (window->isVisible())
            window->hide();
    }
}

} // namespace caseledger::ui
