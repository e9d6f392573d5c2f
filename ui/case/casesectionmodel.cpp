#include "ui/case/casesectionmodel.h"

#include "ui/common/qtext.h"

#include <QColor>

namespace caseledger::ui {

CaseSectionModel::CaseSectionModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{ }

CaseSectionModel::~CaseSectionModel() = default;

void CaseSectionModel::setRows(std::vector<CaseSectionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CaseSectionModel::clear()
{
    setRows({});
}

int CaseSectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseSectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant CaseSectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSectionRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::ForegroundRole:
        return row.attention ? QVariant(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    case IdRole:
        return toQString(row.id.toString());
    case LinkRole:
        return row.link ? QVariant(toQString(row.link->toString())) : QVariant();
    default:
        return {};
    }
}

QVariant CaseSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section);
}

const CaseSectionRow* CaseSectionModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || static_cast<std::size_t>(index.row()) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

std::optional<core::Uuid> CaseSectionModel::idAt(const QModelIndex& index) const
{
    const auto* row = rowAt(index);
    return row ? std::optional<core::Uuid>(row->id) : std::nullopt;
}

QModelIndex CaseSectionModel::indexOf(const core::Uuid& id, int column) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return index(static_cast<int>(row), column);
    return {};
}

} // namespace caseledger::ui
