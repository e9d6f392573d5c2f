#include "ui/caseload/caseloadpage.h"

#include "core/cases/case.h"
#include "core/cases/caselist.h"
#include "ui/case/opencasedialog.h"
#include "ui/caseload/caselistmodel.h"
#include "ui/common/dialogjob.h"
#include "ui/common/errortext.h"
#include "ui/common/listtable.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

template<class E>
void addCodes(QComboBox* combo)
{
    for (const auto& entry : core::EnumCodes<E>::table)
        combo->addItem(toQString(entry.label), static_cast<int>(entry.value));
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

CaseloadPage::CaseloadPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseListModel(session, this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    setAccessibleName(tr("Caseload"));

    auto* title = new QLabel(tr("Caseload"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    m_table = makeListTable(this, QStringLiteral("caseTable"), tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::NumberColumn, Qt::AscendingOrder);
    onRowActivated(m_table, [this] { openCurrent(); });

    m_open = new QPushButton(tr("&Open case"), this);
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_open->setAccessibleName(tr("Open the selected case"));
    m_new = new QPushButton(tr("&New case…"), this);
    m_new->setObjectName(QStringLiteral("newCaseButton"));
    m_new->setAccessibleName(tr("Open a new case"));
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setAccessibleName(tr("Reload the caseload"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("caseloadStatus"));
    m_statusLabel->setAccessibleName(tr("Caseload status"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_statusLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(createFilters());
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &CaseloadPage::openCurrent);
    connect(m_reload, &QPushButton::clicked, this, &CaseloadPage::reload);
    connect(m_new, &QPushButton::clicked, this, &CaseloadPage::newCase);
    connect(m_model, &CaseListModel::loaded, this, &CaseloadPage::updateStatus);
    connect(m_model, &CaseListModel::failed, m_statusLabel, &QLabel::setText);
    connect(&m_session, &SessionController::unlocked, this, &CaseloadPage::sessionReady);
    connect(&m_session, &SessionController::locked, this, &CaseloadPage::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &CaseloadPage::sessionClosed);
    if (m_session.isUnlocked())
        sessionReady();
}

CaseloadPage::~CaseloadPage() = default;

QWidget* CaseloadPage::createFilters()
{
    auto* box = new QWidget(this);
    m_scope = new QComboBox(box);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setAccessibleName(tr("Whose cases"));
    m_scope->addItem(tr("My cases"), static_cast<int>(Scope::Mine));
    m_scope->addItem(tr("All cases"), static_cast<int>(Scope::All));
    m_scope->addItem(tr("Unassigned cases"), static_cast<int>(Scope::Unassigned));
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Case status"));
    addCodes<core::CaseStatusFilter>(m_status);
    m_phase = new QComboBox(box);
    m_phase->setObjectName(QStringLiteral("phaseCombo"));
    m_phase->setAccessibleName(tr("Case phase"));
    m_phase->addItem(tr("Any phase"), -1);
    addCodes<core::CasePhase>(m_phase);
    m_overdue = new QCheckBox(tr("Only with o&verdue tasks"), box);
    m_overdue->setObjectName(QStringLiteral("overdueCheck"));
    m_overdue->setAccessibleName(tr("Only cases with overdue tasks"));

    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Show:"), m_scope));
    layout->addWidget(m_scope);
    layout->addWidget(buddyLabel(tr("S&tatus:"), m_status));
    layout->addWidget(m_status);
    layout->addWidget(buddyLabel(tr("&Phase:"), m_phase));
    layout->addWidget(m_phase);
    layout->addWidget(m_overdue);
    layout->addStretch(1);

    for (QComboBox* combo : {m_scope, m_status, m_phase})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadPage::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseloadPage::reload);
    return box;
}

QString CaseloadPage::statusText() const
{
    return m_statusLabel->text();
}

void CaseloadPage::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(scope)));
}

void CaseloadPage::reload()
{
    if (!m_session.isUnlocked() || !m_session.session().may(core::Action::CaseList))
        return;
    core::CaseListQuery q = m_model->query();
    const auto scope = static_cast<Scope>(m_scope->currentData().toInt());
    q.worker = scope == Scope::Mine ? std::optional<core::Uuid>(m_session.session().userId)
                                    : std::nullopt;
    q.unassignedOnly = scope == Scope::Unassigned;
    q.status = static_cast<core::CaseStatusFilter>(m_status->currentData().toInt());
    const int phase = m_phase->currentData().toInt();
    q.phase = phase < 0 ? std::nullopt : std::optional(static_cast<core::CasePhase>(phase));
    q.overdueOnly = m_overdue->isChecked();
    m_statusLabel->setText(tr("Loading…"));
    m_model->setQuery(q);
}

void CaseloadPage::newCase()
{
    auto* dialog = new OpenCaseDialog(this);
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [](JobContext& job, const OpenCaseForm& form) {
            return OpenCaseDialog::run(job.workspace, job.session, form);
        },
        [this](const core::Case& opened) {
            reload();
            Q_EMIT openCaseRequested(toQString(opened.number));
        });
}

void CaseloadPage::sessionReady()
{
    m_new->setEnabled(m_session.session().may(core::Action::CaseOpen)
        && m_session.session().may(core::Action::PersonAdd));
    // A supervisor starts with everybody's cases; a worker with their own.
    const bool supervisor = m_session.session().role == core::Role::Supervisor;
    const QSignalBlocker blocker(m_scope);
    setScope(supervisor ? Scope::All : Scope::Mine);
    reload();
}

void CaseloadPage::sessionClosed()
{
    // S8: nothing of the locked session stays behind the hidden window.
    m_model->clear();
    m_statusLabel->clear();
}

void CaseloadPage::updateStatus()
{
    const int shown = m_model->rowCount();
    if (const auto total = m_model->total())
        m_statusLabel->setText(
            tr("%1 of %2 cases shown").arg(QLocale().toString(shown), QLocale().toString(*total)));
    else
        m_statusLabel->setText(tr("%1 cases shown").arg(QLocale().toString(shown)));
    if (!m_table->currentIndex().isValid() && shown > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CaseloadPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (const auto* row = m_model->rowAt(index))
        Q_EMIT openCaseRequested(toQString(row->number));
}

} // namespace caseledger::ui
