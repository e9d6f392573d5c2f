#include "ui/finance/ledgertab.h"

#include "core/services/paymentservice.h"
#include "ui/case/casesectionmodel.h"
#include "ui/common/busybar.h"
#include "ui/common/datefield.h"
#include "ui/common/dialogjob.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/listtable.h"
#include "ui/common/qtext.h"
#include "ui/finance/explaindialog.h"
#include "ui/finance/financetext.h"
#include "ui/finance/ledgertablemodel.h"
#include "ui/finance/redistributedialog.h"
#include "ui/shell/sessioncontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace caseledger::ui {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setAccessibleName(LedgerTab::tr("Rows"));
    table->horizontalHeader()->setAccessibleName(LedgerTab::tr("Columns"));
    // Fixed default widths: no per-row sizing of a long ledger (STYLE "GUI").
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(120);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return table;
}

std::optional<core::Date> periodEnd(const QLineEdit* edit, bool* ok)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto date = core::Date::parseIso(toStdString(text));
    *ok = *ok && date.has_value();
    return date;
}

} // namespace

LedgerTab::LedgerTab(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ledgerTab"));
    setAccessibleName(tr("Ledger"));
    m_model = new LedgerTableModel(this);
    m_table = makeTable(this, QStringLiteral("ledgerTable"), tr("Ledger entries"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->resizeSection(LedgerTableModel::EntryColumn, 190);
    m_table->horizontalHeader()->resizeSection(LedgerTableModel::BucketColumn, 240);
    m_table->horizontalHeader()->resizeSection(LedgerTableModel::PayeeColumn, 200);
    m_buckets = new CaseSectionModel({tr("Bucket"), tr("Charged"), tr("Paid"), tr("Owed")}, this);
    m_bucketTable = makeTable(this, QStringLiteral("ledgerBucketTable"), tr("Balances by bucket"));
    m_bucketTable->setModel(m_buckets);
    m_bucketTable->horizontalHeader()->resizeSection(0, 320);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("ledgerTotals"));
    m_totals->setAccessibleName(tr("Ledger totals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ledgerStatus"));
    m_status->setAccessibleName(tr("Ledger status message"));
    m_status->setWordWrap(true);
    m_busy = makeBusyBar(this, tr("Reading the ledger"));

    m_explainButton = button(tr("E&xplain payment"), QStringLiteral("ledgerExplainButton"),
        tr("Explain the payment in the selected row"));
    m_askButton = button(tr("Explain recei&pt…"), QStringLiteral("ledgerExplainReceiptButton"),
        tr("Explain a payment by its receipt id"));
    m_reverseButton = button(tr("Re&verse payment…"), QStringLiteral("ledgerReverseButton"),
        tr("Reverse the payment in the selected row"));
    m_redistributeButton = button(tr("Redistri&bute…"), QStringLiteral("ledgerRedistributeButton"),
        tr("Redistribute the payer's payments from a date"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("ledgerSplitter"));
    split->setAccessibleName(tr("Ledger and balances"));
    split->addWidget(m_table);
    split->addWidget(m_bucketTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_explainButton, m_askButton, m_reverseButton, m_redistributeButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPeriodBar());
    layout->addWidget(split, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);

    onRowActivated(m_table, [this] { explainCurrent(); });
    connect(m_explainButton, &QPushButton::clicked, this, &LedgerTab::explainCurrent);
    connect(m_askButton, &QPushButton::clicked, this, &LedgerTab::askReceipt);
    connect(m_reverseButton, &QPushButton::clicked, this, &LedgerTab::reverseCurrent);
    connect(m_redistributeButton, &QPushButton::clicked, this, &LedgerTab::redistribute);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &LedgerTab::updateActions);
    connect(&m_session, &SessionController::locked, this, &LedgerTab::clear);
    connect(&m_session, &SessionController::signedOut, this, &LedgerTab::clear);
    updateActions();
}

LedgerTab::~LedgerTab() = default;

QPushButton* LedgerTab::button(const QString& text, const QString& name, const QString& accessible)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

QWidget* LedgerTab::createPeriodBar()
{
    auto* bar = new QWidget(this);
    bar->setAccessibleName(tr("Period"));
    const auto edit = [this](const QString& name, const QString& accessible) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        e->setPlaceholderText(DateField::placeholder());
        e->setClearButtonEnabled(true);
        e->setMaximumWidth(150);
        connect(e, &QLineEdit::returnPressed, this, &LedgerTab::applyPeriod);
        return e;
    };
    m_from = edit(QStringLiteral("ledgerFromEdit"), tr("Period from (first day shown)"));
    m_to = edit(QStringLiteral("ledgerToEdit"), tr("Period to (last day shown)"));
    m_apply = button(tr("&Apply period"), QStringLiteral("ledgerApplyPeriodButton"),
        tr("Show the ledger of the period"));
    auto* fromLabel = new QLabel(tr("Fro&m:"), bar);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o:"), bar);
    toLabel->setBuddy(m_to);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(m_apply);
    row->addStretch(1);
    connect(m_apply, &QPushButton::clicked, this, &LedgerTab::applyPeriod);
    return bar;
}

