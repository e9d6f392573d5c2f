#include "ui/worklist/compliancemodel.h"

#include "ui/common/qtext.h"

#include <QLocale>

namespace caseledger::ui {

ComplianceModel::ComplianceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

ComplianceModel::~ComplianceModel() = default;

void ComplianceModel::setRows(std::vector<core::ComplianceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == RuleColumn ? QVariant()
                                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    const core::ComplianceRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case RuleColumn:
        return toQString(core::labelOf(row.rule));
    case MetColumn:
        return QLocale().toString(static_cast<qlonglong>(row.metOnTime));
    case LateColumn:
        return QLocale().toString(static_cast<qlonglong>(row.late));
    case OverdueColumn:
        return QLocale().toString(static_cast<qlonglong>(row.openOverdue));
    case OpenColumn:
        return QLocale().toString(static_cast<qlonglong>(row.openNotDue));
    default:
        return {};
    }
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RuleColumn:
        return tr("Timeframe");
    case MetColumn:
        return tr("Met on time");
    case LateColumn:
        return tr("Done late");
    case OverdueColumn:
        return tr("Open, overdue");
    case OpenColumn:
        return tr("Open, not yet due");
    default:
        return {};
    }
}

} // namespace caseledger::ui
