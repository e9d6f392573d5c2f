#pragma once

#include "ui/finance/explaindialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace caseledger::ui {

class BatchPostPage;
class LedgerBalancesBox;
class LedgerBalancesDialog;

class MainWindow;
class SessionController;
class UndistributedPage;

// The money pages (issue 4 item 7) registered with the main window in one place: "Post
// payments", "Undistributed payments", and the Payments menu: "Explain payment…"
// (Ctrl+Shift+X) asks for a receipt id; "Verify ledger balances…" (Ctrl+Shift+V) opens the
// check of DESIGN §5
// for the roles that may run it without the administration page (a supervisor, a financial
// worker). The Ledger tab lives in the case window.
class FinancePages : public QObject
{
    Q_OBJECT

public:
    FinancePages(MainWindow& window, SessionController& session);
    ~FinancePages() override;

    BatchPostPage* batchPage() const { return m_batch; }
    UndistributedPage* undistributedPage() const { return m_undistributed; }
    QAction* explainAction() const { return m_explainAction; }
    ExplainDialog* explainDialog() const { return m_explain; }
    QAction* verifyAction() const { return m_verifyAction; }
    QMenu* menu() const { return m_menu; }
    // The open "Ledger balances" dialog's box, if any.
    LedgerBalancesBox* ledgerBalancesBox() const;

    void askReceipt();
    void explain(const QString& receiptOrId);
    void verifyLedger();

private:
    void updateAccess();
    void closeVerification();

    MainWindow& m_window;
    SessionController& m_session;
    BatchPostPage* m_batch = nullptr;
    UndistributedPage* m_undistributed = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_explainAction = nullptr;
    QAction* m_verifyAction = nullptr;
    QPointer<ExplainDialog> m_explain;
    QPointer<LedgerBalancesDialog> m_verify;
};

} // namespace caseledger::ui
