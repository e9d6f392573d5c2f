#pragma once

#include "core/finance/keptbalancerepository.h"
#include "ui/admin/verificationbox.h"

class QPushButton;

namespace caseledger::ui {

// DESIGN §5 on the administration page: posting and accrual read balances kept beside the
// ledger; this box checks them against every ledger entry off the GUI thread (a bar that
// fills case by case, and Cancel), names the sums that differ, and lets an administrator
// recompute them from the ledger with a recorded reason.
class LedgerBalancesBox : public VerificationBox
{
    Q_OBJECT

public:
    LedgerBalancesBox(SessionController& session, QWidget* parent = nullptr);

    void verify() override;
    // Asks for the reason, then rebuilds (the dialog shows the work and any refusal).
    void askRebuild();
    void updateForSession() override;

    static QString describe(const core::KeptBalanceCheck& result);

private:
    QPushButton* m_rebuild = nullptr;
};

} // namespace caseledger::ui
