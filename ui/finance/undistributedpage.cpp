#include "ui/finance/undistributedpage.h"

#include "core/services/ledgerservice.h"
#include "ui/case/casesectionmodel.h"
#include "ui/common/busybar.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/listtable.h"
#include "ui/common/qtext.h"
#include "ui/finance/explaindialog.h"
#include "ui/finance/financetext.h"
#include "ui/shell/sessioncontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

UndistributedPage::UndistributedPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("undistributedPage"));
    setAccessibleName(tr("Undistributed payments"));
    auto* title = new QLabel(tr("Undistributed payments"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    m_model = new CaseSectionModel({tr("Age (days)"), tr("Held since"), tr("Amount"), tr("Reason"),
                                       tr("Case"), tr("Receipt id")},
        this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("undistributedTable"));
    m_table->setAccessibleName(tr("Money held"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setAccessibleName(tr("Rows"));
    m_table->horizontalHeader()->setAccessibleName(tr("Columns"));
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->resizeSection(ReasonColumn, 380);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("undistributedStatus"));
    m_status->setAccessibleName(tr("Undistributed status message"));
    m_status->setWordWrap(true);
    m_busy = makeBusyBar(this, tr("Reading the queue"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("undistributedRefreshButton"));
    m_refresh->setAccessibleName(tr("Read the queue again"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_explainButton = new QPushButton(tr("E&xplain payment"), this);
    m_explainButton->setObjectName(QStringLiteral("undistributedExplainButton"));
    m_explainButton->setAccessibleName(tr("Explain the payment in the selected row"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_explainButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    connect(m_refresh, &QPushButton::clicked, this, &UndistributedPage::refresh);
    connect(m_explainButton, &QPushButton::clicked, this, &UndistributedPage::explainCurrent);
    onRowActivated(m_table, [this] { explainCurrent(); });
    connect(&m_session, &SessionController::locked, this, &UndistributedPage::clear);
    connect(&m_session, &SessionController::signedOut, this, &UndistributedPage::clear);
}

UndistributedPage::~UndistributedPage() = default;

void UndistributedPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void UndistributedPage::refresh()
{
    if (!m_session.isUnlocked() || m_loading)
        return;
    m_loading = true;
    m_busy->show();
    m_session.run<std::vector<core::HeldItem>>(
        this,
        [](JobContext& job) {
            return core::LedgerService(job.workspace).undistributed(job.session);
        },
        [this](core::Result<std::vector<core::HeldItem>> queue) {
            m_loading = false;
            m_busy->hide();
            if (!queue) {
                m_model->clear();
                showStatus(ErrorText::forError(queue.error()), true);
                return;
            }
            const core::Date today = m_session.clock().today();
            std::vector<CaseSectionRow> rows;
            core::Money total;
            for (const auto& h : *queue) {
                total += h.amount;
                rows.push_back({h.collectionId,
                    {QString::number(h.since.daysUntil(today)), FinanceText::date(h.since),
                        FinanceText::money(h.amount), toQString(h.reason),
                        h.caseNumber.empty() ? tr("No case") : toQString(h.caseNumber),
                        toQString(h.receiptId)},
                    std::nullopt, toQString(h.reason), h.since.daysUntil(today) > 30});
            }
            m_model->setRows(std::move(rows));
            showStatus(
                tr("%n payment part(s) held, %1 in all.", nullptr, static_cast<int>(queue->size()))
                    .arg(FinanceText::money(total)));
        });
}

void UndistributedPage::explainCurrent()
{
    const auto id = m_model->idAt(m_table->currentIndex());
    if (!id)
        return;
    if (m_explain)
        m_explain->close();
    auto* dialog = new ExplainDialog(m_session, toQString(id->toString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_explain = dialog;
    connect(dialog, &ExplainDialog::reversed, this, &UndistributedPage::refresh);
    dialog->open();
}

QString UndistributedPage::statusText() const
{
    return m_status->text();
}

void UndistributedPage::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

void UndistributedPage::clear()
{
    m_model->clear();
    showStatus(QString());
    if (m_explain)
        m_explain->reject();
}

} // namespace caseledger::ui
