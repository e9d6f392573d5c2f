#include "ui/reports/reportspage.h"

#include "core/reports/reportregistry.h"
#include "core/services/reportservice.h"
#include "core/store/atomicfile.h"
#include "ui/common/busybar.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/listtable.h"
#include "ui/common/qtext.h"
#include "ui/print/pageprinter.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportpdf.h"
#include "ui/reports/drilldialog.h"
#include "ui/reports/reportchart.h"
#include "ui/reports/reportparamsform.h"
#include "ui/reports/reporttablemodel.h"
#include "ui/shell/sessioncontroller.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace caseledger::ui {

namespace {

// What an export job hands back to the GUI thread.
struct ExportOutcome
{
    int pages = 0;
    std::size_t bytes = 0;
};

core::Error cancelledError()
{
    return {core::ErrorCode::Cancelled, "cancelled"};
}

PagePrinter::Frame frameOf(const core::ReportRun& run)
{
    const ReportFrameText f = reportFrameText(run.table, run.header);
    return {f.title, f.parameters, PagePrinter::tr("Run by %1").arg(f.user), f.runTime};
}

QPushButton* button(
    QWidget* parent, const QString& text, const QString& name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace

ReportsPage::ReportsPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportsPage"));
    setAccessibleName(tr("Reports"));
    m_model = new ReportTableModel(this);
    createActions();
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setAccessibleName(tr("Report parameters and results"));
    splitter->addWidget(createControls());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_session, &SessionController::unlocked, this, &ReportsPage::sessionOpened);
    connect(&m_session, &SessionController::aboutToLock, this, &ReportsPage::sessionClosed);
    connect(&m_session, &SessionController::locked, this, &ReportsPage::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &ReportsPage::sessionClosed);
    if (m_session.isUnlocked())
        sessionOpened();
    else
        sessionClosed();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::createActions()
{
    // Keyboard paths (DESIGN §7): the buttons carry mnemonics; these add the usual keys.
    const auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_runAction = add(tr("Run report"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5)}, &ReportsPage::run);
    m_cancelAction
        = add(tr("Cancel the report"), {QKeySequence(Qt::Key_Escape)}, &ReportsPage::cancel);
    add(tr("Print report"), QKeySequence::keyBindings(QKeySequence::Print), &ReportsPage::print);
}

