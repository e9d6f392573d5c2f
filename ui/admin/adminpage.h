#pragma once

#include "core/base/error.h"
#include "core/base/uuid.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caseledger::ui {

class AuditVerificationBox;
class LedgerBalancesBox;
class RequestDialog;
class SecurityPolicyBox;
class SessionController;
class UserTableModel;
struct JobContext;

// Administration (issue 2, item 10): user accounts and roles, temporary passwords, the
// security policy and audit verification. Every change is a service call through the one
// door (DESIGN §2), run off the GUI thread.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(SessionController& session, QWidget* parent = nullptr);
    ~AdminPage() override;

    UserTableModel* userModel() const { return m_model; }
    QString statusText() const;
    void reload();

private:
    QGroupBox* createUsersBox();
    void sessionReady();
    void sessionClosed();
    void reloadUsers(std::optional<core::Uuid> select = std::nullopt);
    void updateActions();
    void showStatus(const QString& text, bool error = false);

    void addUser();
    void resetPassword();
    void enableUser();
    void changeRole();
    void disableUser();
    // Opens `dialog`; on submit runs `work(job, request)` and closes it or shows the error.
    template<class Dialog, class Work>
    void runRequestDialog(Dialog* dialog, Work work, const QString& doneText);

    SessionController& m_session;
    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_status = nullptr;
    SecurityPolicyBox* m_policy = nullptr;
    AuditVerificationBox* m_audit = nullptr;
    LedgerBalancesBox* m_ledger = nullptr;
};

} // namespace caseledger::ui
