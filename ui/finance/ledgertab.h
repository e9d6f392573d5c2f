#pragma once

#include "core/services/ledgerservice.h"
#include "ui/finance/explaindialog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace caseledger::ui {

class CaseSectionModel;

class LedgerTableModel;
class SessionController;

// The Ledger tab of the case window (issue 4 item 7): charges, allocation lines, reversals
// and disbursements in one dated table with the running balance owed, the balances by
// bucket, and a period filter. Enter or a double click on a payment opens its explanation;
// "Explain payment…" asks for a receipt id.
class LedgerTab : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerTab(SessionController& session, QWidget* parent = nullptr);
    ~LedgerTab() override;

    // The case whose ledger the tab shows. Read off the GUI thread (an audited read, S9) when
    // the tab is visible, else when it is first shown: opening a case stays one audit record.
    void setCase(const QString& caseNumber);
    // Reads the ledger again; `doneText` (what the change that caused it did) is shown once
    // it has loaded.
    void reload(const QString& doneText = QString());
    void clear();

    bool isLoading() const { return m_loading; }
    QString caseNumber() const { return m_caseNumber; }
    LedgerTableModel* model() const { return m_model; }
    CaseSectionModel* bucketModel() const { return m_buckets; }
    QTableView* table() const { return m_table; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QString totalsText() const;
    QString statusText() const;
    ExplainDialog* explainDialog() const { return m_explain; }
    const std::optional<core::CaseLedger>& ledger() const { return m_ledger; }

    void applyPeriod();
    // The explanation of the collection in the current row.
    void explainCurrent();
    // Asks for a receipt id and explains it.
    void askReceipt();
    void explain(const QString& collectionRef);
    void reverseCurrent();
    // Asks for a date and a reason and redistributes the payer's collections from it.
    void redistribute();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPushButton* button(const QString& text, const QString& name, const QString& accessible);
    QWidget* createPeriodBar();
    void showLedger(core::CaseLedger ledger);
    void showStatus(const QString& text, bool error = false);
    // `text` after what the change that caused the reload did, which is then said.
    QString withDoneText(const QString& text);
    void updateActions();

    SessionController& m_session;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QPushButton* m_apply = nullptr;
    QTableView* m_table = nullptr;
    LedgerTableModel* m_model = nullptr;
    QTableView* m_bucketTable = nullptr;
    CaseSectionModel* m_buckets = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_explainButton = nullptr;
    QPushButton* m_askButton = nullptr;
    QPushButton* m_reverseButton = nullptr;
    QPushButton* m_redistributeButton = nullptr;
    QPointer<ExplainDialog> m_explain;
    std::optional<core::CaseLedger> m_ledger;
    std::optional<core::Date> m_shownFrom;
    std::optional<core::Date> m_shownTo;
    QString m_caseNumber;
    QString m_doneText;
    bool m_loading = false;
    bool m_stale = false;
    quint64 m_generation = 0;
};

} // namespace caseledger::ui
