#pragma once

#include "core/audit/auditverifier.h"
#include "ui/admin/verificationbox.h"

namespace caseledger::ui {

// Checks the audit chain and its signed checkpoints (SECURITY S11) off the GUI thread, with
// a progress dialog that can cancel, and says the result in words.
class AuditVerificationBox : public VerificationBox
{
    Q_OBJECT

public:
    AuditVerificationBox(SessionController& session, QWidget* parent = nullptr);

    void verify() override;

    static QString describe(const core::AuditVerification& result);
};

} // namespace caseledger::ui
