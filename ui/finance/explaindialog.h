#pragma once

#include "core/services/ledgerservice.h"
#include "ui/finance/reversaldialog.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextDocument;

namespace caseledger::ui {

class CaseSectionModel;

class SessionController;

// The explanation of one collection (issue 4 item 7), opened from the Ledger tab or by
// receipt id: every allocation line with case, bucket, payee, amount and the rule with its
// citation; Print and Save as PDF (ui/print pagination); Reverse opens the reversal dialog.
// Reading it is audited by LedgerService::explain (S9); printing has no service action of
// its own yet, so what is printed is what that audited read returned.
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    ExplainDialog(
        SessionController& session, const QString& collectionRef, QWidget* parent = nullptr);
    ~ExplainDialog() override;

    // "Explain payment…": asks for a receipt id and calls `then` with it.
    static void askReceipt(
        QWidget* parent, const QString& objectName, std::function<void(const QString&)> then);
    // Opens the explanation of `ref` in place of `current` (which is closed first).
    static ExplainDialog* openInPlace(SessionController& session, const QString& ref,
        QPointer<ExplainDialog>& current, QWidget* parent);

    void reload();
    bool isLoading() const { return m_loading; }
    const std::optional<core::CollectionExplanation>& explanation() const { return m_explanation; }
    CaseSectionModel* lineModel() const { return m_model; }
    QString summaryText() const;
    QString statusText() const;
    ReversalDialog* reversalDialog() const { return m_reversal; }

    void print();
    void chooseSavePath();
    // Writes the PDF off the GUI thread; pdfSaved() or a status message follows.
    void savePdf(const QString& path);
    void reverse();

Q_SIGNALS:
    void loaded();
    void reversed(const QString& receiptId);
    void pdfSaved(const QString& path, int pages);

private:
    QPushButton* addButton(const QString& text, const QString& name, const QString& accessible,
        const QKeySequence& shortcut);
    void showExplanation(core::CollectionExplanation explanation);
    void showStatus(const QString& text, bool error = false);
    // Reads the explanation again through the audited output call, then runs `then` with it.
    void forOutput(core::LedgerService::Output output,
        std::function<void(const core::CollectionExplanation&)> then);
    void writePdf(const core::CollectionExplanation& explanation, const QString& path);
    void runReversal();
    void updateActions();

    SessionController& m_session;
    QString m_ref;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    CaseSectionModel* m_model = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_reverse = nullptr;
    QPushButton* m_close = nullptr;
    QPointer<ReversalDialog> m_reversal;
    std::optional<core::CollectionExplanation> m_explanation;
    bool m_loading = false;
};

} // namespace caseledger::ui
