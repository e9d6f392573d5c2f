#include "ui/shell/unlockflow.h"

#include "ui/shell/changepassworddialog.h"
#include "ui/shell/sessioncontroller.h"
#include "ui/shell/unlockdialog.h"

namespace caseledger::ui {

UnlockFlow::UnlockFlow(SessionController& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(&m_session, &SessionController::locked, this, [this] {
        closePasswordChange();
        start();
    });
    connect(&m_session, &SessionController::signedOut, this, [this] {
        closePasswordChange();
        start();
    });
    connect(&m_session, &SessionController::passwordChangeRequired, this,
        &UnlockFlow::requirePasswordChange);
}

UnlockFlow::~UnlockFlow() = default;

UnlockDialog* UnlockFlow::unlockDialog() const
{
    return m_unlock;
}

ChangePasswordDialog* UnlockFlow::changePasswordDialog() const
{
    return m_changePassword;
}

void UnlockFlow::start()
{
    if (m_session.isUnlocked())
        return;
    if (m_session.state() == SessionController::State::PasswordChangeRequired) {
        if (m_changePassword)
            m_changePassword->open();
        else
            requirePasswordChange();
        return;
    }
    if (!m_unlock) {
        m_unlock = new UnlockDialog(m_session, m_window);
        connect(m_unlock, &UnlockDialog::signOutRequested, &m_session, &SessionController::signOut);
    }
    if (m_session.isLocked())
        m_unlock->prepareRelock(m_session.lockedUserName());
    else
        m_unlock->prepareSignIn(m_initialDatabase);
    // open(), never exec(): no nested event loop, and a lock can close what is open (S8).
    m_unlock->open();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void UnlockFlow::requirePasswordChange()
{
    closePasswordChange();
    m_changePassword
        = new ChangePasswordDialog(m_session, ChangePasswordDialog::Reason::Required, m_window);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changePassword, &ChangePasswordDialog::signOutRequested, &m_session,
        &SessionController::signOut);
    m_changePassword->open();
}

void UnlockFlow::closePasswordChange()
{
    if (!m_changePassword)
        return;
    // Not reject(): that would mean "sign out" to the dialog; a lock only hides it.
    m_changePassword->disconnect(this);
    m_changePassword->disconnect(&m_session);
    m_changePassword->hide();
    m_changePassword->deleteLater();
    m_changePassword = nullptr;
}

} // namespace caseledger::ui
