#pragma once

#include "core/reports/reportparams.h"
#include "core/reports/reportrenderers.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace caseledger::core {
struct ReportRun;
}

namespace caseledger::ui {

class DrillDialog;
class ReportChart;
class ReportParamsForm;
class ReportTableModel;
class SessionController;

// The supervisor's Reports page (issue 6 item 2, DESIGN §8): choose a report, set its
// parameters, run it off the GUI thread (with a busy bar and Cancel), read the table with its
// totals and footnotes and, for the measures and the equity dashboard, a bar chart; preview,
// print, export PDF and CSV (each audited through ReportService::runForExport); open the
// cases behind a figure (ReportService::drill).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(SessionController& session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // Chooses a report by its registry name ("measures"); false when it is not offered.
    bool selectReport(const QString& name);
    QString currentReportName() const;
    void run();
    void cancel();
    // The file dialogs' targets, also reachable from tests.
    void exportPdf(const QString& path);
    void exportCsv(const QString& path);
    void printPreview();
    void print();
    // Opens the cases behind the current cell of the table (Enter, double-click).
    void drillCurrent();

    bool isBusy() const { return m_busy; }
    QString statusText() const;
    QString lastExportPath() const { return m_lastExport; }
    ReportTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ReportChart* chart() const { return m_chart; }
    ReportParamsForm* paramsForm() const { return m_params; }
    QComboBox* reportCombo() const { return m_reportCombo; }
    QString footnotesText() const;
    QPointer<DrillDialog> drillDialog() const { return m_drill; }

Q_SIGNALS:
    void openCaseRequested(const QString& caseNumber);
    void reportShown(const QString& name);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void createActions();
    QWidget* createControls();
    QWidget* createResults();
    void sessionOpened();
    void sessionClosed();
    void reportChosen();
    void updateActions();
    void showRun(core::ReportRun run);
    void clearResult();
    void setBusy(bool busy, const QString& what);
    void showStatus(const QString& text, bool error = false);
    void chooseFile(const QString& format);
    void exportTo(const QString& path, const std::string& format);
    // Runs the shown report for printing (audited as "print") and hands it to withRun.
    void runForPrint(std::function<void(core::ReportRun)> withRun);
    std::shared_ptr<QPrinter> newPrinter(int columns, const QString& title);
    void openDialog(QDialog* dialog, const std::shared_ptr<QPrinter>& printer);
    std::optional<core::ReportParams> currentParams();

    SessionController& m_session;
    ReportTableModel* m_model = nullptr;
    ReportParamsForm* m_params = nullptr;
    ReportChart* m_chart = nullptr;
    QComboBox* m_reportCombo = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_footnotes = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_resultSplit = nullptr; // the table above the chart
    QProgressBar* m_progress = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_drillButton = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QPointer<DrillDialog> m_drill;
    QPointer<QWidget> m_dialog; // the open file, print or preview dialog

    // The run on screen: what drill-down and exports repeat.
    std::string m_shownName;
    core::ReportParams m_shownParams;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_lastExport;
};

} // namespace caseledger::ui