QWidget* ReportsPage::createControls()
{
    auto* box = new QWidget(this);
    box->setAccessibleName(tr("Report and parameters"));
    m_reportCombo = new QComboBox(box);
    m_reportCombo->setObjectName(QStringLiteral("reportCombo"));
    m_reportCombo->setAccessibleName(tr("Report"));
    auto* reportLabel = new QLabel(tr("&Report:"), box);
    reportLabel->setBuddy(m_reportCombo);
    m_description = new QLabel(box);
    m_description->setAccessibleName(tr("What the report shows"));
    m_description->setWordWrap(true);
    m_params = new ReportParamsForm(box);
    m_runButton = button(box, tr("R&un"), QStringLiteral("runButton"), tr("Run the report"));
    m_runButton->setDefault(true);
    m_cancelButton
        = button(box, tr("Ca&ncel"), QStringLiteral("cancelButton"), tr("Cancel the report"));
    m_progress = makeBusyBar(box, tr("Report progress"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setAccessibleName(tr("Report status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(reportLabel);
    layout->addWidget(m_reportCombo);
    layout->addWidget(m_description);
    layout->addWidget(m_params);
    layout->addLayout(runRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    box->setMinimumWidth(300);
    connect(m_reportCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::reportChosen);
    connect(m_runButton, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    return box;
}

QWidget* ReportsPage::createResults()
{
    auto* box = new QWidget(this);
    box->setAccessibleName(tr("Report result"));
    m_heading = new QLabel(box);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_heading->setAccessibleName(tr("Report heading"));
    m_heading->setWordWrap(true);
    m_previewButton = button(
        box, tr("Pre&view…"), QStringLiteral("previewButton"), tr("Print preview of the report"));
    m_printButton
        = button(box, tr("&Print…"), QStringLiteral("printButton"), tr("Print the report"));
    m_pdfButton = button(
        box, tr("Export P&DF…"), QStringLiteral("exportPdfButton"), tr("Export the report as PDF"));
    m_csvButton = button(
        box, tr("Export C&SV…"), QStringLiteral("exportCsvButton"), tr("Export the report as CSV"));
    m_drillButton = button(box, tr("Cases &behind figure"), QStringLiteral("drillButton"),
        tr("List the cases behind the selected figure"));
    auto* tools = new QHBoxLayout;
    for (QPushButton* b : {m_previewButton, m_printButton, m_pdfButton, m_csvButton, m_drillButton})
        tools->addWidget(b);
    tools->addStretch(1);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report table"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setAccessibleName(tr("Report columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Report rows"));
    m_footnotes = new QLabel(box);
    m_footnotes->setObjectName(QStringLiteral("reportFootnotes"));
    m_footnotes->setAccessibleName(tr("Report footnotes"));
    m_footnotes->setWordWrap(true);
    m_chart = new ReportChart(box);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setMinimumHeight(260);
    m_chart->hide();
    auto* split = m_resultSplit = new QSplitter(Qt::Vertical, box);
    split->setAccessibleName(tr("Table and chart"));
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setCollapsible(0, false);
    split->setCollapsible(1, false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_heading);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
    layout->addWidget(m_footnotes);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(
        m_pdfButton, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("pdf")); });
    connect(
        m_csvButton, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("csv")); });
    connect(m_drillButton, &QPushButton::clicked, this, &ReportsPage::drillCurrent);
    onRowActivated(m_table, [this] { drillCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReportsPage::updateActions);
    return box;
}

void ReportsPage::sessionOpened()
{
    const core::Session& s = m_session.session();
    const QString previous = currentReportName();
    const QSignalBlocker block(m_reportCombo);
    m_reportCombo->clear();
    // The service refuses a caseworker any report but her own caseload; offer only that.
    for (const core::ReportInfo& info : core::ReportService::list())
        if (s.role != core::Role::Caseworker || info.caseworkerMay)
            m_reportCombo->addItem(toQString(info.title), toQString(info.name));
    const int again = m_reportCombo->findData(previous);
    m_reportCombo->setCurrentIndex(again >= 0 ? again : 0);
    reportChosen();
}

void ReportsPage::sessionClosed()
{
    // SECURITY S8: nothing of the locked session stays behind the hidden window.
    cancel();
    if (m_drill)
        m_drill->close();
    if (m_dialog)
        m_dialog->close();
    clearResult();
    m_status->clear();
    m_params->setWorkerLocked(QString());
    updateActions();
}

bool ReportsPage::selectReport(const QString& name)
{
    const int index = m_reportCombo->findData(name);
    if (index < 0)
        return false;
    m_reportCombo->setCurrentIndex(index);
    return true;
}

QString ReportsPage::currentReportName() const
{
    return m_reportCombo->currentData().toString();
}

void ReportsPage::reportChosen()
{
    const core::ReportInfo* info = core::findReport(toStdString(currentReportName()));
    m_description->setText(info ? toQString(info->description) : QString());
    if (info)
        m_params->setReport(info->parameters, m_session.clock().today());
    const core::Session& s = m_session.session();
    m_params->setWorkerLocked(m_session.isUnlocked() && s.role == core::Role::Caseworker
            ? toQString(s.userName)
            : QString());
    updateActions();
}

void ReportsPage::updateActions()
{
    const bool open = m_session.isUnlocked();
    const core::Session& s = m_session.session();
    const bool shown = !m_model->isEmpty();
    const bool mayExport = open && s.may(core::Action::ReportExport);
    m_runButton->setEnabled(open && !m_busy && m_reportCombo->count() > 0);
    m_runAction->setEnabled(m_runButton->isEnabled());
    m_cancelButton->setEnabled(m_busy);
    m_cancelAction->setEnabled(m_busy);
    for (QPushButton* b : {m_previewButton, m_printButton, m_pdfButton, m_csvButton})
        b->setEnabled(mayExport && shown && !m_busy);
    const bool drillable = open && s.may(core::Action::ReportDrill) && !m_busy
        && !m_model->drillKeyAt(m_table->currentIndex()).isEmpty();
    m_drillButton->setEnabled(drillable);
}

std::optional<core::ReportParams> ReportsPage::currentParams()
{
    auto params = m_params->params();
    if (!params)
        showStatus(m_params->errorText(), true);
    return params;
}

void ReportsPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        showStatus(what);
    }
    updateActions();
}

void ReportsPage::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
    if (error)
        Q_EMIT failed(text);
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

QString ReportsPage::footnotesText() const
{
    return m_footnotes->text();
}

void ReportsPage::cancel()
{
    if (!m_busy)
        return;
    // A job still waiting does not start; a run or drill-down under way stops within moments
    // (the core's CancelScope interrupts its statements; its audit record says cancelled).
    // An export whose audited run had already finished is written nowhere: nothing is shown
    // and no file is written.
    m_cancel->store(true);
    setBusy(false, QString());
    showStatus(tr("Cancelled. Nothing was shown or written."));
}

void ReportsPage::run()
{
    if (m_busy || !m_session.isUnlocked())
        return;
    auto params = currentParams();
    if (!params)
        return;
    const std::string name = toStdString(currentReportName());
    setBusy(true, tr("Running %1…").arg(m_reportCombo->currentText()));
    auto cancel = m_cancel;
    m_session.run<core::ReportRun>(
        this,
        [name, params = *params, cancel](JobContext& job) -> core::Result<core::ReportRun> {
            if (cancel->load())
                return cancelledError();
            return core::ReportService(job.workspace).run(job.session, name, params, cancel.get());
        },
        [this, name, params = *params, cancel](core::Result<core::ReportRun> result) {
            if (cancel->load())
                return; // cancelled: the page already said so
            setBusy(false, QString());
            if (!result) {
                showStatus(ErrorText::forError(result.error()), true);
                return;
            }
            m_shownName = name;
            m_shownParams = params;
            showRun(std::move(*result));
        });
}

void ReportsPage::showRun(core::ReportRun run)
{
    const core::ReportTable& t = run.table;
    m_heading->setText(
        tr("<b>%1</b><br/>%2<br/>Run %3 by %4")
            .arg(toQString(t.title).toHtmlEscaped(), toQString(t.parameters).toHtmlEscaped(),
                toQString(run.header.runAt).toHtmlEscaped(),
                toQString(run.header.user).toHtmlEscaped()));
    QStringList notes;
    for (const auto& f : t.footnotes)
        notes << QStringLiteral("* ") + toQString(f);
    m_footnotes->setText(notes.join(QLatin1Char('\n')));
    m_chart->setVisible(ReportChart::hasChart(t));
    m_chart->setTable(t);
    if (m_chart->isVisibleTo(this)) { // half the room each, whatever the table asked for
        const int half = std::max(m_resultSplit->height() / 2, 1);
        m_resultSplit->setSizes({half, half});
    }
    const QString name = toQString(t.name);
    m_model->setTable(std::move(run.table));
    // A report is a small aggregate (tens of rows), so sizing to contents is cheap; long
    // descriptions are capped so that the figures stay in view.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showStatus(tr("%n row(s).", nullptr, m_model->rowCount()));
    updateActions();
    Q_EMIT reportShown(name);
}

void ReportsPage::clearResult()
{
    m_model->clear();
    m_chart->clear();
    m_chart->hide();
    m_heading->clear();
    m_footnotes->clear();
    m_shownName.clear();
    m_shownParams = {};
}

void ReportsPage::drillCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    const QString key = m_model->drillKeyAt(index);
    if (key.isEmpty() || m_busy || !m_session.isUnlocked()
        || !m_session.session().may(core::Action::ReportDrill))
        return;
    const QString figure = tr("%1, %2").arg(m_model->index(index.row(), 0).data().toString(),
        m_model->headerData(index.column(), Qt::Horizontal).toString());
    setBusy(true, tr("Listing the cases behind %1…").arg(figure));
    auto cancel = m_cancel;
    m_session.run<core::DrillResult>(
        this,
        [name = m_shownName, params = m_shownParams, key = toStdString(key), cancel](
            JobContext& job) -> core::Result<core::DrillResult> {
            if (cancel->load())
                return cancelledError();
            return core::ReportService(job.workspace)
                .drill(job.session, name, params, key, cancel.get());
        },
        [this, figure, cancel](core::Result<core::DrillResult> result) {
            if (cancel->load())
                return;
            setBusy(false, QString());
            if (!result) {
                showStatus(ErrorText::forError(result.error()), true);
                return;
            }
            showStatus(
                tr("%n case(s) behind %1.", nullptr, static_cast<int>(result->total)).arg(figure));
            auto* dialog = new DrillDialog(figure, std::move(*result), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &DrillDialog::openCaseRequested, this, &ReportsPage::openCaseRequested);
            m_drill = dialog;
            dialog->open();
        });
}

