#include "ui/worklist/worklistpage.h"

#include "core/services/taskservice.h"
#include "ui/common/errortext.h"
#include "ui/common/listtable.h"
#include "ui/shell/sessioncontroller.h"
#include "ui/worklist/compliancemodel.h"
#include "ui/worklist/worklistmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

WorklistPage::WorklistPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WorklistModel(session, this))
    , m_compliance(new ComplianceModel(this))
{
    setObjectName(QStringLiteral("worklistPage"));
    setAccessibleName(tr("Worklist"));
    auto* title = new QLabel(tr("My worklist"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    m_table = makeListTable(this, QStringLiteral("worklistTable"), tr("My tasks"), 160);
    m_table->setModel(m_model);
    onRowActivated(m_table, [this] { openCurrent(); });
    m_open = new QPushButton(tr("&Open case"), this);
    m_open->setObjectName(QStringLiteral("worklistOpenButton"));
    m_open->setAccessibleName(tr("Open the case of the selected task"));
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setAccessibleName(tr("Reload the worklist"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("worklistStatus"));
    m_status->setAccessibleName(tr("Worklist status"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(createComplianceBox(), 1);

    connect(m_open, &QPushButton::clicked, this, &WorklistPage::openCurrent);
    connect(m_reload, &QPushButton::clicked, this, &WorklistPage::reload);
    connect(m_model, &WorklistModel::loaded, this, [this] {
        m_status->setText(tr("%n task(s) shown", nullptr, m_model->rowCount()));
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &WorklistModel::failed, m_status, &QLabel::setText);
    connect(&m_session, &SessionController::unlocked, this, &WorklistPage::reload);
    connect(&m_session, &SessionController::locked, this, &WorklistPage::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &WorklistPage::sessionClosed);
    if (m_session.isUnlocked())
        reload();
}

WorklistPage::~WorklistPage() = default;

QGroupBox* WorklistPage::createComplianceBox()
{
    m_complianceBox = new QGroupBox(tr("Timeframe compliance (all workers)"), this);
    m_complianceBox->setAccessibleName(tr("Timeframe compliance"));
    auto* table = makeListTable(
        m_complianceBox, QStringLiteral("complianceTable"), tr("Timeframe compliance"), 160);
    table->setModel(m_compliance);
    auto* layout = new QVBoxLayout(m_complianceBox);
    layout->addWidget(table);
    m_complianceBox->hide();
    return m_complianceBox;
}

QString WorklistPage::statusText() const
{
    return m_status->text();
}

void WorklistPage::reload()
{
    if (!m_session.isUnlocked() || !m_session.session().may(core::Action::TaskList))
        return;
    m_model->setQuery(core::WorklistQuery {});
    loadCompliance();
}

void WorklistPage::loadCompliance()
{
    // Only a supervisor may see compliance; for others the box stays hidden (no denied call).
    const bool supervisor = m_session.session().may(core::Action::TaskCompliance);
    m_complianceBox->setVisible(supervisor);
    if (!supervisor)
        return;
    m_session.run<std::vector<core::ComplianceRow>>(
        this,
        [](JobContext& job) {
            return core::TaskService(job.workspace).compliance(job.session, {});
        },
        [this](core::Result<std::vector<core::ComplianceRow>> rows) {
            if (!rows) {
                m_status->setText(ErrorText::forError(rows.error()));
                return;
            }
            m_compliance->setRows(std::move(rows).value());
        });
}

void WorklistPage::sessionClosed()
{
    // S8: nothing of the locked session stays behind the hidden window.
    m_model->clear();
    m_compliance->clear();
    m_status->clear();
}

void WorklistPage::openCurrent()
{
    const QString number
        = m_model->data(m_table->currentIndex(), WorklistModel::CaseNumberRole).toString();
    if (!number.isEmpty())
        Q_EMIT openCaseRequested(number);
}

} // namespace caseledger::ui
