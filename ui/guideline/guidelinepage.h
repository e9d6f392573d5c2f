#pragma once

#include "core/base/error.h"
#include "core/guideline/guidelinerequest.h"
#include "core/guideline/guidelineresult.h"
#include "ui/guideline/guidelineprefill.h"
#include "ui/guideline/guidelineworksheet.h"
#include "ui/guideline/worksheetprinter.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextDocument;

namespace caseledger::ui {

class GuidelineForm;
class GuidelineResultView;
class SessionController;

// The guideline calculator (issue 5, item 3): recalculates as the user types with the pure
// core::calculateGuideline (about 50 µs, so on the GUI thread), and saves, prints and exports
// through the audited GuidelineService on the database thread (DESIGN §2, §7).
//
// The order screen opens it with prefill() and attaches what calculationAccepted() carries; it
// may show the main window's page or an instance of its own (it needs only the session).
class GuidelinePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRecalculateDelayMs = 150;

    explicit GuidelinePage(SessionController& session, QWidget* parent = nullptr);
    ~GuidelinePage() override;

    // Starts a new calculation with what the caller knows (case, parents, children).
    void prefill(const GuidelinePrefill& prefill);
    // Starts over with an empty form, as of today.
    void clear();

    // The page's actions, for callers and tests as much as for its buttons.
    void recalculateNow();
    void save();
    void print();
    void exportPdf(const QString& path);
    void chooseExportFile();

    GuidelineForm* form() const { return m_form; }
    GuidelineResultView* resultView() const { return m_result; }
    const std::optional<core::GuidelineResult>& preview() const { return m_preview; }
    QString statusText() const;
    QDialog* printPreviewDialog() const { return m_printDialog; }
    qint64 lastExportMilliseconds() const { return m_lastExportMs; }

Q_SIGNALS:
    // A calculation the user saved through the audited service: the request in the JSON
    // that `caseledger-cli guideline calc` reads, and the result it writes.
    void calculationAccepted(const QString& requestJson, const QString& resultJson);
    void worksheetExported(const QString& path, int pages);
    // Saving, printing or exporting failed; the message is also in the status line.
    void failed(const QString& message);

private:
    enum class Purpose
    {
        Save,
        Print,
        Export
    };
    using Done = std::function<void(const core::GuidelineRequest&, const core::GuidelineResult&)>;

    QSplitter* createWorkArea();
    void createActions();
    QWidget* createButtons();
    void sessionClosed();
    void updateActions();
    void showStatus(const QString& text, bool error = false);
    // Reads the form strictly and runs the audited calculation, then `done` on the GUI thread.
    void runAudited(Purpose purpose, Done done);
    void accepted(const core::GuidelineRequest& request, const core::GuidelineResult& result);
    void openPrintPreview(
        const core::GuidelineRequest& request, const core::GuidelineResult& result);
    void writePdf(const QString& path, const core::GuidelineRequest& request,
        const core::GuidelineResult& result);
    GuidelineWorksheet::Header worksheetHeader() const;
    WorksheetPrinter::Frame pageFrame(const GuidelineWorksheet::Header& header) const;
    QDate today() const;

    SessionController& m_session;
    GuidelineForm* m_form = nullptr;
    GuidelineResultView* m_result = nullptr;
    QTimer m_recalculate;
    std::optional<core::GuidelineResult> m_preview;

    QAction* m_saveAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_clearAction = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_clear = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    bool m_working = false;

    std::unique_ptr<QTextDocument> m_printDocument;
    QPointer<QDialog> m_printDialog;
    QPointer<QDialog> m_fileDialog;
    qint64 m_lastExportMs = -1;
};

} // namespace caseledger::ui
