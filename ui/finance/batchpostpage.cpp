#include "ui/finance/batchpostpage.h"

#include "ui/case/casesectionmodel.h"
#include "ui/common/busybar.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"
#include "ui/finance/batchgridmodel.h"
#include "ui/finance/batchgridview.h"
#include "ui/finance/financetext.h"
#include "ui/shell/sessioncontroller.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caseledger::ui {

BatchPostPage::BatchPostPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("batchPostPage"));
    setAccessibleName(tr("Post payments"));
    auto* title = new QLabel(tr("Post a batch of payments"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto* help = new QLabel(tr("Type each payment on a line; Enter moves to the next cell. A blank "
                               "date is today, a blank source a direct payment. Type the batch's "
                               "control total and count: Post is enabled when they match."),
        this);
    help->setAccessibleName(tr("How to post a batch"));
    help->setWordWrap(true);

    m_grid = new BatchGridModel(this);
    m_view = new BatchGridView(this);
    m_view->setObjectName(QStringLiteral("batchGrid"));
    m_view->setAccessibleName(tr("Payments of the batch"));
    m_view->setModel(m_grid);
    m_results
        = new CaseSectionModel({tr("Line"), tr("Receipt id"), tr("Amount"), tr("To the family"),
                                   tr("Kept for assistance"), tr("Held"), tr("Parts"), tr("Note")},
            this);
    auto* results = new QTableView(this);
    results->setObjectName(QStringLiteral("batchResultTable"));
    results->setAccessibleName(tr("Where each payment goes"));
    results->setModel(m_results);
    results->setSelectionBehavior(QAbstractItemView::SelectRows);
    results->verticalHeader()->hide();
    results->verticalHeader()->setAccessibleName(tr("Rows"));
    results->horizontalHeader()->setAccessibleName(tr("Columns"));
    results->horizontalHeader()->setStretchLastSection(true);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setAccessibleName(tr("Payments and their allocation"));
    split->addWidget(m_view);
    split->addWidget(results);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setAccessibleName(tr("Batch status message"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // The bar counts the batch's rows; Cancel (or Escape) stops it with nothing posted.
    m_busy = makeBusyBar(this, tr("Progress of the batch"));
    m_busy->setTextVisible(true);
    m_busy->setMaximumHeight(QWIDGETSIZE_MAX);
    m_cancel = button(tr("&Cancel"), QStringLiteral("batchCancelButton"),
        tr("Stop the batch; nothing of it is posted"), {});
    m_cancel->hide();
    // Escape cancels only while a batch runs: otherwise it belongs to the grid's editor.
    m_cancelAction = new QAction(m_cancel->accessibleName(), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &BatchPostPage::cancel);
    addAction(m_cancelAction);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPostPage::cancel);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        const auto total = static_cast<int>(m_progress->total.load());
        if (total > 0 && m_busy->maximum() != total)
            m_busy->setRange(0, total);
        if (total > 0)
            m_busy->setValue(static_cast<int>(m_progress->done.load()));
    });
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_busy, 1);
    progressRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addWidget(split, 1);
    layout->addWidget(createControls());
    layout->addLayout(progressRow);
    layout->addWidget(m_status);

    connect(m_grid, &QAbstractItemModel::dataChanged, this, &BatchPostPage::updateMatch);
    connect(m_grid, &QAbstractItemModel::rowsRemoved, this, &BatchPostPage::updateMatch);
    connect(m_grid, &QAbstractItemModel::modelReset, this, &BatchPostPage::updateMatch);
    connect(&m_session, &SessionController::unlocked, this, [this] {
        m_grid->setDefaultDate(m_session.clock().today());
        updateMatch();
    });
    // S8: what was typed goes when the session locks.
    // A lock cancels the running job (its result never comes back), so the page stops
    // waiting for it too.
    connect(&m_session, &SessionController::locked, this, &BatchPostPage::stopWork);
    connect(&m_session, &SessionController::signedOut, this, &BatchPostPage::stopWork);
    connect(&m_session, &SessionController::busyChanged, this, &BatchPostPage::updateMatch);
    m_grid->setDefaultDate(m_session.clock().today());
    updateMatch();
}

BatchPostPage::~BatchPostPage() = default;

QPushButton* BatchPostPage::button(const QString& text, const QString& name,
    const QString& accessible, const QKeySequence& shortcut)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    if (!shortcut.isEmpty()) {
        // QAbstractButton::setShortcut would replace the Alt+letter of the text's "&": the
        // extra key goes on an action of the page instead.
        auto* action = new QAction(accessible, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, b, [b] {
            if (b->isVisible() && b->isEnabled())
                b->animateClick();
        });
        addAction(action);
    }
    return b;
}

