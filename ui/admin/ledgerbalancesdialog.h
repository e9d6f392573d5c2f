#pragma once

#include <QDialog>

namespace caseledger::ui {

class LedgerBalancesBox;
class SessionController;

// The ledger balance check (LedgerBalancesBox) in a window of its own, for the roles that may
// verify without the administration page (Payments > Verify ledger balances…).
class LedgerBalancesDialog : public QDialog
{
    Q_OBJECT

public:
    LedgerBalancesDialog(SessionController& session, QWidget* parent = nullptr);

    LedgerBalancesBox* box() const { return m_box; }
    // S8: the session locked or signed out: forget the run and its result, and go.
    void abandon();

private:
    LedgerBalancesBox* m_box = nullptr;
};

} // namespace caseledger::ui
