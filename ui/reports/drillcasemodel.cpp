#include "ui/reports/drillcasemodel.h"

#include "core/cases/codes.h"
#include "ui/common/qtext.h"

namespace caseledger::ui {

DrillCaseModel::DrillCaseModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DrillCaseModel::setRows(std::vector<core::CaseListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString DrillCaseModel::caseNumberAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    return toQString(m_rows[static_cast<std::size_t>(index.row())].number);
}

int DrillCaseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DrillCaseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount_;
}

QVariant DrillCaseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const core::CaseListRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (static_cast<Column>(index.column())) {
    case CaseNumber:
        return toQString(r.number);
    case Status:
        return toQString(core::labelOf(r.status));
    case Phase:
        return toQString(core::labelOf(r.phase));
    case Worker:
        return r.workerName.empty() ? tr("Unassigned") : toQString(r.workerName);
    case NoncustodialParent:
        return toQString(r.noncustodialParent);
    case CustodialParty:
        return toQString(r.custodialParty);
    case ColumnCount_:
        break;
    }
    return {};
}

QVariant DrillCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case CaseNumber:
        return tr("Case");
    case Status:
        return tr("Status");
    case Phase:
        return tr("Phase");
    case Worker:
        return tr("Worker");
    case NoncustodialParent:
        return tr("Noncustodial parent");
    case CustodialParty:
        return tr("Custodial party");
    case ColumnCount_:
        break;
    }
    return {};
}

} // namespace caseledger::ui
