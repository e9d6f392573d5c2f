#pragma once

#include "core/audit/auditverifier.h"
#include "core/base/error.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QProgressDialog;
class QPushButton;

namespace caseledger::ui {

class SessionController;

// Checks the audit chain and its signed checkpoints (SECURITY S11) off the GUI thread, with
// a progress dialog that can cancel, and says the result in words.
class AuditVerificationBox : public QGroupBox
{
    Q_OBJECT

public:
    AuditVerificationBox(SessionController& session, QWidget* parent = nullptr);
    ~AuditVerificationBox() override;

    void verify();
    void clear();
    // The session locked or signed out: its result will not come; forget the run.
    void abandon();
    void updateForSession();
    QString resultText() const;
    bool isRunning() const { return m_running; }

    static QString describe(const core::AuditVerification& result);

private:
    void finish(const core::Result<core::AuditVerification>& result);

    SessionController& m_session;
    QPushButton* m_verify = nullptr;
    QLabel* m_result = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_running = false;
};

} // namespace caseledger::ui