void ReportsPage::chooseFile(const QString& format)
{
    if (m_dialog || m_model->isEmpty())
        return;
    const bool pdf = format == QStringLiteral("pdf");
    auto* dialog = new QFileDialog(
        this, pdf ? tr("Export the report as PDF") : tr("Export the report as CSV"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAccessibleName(dialog->windowTitle());
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(format);
    dialog->selectFile(toQString(m_shownName) + QLatin1Char('.') + format);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, pdf](const QString& path) { pdf ? exportPdf(path) : exportCsv(path); });
    m_dialog = dialog;
    dialog->open();
}

void ReportsPage::exportPdf(const QString& path)
{
    exportTo(path, "pdf");
}

void ReportsPage::exportCsv(const QString& path)
{
    exportTo(path, "csv");
}

void ReportsPage::exportTo(const QString& path, const std::string& format)
{
    if (m_busy || m_shownName.empty() || !m_session.isUnlocked())
        return;
    setBusy(true, tr("Exporting…"));
    auto cancel = m_cancel;
    m_session.run<ExportOutcome>(
        this,
        [name = m_shownName, params = m_shownParams, format, file = toPath(path), cancel](
            JobContext& job) -> core::Result<ExportOutcome> {
            if (cancel->load())
                return cancelledError();
            // Issue 6: exporting is audited -- the service records the report, its
            // parameters and the format (never personal data, S10) before anything is written.
            auto run = core::ReportService(job.workspace)
                           .runForExport(job.session, name, params, format, cancel.get());
            if (!run)
                return run.error();
            ExportOutcome out;
            // S25: the core's CSV renderer neutralizes formulas; the PDF frames every page.
            const std::string bytes = format == "csv"
                ? core::renderCsv(run->table, run->header)
                : reportPdf(run->table, run->header, &out.pages);
            if (cancel->load())
                return cancelledError(); // nothing written
            core::writeFileAtomically(file, bytes); // S22: whole or not at all
            out.bytes = bytes.size();
            return out;
        },
        [this, path, cancel](core::Result<ExportOutcome> result) {
            if (cancel->load())
                return;
            setBusy(false, QString());
            if (!result) {
                showStatus(ErrorText::forError(result.error()), true);
                return;
            }
            m_lastExport = path;
            showStatus(result->pages > 0
                    ? tr("Exported to %1 (%n page(s)).", nullptr, result->pages).arg(path)
                    : tr("Exported to %1.").arg(path));
            Q_EMIT exported(path);
        });
}

