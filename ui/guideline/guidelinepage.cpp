#include "ui/guideline/guidelinepage.h"

#include "core/guideline/guideline.h"
#include "core/guideline/guidelinejson.h"
#include "core/guideline/guidelinerequestjson.h"
#include "core/services/guidelineservice.h"
#include "ui/common/busybar.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"
#include "ui/guideline/guidelinefieldmessages.h"
#include "ui/guideline/guidelineform.h"
#include "ui/guideline/guidelineresultview.h"
#include "ui/guideline/guidelinesteptable.h"
#include "ui/print/pageprinter.h"
#include "ui/shell/sessioncontroller.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caseledger::ui {

namespace {

struct PdfOutcome
{
    std::optional<core::Error> error;
    int pages = 0;
    qint64 milliseconds = 0;
};

// Off the GUI thread: laying out and drawing the worksheet and writing it with an fsync takes
// 70-90 ms here and more on a slow disk (DESIGN §7). Values in, values out; the document and
// the writer live and die on the worker thread.
PdfOutcome renderPdf(const QString& path, const core::GuidelineRequest& request,
    const core::GuidelineResult& result, const GuidelineWorksheet::Header& header,
    const WorksheetPrinter::Frame& frame)
{
    QElapsedTimer timer;
    timer.start();
    PdfOutcome outcome;
    try {
        const auto document = GuidelineWorksheet::document(request, result, header);
        PagePrinter::save(WorksheetPrinter::pdf(*document, frame, &outcome.pages), toPath(path));
    } catch (const core::Failure& failure) {
        outcome.error = failure.error();
    }
    outcome.milliseconds = timer.elapsed();
    return outcome;
}

} // namespace

