#pragma once

#include "ui/finance/explaindialog.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace caseledger::ui {

class BatchPostPage;

class MainWindow;
class SessionController;
class UndistributedPage;

// The money pages (issue 4 item 7) registered with the main window in one place: "Post
// payments", "Undistributed payments", and the window-wide "Explain payment…" action
// (Ctrl+Shift+X) that asks for a receipt id. The Ledger tab lives in the case window.
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

    void askReceipt();
    void explain(const QString& receiptOrId);

private:
    void updateAccess();

    MainWindow& m_window;
    SessionController& m_session;
    BatchPostPage* m_batch = nullptr;
    UndistributedPage* m_undistributed = nullptr;
    QAction* m_explainAction = nullptr;
    QPointer<ExplainDialog> m_explain;
};

} // namespace caseledger::ui
