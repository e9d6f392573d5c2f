#include "ui/reports/reporttablemodel.h"

#include "ui/common/qtext.h"

#include <QFont>

namespace caseledger::ui {

namespace {

bool isNumeric(core::ColumnType type)
{
    return type != core::ColumnType::Text && type != core::ColumnType::Date;
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(core::ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({});
}

bool ReportTableModel::isTotalsRow(int row) const
{
    return m_table.totals && row == static_cast<int>(m_table.rows.size());
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_table.rows.size()) + (m_table.totals ? 1 : 0);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

const core::ReportCell* ReportTableModel::cellAt(const QModelIndex& index) const
{
    // No current cell (an invalid index) is a normal question here, not a misuse.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const auto r = static_cast<std::size_t>(index.row());
    const core::ReportRow& row = r < m_table.rows.size() ? m_table.rows[r] : *m_table.totals;
    const auto c = static_cast<std::size_t>(index.column());
    return c < row.cells.size() ? &row.cells[c] : nullptr;
}

core::ColumnType ReportTableModel::typeAt(const QModelIndex& index) const
{
    const core::ColumnType column = m_table.columns[static_cast<std::size_t>(index.column())].type;
    const core::ReportCell* cell = cellAt(index);
    return cell ? core::cellType(*cell, column) : column;
}

QString ReportTableModel::drillKeyAt(const QModelIndex& index) const
{
    const core::ReportCell* cell = cellAt(index);
    return cell ? toQString(cell->drill) : QString();
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    const core::ReportCell* cell = cellAt(index);
    if (!cell)
        return {};
    const core::ColumnType column = m_table.columns[static_cast<std::size_t>(index.column())].type;
    switch (role) {
    case Qt::DisplayRole:
        return toQString(core::formatCell(*cell, column));
    case Qt::AccessibleTextRole:
        // measures.md: a screen reader hears why a cell shows no number.
        if (cell->suppressed)
            return tr("fewer than 11, suppressed");
        if (cell->empty)
            return tr("no value");
        return toQString(core::formatCell(*cell, column));
    case Qt::ToolTipRole:
        if (cell->suppressed)
            return tr("Fewer than 11 cases (or needed to protect such a cell): not shown.");
        if (!cell->drill.empty())
            return tr("Double-click or press Enter to list the cases behind this figure.");
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::AlignVCenter | (isNumeric(typeAt(index)) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::FontRole:
        if (isTotalsRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DrillKeyRole:
        return toQString(cell->drill);
    case SuppressedRole:
        return cell->suppressed;
    case TotalsRole:
        return isTotalsRow(index.row());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const core::ReportColumn& c = m_table.columns[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return toQString(c.title);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(
                Qt::AlignVCenter | (isNumeric(c.type) ? Qt::AlignRight : Qt::AlignLeft));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return isTotalsRow(section) ? tr("Total") : QString::number(section + 1);
    return {};
}

} // namespace caseledger::ui
