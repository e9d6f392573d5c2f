#include "ui/reports/drilldialog.h"

#include "ui/common/listtable.h"
#include "ui/reports/drillcasemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

DrillDialog::DrillDialog(const QString& figure, core::DrillResult result, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Cases behind %1").arg(figure));
    setAccessibleName(tr("Cases behind a report figure"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("drillSummary"));
    m_summary->setAccessibleName(tr("Number of cases"));
    m_summary->setWordWrap(true);
    const auto shown = static_cast<std::int64_t>(result.rows.size());
    m_summary->setText(shown < result.total ? tr("%1: %2 case(s); the first %3 are listed.")
                                                  .arg(figure)
                                                  .arg(result.total)
                                                  .arg(shown)
                                            : tr("%1: %2 case(s).").arg(figure).arg(result.total));
    m_model = new DrillCaseModel(this);
    m_model->setRows(std::move(result.rows));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setAccessibleName(tr("Case columns"));
    m_table->verticalHeader()->hide();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open case"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openCaseButton"));
    open->setAccessibleName(tr("Open the selected case"));
    open->setEnabled(m_model->rowCount() > 0);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, &DrillDialog::openCurrent);
    onRowActivated(m_table, [this] { openCurrent(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString DrillDialog::summaryText() const
{
    return m_summary->text();
}

void DrillDialog::openCurrent()
{
    const QString number = m_model->caseNumberAt(m_table->currentIndex());
    if (number.isEmpty())
        return;
    Q_EMIT openCaseRequested(number);
    accept();
}

} // namespace caseledger::ui