void LedgerTab::setCase(const QString& caseNumber)
{
    if (caseNumber != m_caseNumber) {
        m_doneText.clear();
        m_from->clear();
        m_to->clear();
        m_ledger.reset();
        m_model->clear();
        m_buckets->clear();
        m_totals->clear();
    }
    m_caseNumber = caseNumber;
    m_stale = true;
    if (isVisible())
        applyPeriod();
    updateActions();
}

void LedgerTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        applyPeriod();
}

void LedgerTab::reload(const QString& doneText)
{
    m_doneText = doneText;
    applyPeriod();
}

void LedgerTab::applyPeriod()
{
    if (m_caseNumber.isEmpty() || !m_session.isUnlocked())
        return;
    bool ok = true;
    core::LedgerQuery query {periodEnd(m_from, &ok), periodEnd(m_to, &ok)};
    if (!ok) {
        showStatus(
            withDoneText(tr("Write the period's dates as YYYY-MM-DD, or leave one blank.")), true);
        return;
    }
    m_stale = false;
    m_loading = true;
    m_busy->show();
    showStatus(tr("Reading the ledger of case %1…").arg(m_caseNumber));
    const quint64 generation = ++m_generation;
    m_session.run<core::CaseLedger>(
        this,
        [ref = toStdString(m_caseNumber), query](JobContext& job) {
            return core::LedgerService(job.workspace).ledger(job.session, ref, query);
        },
        [this, generation, query](core::Result<core::CaseLedger> ledger) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_busy->hide();
            if (!ledger) {
                showStatus(withDoneText(ErrorText::forError(ledger.error())), true);
                return;
            }
            m_shownFrom = query.from;
            m_shownTo = query.to;
            showLedger(std::move(ledger).value());
        });
}

QString LedgerTab::withDoneText(const QString& text)
{
    // What the change did is said even when the ledger cannot be shown after it, and only once.
    const QString done = std::exchange(m_doneText, QString());
    if (done.isEmpty() || text.isEmpty())
        return done + text;
    return done + QLatin1Char(' ') + text;
}

