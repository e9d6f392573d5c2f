#include "ui/finance/explaindialog.h"

#include "core/services/paymentservice.h"
#include "ui/case/casesectionmodel.h"
#include "ui/common/busybar.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"
#include "ui/finance/explaindocument.h"
#include "ui/finance/financetext.h"
#include "ui/finance/reversaldialog.h"
#include "ui/print/pageprinter.h"
#include "ui/shell/sessioncontroller.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caseledger::ui {

namespace {

PagePrinter::Frame frameFor(
    const core::CollectionExplanation& e, const core::Session& session, const core::Clock& clock)
{
    return {ExplainDialog::tr("Where your payment went"),
        ExplainDialog::tr("Receipt %1").arg(toQString(e.collection.receiptId)),
        ExplainDialog::tr("Prepared by %1 (%2)")
            .arg(toQString(session.displayName), toQString(session.userName)),
        QDateTime::fromMSecsSinceEpoch(core::toUnixMillis(clock.now()))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
}

} // namespace

ExplainDialog::ExplainDialog(
    SessionController& session, const QString& collectionRef, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ref(collectionRef)
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("Explain payment %1").arg(collectionRef));
    setAccessibleName(tr("Explanation of a payment"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("explainSummary"));
    m_summary->setAccessibleName(tr("What was received"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_model = new CaseSectionModel(ExplainDocument::lineHeaders(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("explainTable"));
    m_table->setAccessibleName(tr("Where the payment went"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setAccessibleName(tr("Rows"));
    m_table->horizontalHeader()->setAccessibleName(tr("Columns"));
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("explainOutcome"));
    m_outcome->setAccessibleName(tr("What happens next"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("explainStatus"));
    m_status->setAccessibleName(tr("Explanation status message"));
    m_status->setWordWrap(true);
    m_busy = makeBusyBar(this, tr("Working"));

    m_print = addButton(tr("&Print…"), QStringLiteral("explainPrintButton"),
        tr("Print the explanation"), QKeySequence::Print);
    m_pdf = addButton(tr("Save as P&DF…"), QStringLiteral("explainPdfButton"),
        tr("Save the explanation as PDF"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_reverse = addButton(tr("Re&verse payment…"), QStringLiteral("explainReverseButton"),
        tr("Reverse this payment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_close = addButton(tr("&Close"), QStringLiteral("explainCloseButton"),
        tr("Close the explanation"), QKeySequence(Qt::Key_Escape));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_print, m_pdf, m_reverse})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(980, 480);

    connect(m_print, &QPushButton::clicked, this, &ExplainDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &ExplainDialog::chooseSavePath);
    connect(m_reverse, &QPushButton::clicked, this, &ExplainDialog::reverse);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // S8: a lock closes the dialog with what it shows.
    connect(&m_session, &SessionController::aboutToLock, this, &QDialog::reject);
    connect(&m_session, &SessionController::signedOut, this, &QDialog::reject);
    updateActions();
    reload();
}

ExplainDialog::~ExplainDialog() = default;

void ExplainDialog::askReceipt(
    QWidget* parent, const QString& objectName, std::function<void(const QString&)> then)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAccessibleName(tr("Explain a payment"));
    dialog->setWindowTitle(tr("Explain a payment"));
    dialog->setLabelText(tr("&Receipt id:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, parent, [then](const QString& text) {
        if (!text.trimmed().isEmpty())
            then(text.trimmed());
    });
    dialog->open();
}

ExplainDialog* ExplainDialog::openInPlace(SessionController& session, const QString& ref,
    QPointer<ExplainDialog>& current, QWidget* parent)
{
    if (current)
        current->close();
    auto* dialog = new ExplainDialog(session, ref, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    current = dialog;
    return dialog;
}

QPushButton* ExplainDialog::addButton(const QString& text, const QString& name,
    const QString& accessible, const QKeySequence& shortcut)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    if (!shortcut.isEmpty() && shortcut != QKeySequence(Qt::Key_Escape))
        b->setShortcut(shortcut);
    return b;
}

void ExplainDialog::reload()
{
    m_loading = true;
    m_busy->show();
    updateActions();
    m_session.run<core::CollectionExplanation>(
        this,
        [ref = toStdString(m_ref)](JobContext& job) {
            return core::LedgerService(job.workspace).explain(job.session, ref);
        },
        [this](core::Result<core::CollectionExplanation> e) {
            m_loading = false;
            m_busy->hide();
            if (!e) {
                showStatus(ErrorText::forError(e.error()), true);
                updateActions();
                return;
            }
            showExplanation(std::move(e).value());
        });
}

void ExplainDialog::showExplanation(core::CollectionExplanation explanation)
{
    m_explanation = std::move(explanation);
    std::vector<CaseSectionRow> rows;
    auto cells = ExplainDocument::lineCells(*m_explanation);
    for (std::size_t i = 0; i < m_explanation->lines.size(); ++i) {
        const auto& l = m_explanation->lines[i];
        // Reversal and redistribution lines drawn in the warning colour.
        rows.push_back({l.id, std::move(cells[i]), std::nullopt, toQString(l.line.rule),
            l.entry != core::LineEntry::Allocation});
    }
    m_model->setRows(std::move(rows));
    m_summary->setText(ExplainDocument::summary(*m_explanation));
    m_outcome->setText(ExplainDocument::outcome(*m_explanation));
    showStatus(QString());
    updateActions();
    Q_EMIT loaded();
}

QString ExplainDialog::summaryText() const
{
    return m_summary->text();
}

QString ExplainDialog::statusText() const
{
    return m_status->text();
}

void ExplainDialog::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

void ExplainDialog::updateActions()
{
    const bool ready = m_explanation.has_value() && !m_loading && m_session.isUnlocked();
    m_print->setEnabled(ready);
    m_pdf->setEnabled(ready);
    m_reverse->setEnabled(ready
        && m_explanation->collection.status == core::CollectionStatus::Posted
        && m_session.session().may(core::Action::PaymentReverse));
}

void ExplainDialog::print()
{
    if (!m_explanation)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("explainPrintDialog"));
    dialog->setAccessibleName(tr("Print the explanation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Audited when the person prints, not when the dialog opens; the copy is made from what
    // the audited call returned.
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        forOutput(core::LedgerService::Output::Printed,
            [this, printer](const core::CollectionExplanation& e) {
                const auto doc = ExplainDocument::document(e);
                PagePrinter::print(
                    *doc, *printer, frameFor(e, m_session.session(), m_session.clock()));
                showStatus(tr("The explanation was sent to the printer."));
            });
    });
    dialog->open();
}

void ExplainDialog::forOutput(core::LedgerService::Output output,
    std::function<void(const core::CollectionExplanation&)> then)
{
    m_busy->show();
    m_print->setEnabled(false); // one copy per press: each is audited
    m_pdf->setEnabled(false);
    m_session.run<core::CollectionExplanation>(
        this,
        [ref = m_explanation->collection.receiptId, output](JobContext& job) {
            return core::LedgerService(job.workspace).explainForOutput(job.session, ref, output);
        },
        [this, then = std::move(then)](core::Result<core::CollectionExplanation> e) {
            m_busy->hide();
            updateActions();
            if (!e) {
                showStatus(ErrorText::forError(e.error()), true);
                return;
            }
            then(*e);
        });
}

void ExplainDialog::chooseSavePath()
{
    if (!m_explanation)
        return;
    auto* dialog = new QFileDialog(this, tr("Save the explanation as PDF"));
    dialog->setObjectName(QStringLiteral("explainPdfFileDialog"));
    dialog->setAccessibleName(tr("Save the explanation as PDF"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF files (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("payment-%1.pdf").arg(toQString(m_explanation->collection.receiptId)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExplainDialog::savePdf);
    dialog->open();
}

void ExplainDialog::savePdf(const QString& path)
{
    if (!m_explanation)
        return;
    forOutput(core::LedgerService::Output::SavedPdf,
        [this, path](const core::CollectionExplanation& e) { writePdf(e, path); });
}

void ExplainDialog::writePdf(const core::CollectionExplanation& explanation, const QString& path)
{
    struct Outcome
    {
        int pages = 0;
        std::optional<core::Error> error;
    };
    m_busy->show();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        m_busy->hide();
        if (o.error) {
            showStatus(ErrorText::forError(*o.error), true);
            return;
        }
        showStatus(tr("Saved %1 (%n page(s)).", nullptr, o.pages).arg(path));
        Q_EMIT pdfSaved(path, o.pages);
    });
    // Laying out and writing the PDF with an fsync can pass 100 ms (DESIGN §7): values in,
    // the document lives and dies on the worker thread.
    watcher->setFuture(QtConcurrent::run(
        [e = explanation, frame = frameFor(explanation, m_session.session(), m_session.clock()),
            path] {
            Outcome o;
            try {
                const auto doc = ExplainDocument::document(e);
                PagePrinter::save(PagePrinter::pdf(*doc, frame, &o.pages, true), toPath(path));
            } catch (const core::Failure& failure) {
                o.error = failure.error();
            }
            return o;
        }));
}

void ExplainDialog::reverse()
{
    if (!m_explanation || !m_reverse->isEnabled())
        return;
    auto* dialog = new ReversalDialog(*m_explanation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reversal = dialog;
    connect(dialog, &RequestDialog::submitted, this, &ExplainDialog::runReversal);
    dialog->open();
}

void ExplainDialog::runReversal()
{
    ReversalDialog* dialog = m_reversal;
    const auto reason = dialog ? dialog->request() : std::nullopt;
    if (!dialog || !reason || !m_explanation)
        return;
    dialog->setWorking(true);
    const std::string id = m_explanation->collection.id.toString();
    m_session.run<core::ReversalResult>(
        dialog,
        [id, r = *reason](JobContext& job) {
            return core::PaymentService(job.workspace).reverse(job.session, id, r);
        },
        [this, dialog](core::Result<core::ReversalResult> result) {
            dialog->setWorking(false);
            if (!result) {
                dialog->showError(result.error());
                return;
            }
            dialog->accept();
            showStatus(tr("The payment was reversed."));
            Q_EMIT reversed(toQString(result->collection.receiptId));
            reload();
        });
}

} // namespace caseledger::ui