QWidget* BatchPostPage::createControls()
{
    auto* box = new QWidget(this);
    box->setAccessibleName(tr("Control total"));
    m_controlTotal = new QLineEdit(box);
    m_controlTotal->setObjectName(QStringLiteral("batchControlTotalEdit"));
    m_controlTotal->setAccessibleName(tr("Control total of the batch"));
    m_controlTotal->setPlaceholderText(tr("0.00"));
    m_controlCount = new QLineEdit(box);
    m_controlCount->setObjectName(QStringLiteral("batchControlCountEdit"));
    m_controlCount->setAccessibleName(tr("Number of payments in the batch"));
    m_controlCount->setPlaceholderText(tr("0"));
    m_match = new QLabel(box);
    m_match->setObjectName(QStringLiteral("batchMatchLabel"));
    m_match->setAccessibleName(tr("Whether the control total matches"));
    m_addRow = button(tr("Add &line"), QStringLiteral("batchAddRowButton"),
        tr("Add a line to the grid"), QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_clear = button(tr("Clea&r"), QStringLiteral("batchClearButton"), tr("Clear the batch"), {});
    m_preview = button(tr("Pre&view"), QStringLiteral("batchPreviewButton"),
        tr("Preview where each payment goes"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_post = button(tr("&Post batch"), QStringLiteral("batchPostButton"),
        tr("Post every payment of the batch"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* form = new QFormLayout;
    form->addRow(tr("Control &total:"), m_controlTotal);
    form->addRow(tr("Cou&nt:"), m_controlCount);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(form);
    row->addWidget(m_match, 1);
    for (QPushButton* b : {m_addRow, m_clear, m_preview, m_post})
        row->addWidget(b);
    connect(m_controlTotal, &QLineEdit::textChanged, this, &BatchPostPage::updateMatch);
    connect(m_controlCount, &QLineEdit::textChanged, this, &BatchPostPage::updateMatch);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        m_grid->insertRows(m_grid->rowCount(), 1);
        m_view->setCurrentIndex(m_grid->index(m_grid->rowCount() - 1, 0));
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_clear, &QPushButton::clicked, this, &BatchPostPage::clear);
    connect(m_preview, &QPushButton::clicked, this, &BatchPostPage::preview);
    connect(m_post, &QPushButton::clicked, this, &BatchPostPage::post);
    return box;
}

bool BatchPostPage::controlsMatch() const
{
    const auto total = m_grid->total();
    const auto control
        = core::Money::parse(toStdString(BatchGridModel::normalizedAmount(m_controlTotal->text())));
    bool countOk = false;
    const int count = m_controlCount->text().trimmed().toInt(&countOk);
    return m_grid->filledRows() > 0 && total && control && *total == *control && countOk
        && count == m_grid->filledRows();
}

void BatchPostPage::updateMatch()
{
    const auto total = m_grid->total();
    const int rows = m_grid->filledRows();
    const bool match = controlsMatch();
    m_match->setText(total
            ? tr("Grid: %n payment(s), %1. %2", nullptr, rows)
                  .arg(FinanceText::money(*total),
                      match ? tr("Matches the control total and count.")
                            : tr("Does not match the control total and count yet."))
            : tr("Grid: %n payment(s); an amount is not dollars and cents.", nullptr, rows));
    m_match->setStyleSheet(match ? QString() : QStringLiteral("color: #b3261e;"));
    const bool ready = m_session.isUnlocked() && !m_working;
    const bool allowed = m_session.session().may(core::Action::PaymentImport);
    m_preview->setEnabled(ready && allowed && rows > 0);
    m_post->setEnabled(ready && allowed && match);
}

QString BatchPostPage::matchText() const
{
    return m_match->text();
}

QString BatchPostPage::statusText() const
{
    return m_status->text();
}

void BatchPostPage::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

void BatchPostPage::clear()
{
    m_grid->clear();
    m_results->clear();
    m_controlTotal->clear();
    m_controlCount->clear();
    showStatus(QString());
    updateMatch();
}

void BatchPostPage::preview()
{
    if (m_preview->isEnabled())
        run(true);
}

void BatchPostPage::post()
{
    // All or nothing (S24): only a batch whose control total and count match is posted.
    if (m_post->isEnabled() && controlsMatch())
        run(false);
}

void BatchPostPage::endWork()
{
    m_working = false;
    m_progress.reset();
    m_poll->stop();
    m_busy->hide();
    m_cancel->hide();
    m_cancelAction->setEnabled(false);
}

void BatchPostPage::stopWork()
{
    if (m_progress)
        m_progress->cancelled.store(true);
    endWork();
    clear();
}

void BatchPostPage::cancel()
{
    if (!m_working || !m_progress)
        return;
    m_progress->cancelled.store(true);
    m_cancel->setEnabled(false);
    m_cancelAction->setEnabled(false);
    showStatus(tr("Cancelling: nothing of the batch will be posted…"));
}

void BatchPostPage::run(bool dryRun)
{
    auto gridRows = std::make_shared<std::vector<int>>();
    std::string csv = m_grid->toCsv(gridRows.get());
    m_working = true;
    m_progress = std::make_shared<Progress>();
    m_busy->setRange(0, 0); // until the first row is counted
    m_busy->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_cancelAction->setEnabled(true);
    m_poll->start();
    showStatus(dryRun ? tr("Working out where each payment goes…") : tr("Posting the batch…"));
    updateMatch();
    // A big batch takes seconds: the service runs on the session's database thread and
    // counts its rows for the bar; Cancel rolls it all back (S24).
    m_session.run<core::BatchResult>(
        this,
        [csv = std::move(csv), dryRun, progress = m_progress](JobContext& job) {
            return core::PaymentService(job.workspace)
                .importCsv(job.session, csv, dryRun, [&](std::size_t done, std::size_t total) {
                    progress->total.store(total);
                    progress->done.store(done);
                    return !progress->cancelled.load() && !job.cancelled();
                });
        },
        [this, gridRows, dryRun](core::Result<core::BatchResult> result) {
            endWork();
            if (!result) {
                m_results->clear();
                if (result.error().code == core::ErrorCode::Cancelled)
                    showStatus(tr("Cancelled: nothing of the batch was posted."));
                else
                    showError(result.error(), *gridRows);
                updateMatch();
                return;
            }
            showResult(*result);
            if (!dryRun) {
                const int count = static_cast<int>(result->rows.size());
                m_grid->clear();
                m_controlTotal->clear();
                m_controlCount->clear();
                Q_EMIT posted(count);
            }
            updateMatch();
        });
}

void BatchPostPage::showResult(const core::BatchResult& result)
{
    std::vector<CaseSectionRow> rows;
    int line = 0;
    for (const auto& r : result.rows) {
        ++line;
        rows.push_back({r.collectionId,
            {QString::number(line), toQString(r.receiptId), FinanceText::money(r.amount),
                FinanceText::money(r.toFamily), FinanceText::money(r.retained),
                FinanceText::money(r.held), QString::number(r.lines),
                r.alreadyPosted ? tr("Posted before: nothing changes") : QString()},
            std::nullopt, QString(), r.held.isPositive()});
    }
    m_results->setRows(std::move(rows));
    showStatus(result.dryRun
            ? tr("Preview of %n payment(s) totalling %1: nothing was posted.", nullptr,
                static_cast<int>(result.rows.size()))
                  .arg(FinanceText::money(result.total))
            : tr("Posted %n payment(s) totalling %1.", nullptr, static_cast<int>(result.posted))
                  .arg(FinanceText::money(result.total)));
}

void BatchPostPage::showError(const core::Error& error, const std::vector<int>& gridRows)
{
    // The core names the CSV row ("row 3, amount"); the person sees grid lines.
    static const QRegularExpression rowName(QStringLiteral("^row (\\d+)(?:, (.+))?$"));
    const auto m = rowName.match(toQString(error.field));
    if (!m.hasMatch()) {
        showStatus(ErrorText::forError(error), true);
        return;
    }
    const auto dataRow = static_cast<std::size_t>(m.captured(1).toInt() - 2);
    const int gridRow = dataRow < gridRows.size() ? gridRows[dataRow] : -1;
    const QString field = m.captured(2);
    QString why = toQString(error.message);
    const qsizetype colon = why.indexOf(QLatin1String(": "));
    if (colon >= 0)
        why = why.mid(colon + 2);
    showStatus(
        tr("Line %1, %2: %3 Nothing was posted.")
            .arg(gridRow + 1)
            .arg(field.isEmpty() ? tr("the line") : field, ErrorText::sentence(toStdString(why))),
        true);
    static const QStringList columns {QStringLiteral("receipt_id"), QStringLiteral("obligor"),
        QStringLiteral("amount"), QStringLiteral("date"), QStringLiteral("source")};
    if (gridRow >= 0)
        m_view->setCurrentIndex(m_grid->index(gridRow, std::max(0, int(columns.indexOf(field)))));
}

} // namespace caseledger::ui