void LedgerTab::showLedger(core::CaseLedger ledger)
{
    m_ledger = std::move(ledger);
    const core::CaseLedger& l = *m_ledger;
    m_model->setRows(LedgerTableModel::rowsOf(l, m_shownFrom, m_shownTo));
    std::vector<CaseSectionRow> buckets;
    for (const auto& b : l.buckets)
        buckets.push_back({core::Uuid(),
            {FinanceText::bucket(b.bucket), FinanceText::money(b.charged),
                FinanceText::money(b.paid), FinanceText::money(b.owed())},
            std::nullopt, QString(), b.owed().isNegative()});
    m_buckets->setRows(std::move(buckets));
    QString totals = tr("Owed before the period: %1. Owed today: %2. Unreimbursed public "
                        "assistance: %3.")
                         .arg(FinanceText::money(l.openingBalance), FinanceText::money(l.owed),
                             FinanceText::money(l.ura));
    if (!l.writtenAhead.isZero())
        totals += QLatin1Char(' ')
            + tr("Entries dated after today (month-end conversion, interest) add %1 on their "
                 "dates; the balances by bucket include them.")
                  .arg(FinanceText::money(l.writtenAhead));
    m_totals->setText(totals);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    showStatus(
        withDoneText(m_model->rowCount() == 0 ? tr("No entries in this period.") : QString()));
    updateActions();
    Q_EMIT loaded();
}

void LedgerTab::clear()
{
    ++m_generation;
    m_loading = false;
    m_busy->hide();
    m_caseNumber.clear();
    m_doneText.clear();
    m_stale = false;
    m_ledger.reset();
    m_model->clear();
    m_buckets->clear();
    m_totals->clear();
    m_from->clear();
    m_to->clear();
    showStatus(QString());
    if (m_explain)
        m_explain->reject();
    updateActions();
}

QString LedgerTab::totalsText() const
{
    return m_totals->text();
}

QString LedgerTab::statusText() const
{
    return m_status->text();
}

void LedgerTab::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

void LedgerTab::updateActions()
{
    const bool ready = m_ledger.has_value() && m_session.isUnlocked();
    const bool onPayment = ready && m_model->collectionAt(m_table->currentIndex()).has_value();
    m_apply->setEnabled(!m_caseNumber.isEmpty());
    m_explainButton->setEnabled(onPayment);
    m_askButton->setEnabled(ready);
    m_reverseButton->setEnabled(onPayment && m_session.session().may(core::Action::PaymentReverse));
    m_redistributeButton->setEnabled(
        ready && m_session.session().may(core::Action::PaymentRedistribute));
}

void LedgerTab::explainCurrent()
{
    const auto id = m_model->collectionAt(m_table->currentIndex());
    if (id)
        explain(toQString(id->toString()));
}

void LedgerTab::askReceipt()
{
    ExplainDialog::askReceipt(this, QStringLiteral("explainReceiptDialog"),
        [this](const QString& receipt) { explain(receipt); });
}

void LedgerTab::explain(const QString& collectionRef)
{
    auto* dialog = ExplainDialog::openInPlace(m_session, collectionRef, m_explain, this);
    // The balances follow a reversal made from the explanation.
    connect(dialog, &ExplainDialog::reversed, this, &LedgerTab::reload);
    dialog->open();
}

void LedgerTab::reverseCurrent()
{
    explainCurrent();
    if (!m_explain)
        return;
    connect(m_explain.data(), &ExplainDialog::loaded, m_explain.data(), &ExplainDialog::reverse,
        Qt::SingleShotConnection);
}

void LedgerTab::redistribute()
{
    if (!m_ledger)
        return;
    // The first payment that paid support ahead: an order ended or changed later may no longer
    // bring the months it paid. Offered only from the whole ledger (no period: its start could
    // hide an earlier one).
    std::optional<core::Date> paidAhead;
    if (!m_shownFrom)
        for (const auto& e : m_ledger->entries)
            if (e.collectionId && e.bucket == core::Bucket::future() && e.payment.isPositive()) {
                paidAhead = e.date;
                break;
            }
    auto* dialog = new RedistributeDialog(m_caseNumber, paidAhead, this);
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [ref = toStdString(m_caseNumber)](JobContext& job, const RedistributeRequest& r) {
            return core::PaymentService(job.workspace)
                .redistribute(job.session, ref, r.from, r.reason);
        },
        [this](const std::vector<core::PostedCollection>& redone) {
            reload(redone.size() == 1
                    ? tr("One payment of the payer was redistributed.")
                    : tr("%1 payments of the payer were redistributed.").arg(redone.size()));
        });
}

} // namespace caseledger::ui