void ReportsPage::printPreview()
{
    if (m_busy || m_dialog || m_shownName.empty() || !m_session.isUnlocked())
        return;
    // The preview has its own Print button, so opening it counts as printing (issue 6:
    // printing is audited); the report is run and audited before the preview shows it.
    runForPrint([this](core::ReportRun run) {
        auto printer
            = newPrinter(static_cast<int>(run.table.columns.size()), toQString(run.table.title));
        auto* dialog = new QPrintPreviewDialog(printer.get(), this);
        dialog->setObjectName(QStringLiteral("printPreviewDialog"));
        dialog->setAccessibleName(tr("Print preview"));
        auto document = std::shared_ptr<QTextDocument>(reportDocument(run.table, run.header));
        connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [document, frame = frameOf(run)](
                QPrinter* target) { PagePrinter::print(*document, *target, frame); });
        showStatus(tr("Print preview of %1.").arg(toQString(run.table.title)));
        openDialog(dialog, printer);
    });
}

void ReportsPage::print()
{
    if (m_busy || m_dialog || m_shownName.empty() || !m_session.isUnlocked())
        return;
    // The printer is chosen first: a dialog closed with Cancel prints nothing and so leaves
    // no "printed" audit record; the report is run and audited only once a printer is chosen.
    const core::ReportInfo* shown = core::findReport(m_shownName);
    const QString title = shown ? toQString(shown->title) : QString();
    auto printer = newPrinter(m_model->columnCount(), title); // the table on screen
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAccessibleName(tr("Print"));
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        runForPrint([this, printer](core::ReportRun run) {
            const std::unique_ptr<QTextDocument> document(reportDocument(run.table, run.header));
            // The "printed" record is already written: if the printer then fails, the audit log
            // says more was printed than was, the safe direction for disclosure accounting.
            const int pages = PagePrinter::print(*document, *printer, frameOf(run));
            if (pages == 0)
                showStatus(tr("The printer could not be opened; nothing was printed."), true);
            else
                showStatus(tr("Sent %1 to the printer (%n page(s)).", nullptr, pages)
                               .arg(toQString(run.table.title)));
        });
    });
    showStatus(tr("Choose a printer for %1.").arg(title));
    openDialog(dialog, printer);
}

// A wide table (more than seven columns) is printed landscape.
std::shared_ptr<QPrinter> ReportsPage::newPrinter(int columns, const QString& title)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(columns > 7 ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer->setDocName(title);
    return printer;
}

void ReportsPage::openDialog(QDialog* dialog, const std::shared_ptr<QPrinter>& printer)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog keeps the printer alive as long as it lives.
    connect(dialog, &QObject::destroyed, this, [printer] {});
    m_dialog = dialog;
    dialog->open();
}

void ReportsPage::runForPrint(std::function<void(core::ReportRun)> withRun)
{
    setBusy(true, tr("Preparing the report for printing…"));
    auto cancel = m_cancel;
    m_session.run<core::ReportRun>(
        this,
        [name = m_shownName, params = m_shownParams, cancel](
            JobContext& job) -> core::Result<core::ReportRun> {
            if (cancel->load())
                return cancelledError();
            return core::ReportService(job.workspace)
                .runForExport(job.session, name, params, "print", cancel.get());
        },
        [this, cancel, withRun = std::move(withRun)](core::Result<core::ReportRun> result) {
            if (cancel->load())
                return;
            setBusy(false, QString());
            if (!result) {
                showStatus(ErrorText::forError(result.error()), true);
                return;
            }
            withRun(std::move(*result));
        });
}

} // namespace caseledger::ui