GuidelinePage::GuidelinePage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("guidelinePage"));
    setAccessibleName(tr("Guideline calculator"));
    auto* title = new QLabel(tr("Guideline child support"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto* intro = new QLabel(tr("California Family Code §4055, as in force on the as-of date. The "
                                "result follows what you type; saving, printing and exporting are "
                                "recorded in the audit log."),
        this);
    intro->setAccessibleName(tr("About the calculator"));
    intro->setWordWrap(true);

    createActions();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(createWorkArea(), 1);
    layout->addWidget(createButtons());

    // Debounced: one calculation when the typing pauses, not one per key.
    m_recalculate.setSingleShot(true);
    m_recalculate.setInterval(kRecalculateDelayMs);
    connect(&m_recalculate, &QTimer::timeout, this, &GuidelinePage::recalculateNow);
    connect(m_form, &GuidelineForm::changed, &m_recalculate, qOverload<>(&QTimer::start));

    connect(&m_session, &SessionController::unlocked, this, &GuidelinePage::clear);
    connect(&m_session, &SessionController::aboutToLock, this, &GuidelinePage::sessionClosed);
    connect(&m_session, &SessionController::locked, this, &GuidelinePage::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &GuidelinePage::sessionClosed);
    connect(&m_session, &SessionController::busyChanged, this, &GuidelinePage::updateActions);
    clear();
}

GuidelinePage::~GuidelinePage() = default;

QSplitter* GuidelinePage::createWorkArea()
{
    m_form = new GuidelineForm(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("guidelineInputsScroll"));
    scroll->setAccessibleName(tr("Guideline inputs"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    m_result = new GuidelineResultView(this);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setAccessibleName(tr("Inputs and result"));
    top->addWidget(scroll);
    top->addWidget(m_result);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    // The working takes the width of the page, under the inputs and the result.
    auto* working = new QWidget(this);
    working->setAccessibleName(tr("The working"));
    auto* workingLabel = new QLabel(tr("&Working, step by step:"), working);
    auto* table = new GuidelineStepTable(m_result->stepModel(), working);
    workingLabel->setBuddy(table);
    auto* workingLayout = new QVBoxLayout(working);
    workingLayout->setContentsMargins(0, 0, 0, 0);
    workingLayout->addWidget(workingLabel);
    workingLayout->addWidget(table, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setAccessibleName(tr("Calculation and working"));
    splitter->addWidget(top);
    splitter->addWidget(working);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void GuidelinePage::createActions()
{
    auto action = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_saveAction = action(tr("Sa&ve calculation"), QKeySequence::Save, &GuidelinePage::save);
    m_printAction = action(tr("&Print worksheet…"), QKeySequence::Print, &GuidelinePage::print);
    m_exportAction = action(tr("E&xport worksheet as PDF…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &GuidelinePage::chooseExportFile);
    m_clearAction = action(tr("Start &over"), QKeySequence::New, &GuidelinePage::clear);
}

QWidget* GuidelinePage::createButtons()
{
    auto* bar = new QWidget(this);
    bar->setAccessibleName(tr("Calculator actions"));
    auto button = [bar](QAction* action, const QString& objectName, const QString& accessibleName) {
        auto* b = new QPushButton(action->text(), bar);
        b->setObjectName(objectName);
        b->setAccessibleName(accessibleName);
        b->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    m_save = button(m_saveAction, QStringLiteral("saveButton"), tr("Save the calculation"));
    m_print = button(m_printAction, QStringLiteral("printButton"), tr("Print the worksheet"));
    m_export
        = button(m_exportAction, QStringLiteral("exportButton"), tr("Export the worksheet as PDF"));
    m_clear = button(m_clearAction, QStringLiteral("clearButton"), tr("Start over"));
    m_busy = makeBusyBar(bar, tr("Working"));
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("guidelineStatus"));
    m_status->setAccessibleName(tr("Calculator status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_save, m_print, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    return bar;
}

QDate GuidelinePage::today() const
{
    const core::Date d = m_session.clock().today();
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}

void GuidelinePage::prefill(const GuidelinePrefill& prefill)
{
    m_form->prefill(prefill, today());
    m_status->clear();
    recalculateNow();
}

void GuidelinePage::clear()
{
    m_form->clear(today());
    m_preview.reset();
    m_result->clear();
    m_status->clear();
    m_recalculate.stop();
    updateActions();
}

void GuidelinePage::sessionClosed()
{
    // SECURITY S8: no income figures stay behind a locked window, on screen or in a dialog.
    if (m_printDialog)
        m_printDialog->close();
    if (m_fileDialog)
        m_fileDialog->close();
    m_printDocument.reset();
    // A service call that ran into the lock never reports back (SessionController::run).
    m_working = false;
    clear();
}

void GuidelinePage::recalculateNow()
{
    m_recalculate.stop();
    m_preview.reset();
    const GuidelineForm::Reading reading = m_form->read(false);
    m_form->showProblems(reading.problems, false);
    if (!reading.request) {
        m_form->showNet({});
        const auto wrong = std::find_if(reading.problems.begin(), reading.problems.end(),
            [](const GuidelineInputProblem& p) { return !p.missing; });
        if (wrong != reading.problems.end())
            m_result->showInvalid(tr("Correct the entries marked in red."));
        else
            m_result->showWaiting(reading.problems.front().message);
        updateActions();
        return;
    }
    try {
        core::GuidelineResult result = core::calculateGuideline(*reading.request);
        m_form->showNet({result.netIncomes[0], result.netIncomes[1]});
        m_result->showResult(result, reading.notes);
        m_preview = std::move(result);
    } catch (const core::Failure& failure) {
        m_form->showError(failure.error());
        m_form->showNet({});
        m_result->showInvalid(
            tr("Cannot calculate: %1")
                .arg(ErrorText::sentence(m_form->messages().humanize(failure.error().message))));
    }
    updateActions();
}

void GuidelinePage::updateActions()
{
    const bool ready = m_session.isUnlocked() && !m_working
        && m_session.session().may(core::Action::GuidelineCalculate);
    for (QAction* a : {m_saveAction, m_printAction, m_exportAction})
        a->setEnabled(ready);
    m_save->setEnabled(ready);
    m_print->setEnabled(ready);
    m_export->setEnabled(ready);
    m_busy->setVisible(m_working);
}

void GuidelinePage::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

QString GuidelinePage::statusText() const
{
    return m_status->text();
}

void GuidelinePage::runAudited(Purpose purpose, Done done)
{
    if (m_working)
        return;
    m_recalculate.stop();
    const GuidelineForm::Reading reading = m_form->read(true);
    if (!reading.request) {
        m_form->showProblems(reading.problems, true);
        showStatus(tr("Complete the entries marked in red first."), true);
        return;
    }
    const core::GuidelineRequest request = *reading.request;
    m_working = true;
    updateActions();
    showStatus(tr("Working…"));
    m_session.run<core::GuidelineResult>(
        this,
        [request, purpose](JobContext& job) {
            core::GuidelineService service(job.workspace);
            using Output = core::GuidelineService::WorksheetOutput;
            switch (purpose) {
            case Purpose::Print:
                return service.calculateForWorksheet(job.session, request, Output::Printed);
            case Purpose::Export:
                return service.calculateForWorksheet(job.session, request, Output::ExportedPdf);
            case Purpose::Save:
                break;
            }
            return service.calculate(job.session, request);
        },
        [this, request, done = std::move(done)](core::Result<core::GuidelineResult> result) {
            m_working = false;
            updateActions();
            if (!result) {
                if (result.error().code == core::ErrorCode::Validation)
                    m_form->showError(result.error());
                showStatus(ErrorText::forError(result.error()), true);
                Q_EMIT failed(m_status->text());
                return;
            }
            done(request, *result);
        });
}

void GuidelinePage::save()
{
    runAudited(Purpose::Save,
        [this](const auto& request, const auto& result) { accepted(request, result); });
}

void GuidelinePage::accepted(
    const core::GuidelineRequest& request, const core::GuidelineResult& result)
{
    const QString requestJson = toQString(core::guidelineRequestToJson(request).dump());
    const QString resultJson = toQString(core::guidelineResultToJson(result).dump());
    showStatus(tr("Saved at %1: %2.")
                   .arg(GuidelineWorksheet::runTimeText(worksheetHeader().runTime),
                       GuidelineWorksheet::paysText(result)));
    Q_EMIT calculationAccepted(requestJson, resultJson);
}

void GuidelinePage::print()
{
    runAudited(Purpose::Print,
        [this](const auto& request, const auto& result) { openPrintPreview(request, result); });
}

void GuidelinePage::openPrintPreview(
    const core::GuidelineRequest& request, const core::GuidelineResult& result)
{
    if (m_printDialog)
        m_printDialog->close();
    const GuidelineWorksheet::Header header = worksheetHeader();
    m_printDocument = GuidelineWorksheet::document(request, result, header);
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("worksheetPreview"));
    dialog->setAccessibleName(tr("Print preview of the worksheet"));
    dialog->setWindowTitle(GuidelineWorksheet::reportName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
        [this, frame = pageFrame(header)](QPrinter* printer) {
            if (m_printDocument)
                WorksheetPrinter::print(*m_printDocument, *printer, frame);
        });
    m_printDialog = dialog;
    showStatus(tr("The worksheet is ready to print."));
    dialog->open();
}

void GuidelinePage::chooseExportFile()
{
    if (m_fileDialog)
        return;
    auto* dialog = new QFileDialog(this, tr("Export the worksheet as PDF"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAccessibleName(tr("Export the worksheet as PDF"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    const QString caseNumber = m_form->caseNumber();
    dialog->selectFile(caseNumber.isEmpty() ? tr("guideline-worksheet.pdf")
                                            : tr("guideline-worksheet-%1.pdf").arg(caseNumber));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &GuidelinePage::exportPdf);
    m_fileDialog = dialog;
    dialog->open();
}

void GuidelinePage::exportPdf(const QString& path)
{
    runAudited(Purpose::Export,
        [this, path](const auto& request, const auto& result) { writePdf(path, request, result); });
}

void GuidelinePage::writePdf(
    const QString& path, const core::GuidelineRequest& request, const core::GuidelineResult& result)
{
    const GuidelineWorksheet::Header header = worksheetHeader();
    m_working = true;
    updateActions();
    auto* watcher = new QFutureWatcher<PdfOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const PdfOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_working = false;
        updateActions();
        if (outcome.error) {
            showStatus(ErrorText::forError(*outcome.error), true);
            Q_EMIT failed(m_status->text());
            return;
        }
        m_lastExportMs = outcome.milliseconds;
        showStatus(
            tr("The worksheet was exported to %1 (%n page(s)).", nullptr, outcome.pages).arg(path));
        Q_EMIT worksheetExported(path, outcome.pages);
    });
    watcher->setFuture(
        QtConcurrent::run(renderPdf, path, request, result, header, pageFrame(header)));
}

GuidelineWorksheet::Header GuidelinePage::worksheetHeader() const
{
    const core::Session& s = m_session.session();
    return {m_form->caseNumber(), toQString(s.displayName), toQString(s.userName),
        QDateTime::fromMSecsSinceEpoch(core::toUnixMillis(m_session.clock().now()))};
}

WorksheetPrinter::Frame GuidelinePage::pageFrame(const GuidelineWorksheet::Header& header) const
{
    return {GuidelineWorksheet::reportName(),
        header.caseNumber.isEmpty() ? QString() : tr("Case %1").arg(header.caseNumber),
        tr("Prepared by %1 (%2)").arg(header.preparer, header.userName),
        GuidelineWorksheet::runTimeText(header.runTime)};
}

} // namespace caseledger::ui
