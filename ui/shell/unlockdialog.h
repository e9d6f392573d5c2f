#pragma once

#include "core/base/error.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace caseledger::ui {

class SessionController;

// Sign-in and unlock (SECURITY S3, S7, S8): the database file, the user name and the
// password. The key derivation runs off the GUI thread behind a busy bar; a wrong password,
// a locked account and a damaged file each get their own message, and the password field is
// cleared and focused again.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(SessionController& session, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // Anyone may sign in; `databasePath` (from --db) wins over the remembered one.
    void prepareSignIn(const QString& databasePath);
    // After a lock only the same user continues (S8); someone else signs the session out.
    void prepareRelock(const QString& userName);

    bool isWorking() const { return m_working; }
    QString message() const;

Q_SIGNALS:
    void signOutRequested();

private:
    QFormLayout* createForm();
    void chooseDatabase();
    void submit();
    void finish(const core::Status& status);
    void setWorking(bool working);

    SessionController& m_session;
    QLabel* m_intro = nullptr;
    QLineEdit* m_databaseEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
    bool m_relock = false;
    bool m_working = false;
};

} // namespace caseledger::ui
