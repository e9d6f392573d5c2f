#pragma once

#include "ui/finance/explaindialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace caseledger::ui {

class CaseSectionModel;

class SessionController;

// The undistributed queue (issue 4 item 7): money held -- a tax offset above past-due support,
// a payment with nothing owed, a prepayment while aided -- with its age, amount, reason and
// case. Enter opens the payment's explanation, from which it can be reversed.
class UndistributedPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        AgeColumn,
        SinceColumn,
        AmountColumn,
        ReasonColumn,
        CaseColumn,
        ReceiptColumn
    };

    explicit UndistributedPage(SessionController& session, QWidget* parent = nullptr);
    ~UndistributedPage() override;

    void refresh();
    void explainCurrent();
    bool isLoading() const { return m_loading; }
    CaseSectionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ExplainDialog* explainDialog() const { return m_explain; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showStatus(const QString& text, bool error = false);
    void clear();

    SessionController& m_session;
    CaseSectionModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_explainButton = nullptr;
    QPointer<ExplainDialog> m_explain;
    bool m_loading = false;
};

} // namespace caseledger::ui
