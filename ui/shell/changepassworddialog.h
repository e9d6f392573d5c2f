#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace caseledger::ui {

class FormMessages;
class SessionController;

// A person changes their own password (SECURITY S2, S7): only their key slot is rewrapped.
// At the first sign-in, or after an administrator set a temporary password, it is required
// before anything else; its other button then signs out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason
    {
        Required,
        Voluntary
    };
    ChangePasswordDialog(SessionController& session, Reason reason, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

Q_SIGNALS:
    void signOutRequested();

private:
    void submit();
    void setWorking(bool working);

    SessionController& m_session;
    Reason m_reason;
    QLineEdit* m_currentEdit = nullptr;
    QLineEdit* m_newEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_otherButton = nullptr;
    std::unique_ptr<FormMessages> m_messages;
    bool m_working = false;
};

} // namespace caseledger::ui
