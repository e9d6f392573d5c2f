#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace caseledger::ui {

class ChangePasswordDialog;
class SessionController;
class UnlockDialog;

// The way into a session: the unlock dialog, then -- when the account has a temporary
// password -- the password change, then the main window's content. It reopens the unlock
// dialog whenever the session locks or signs out.
class UnlockFlow : public QObject
{
    Q_OBJECT

public:
    UnlockFlow(SessionController& session, QWidget* window);
    ~UnlockFlow() override;

    // The database to offer at the first sign-in (from --db); empty for the remembered one.
    void setInitialDatabase(const QString& path) { m_initialDatabase = path; }
    // Shows the unlock dialog in the mode that fits the session (sign in, or continue).
    void start();
    UnlockDialog* unlockDialog() const;
    ChangePasswordDialog* changePasswordDialog() const;

private:
    void requirePasswordChange();
    void closePasswordChange();

    SessionController& m_session;
    QPointer<QWidget> m_window;
    QPointer<UnlockDialog> m_unlock;
    QPointer<ChangePasswordDialog> m_changePassword;
    QString m_initialDatabase;
};

} // namespace caseledger::ui
