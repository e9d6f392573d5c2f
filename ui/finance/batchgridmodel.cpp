#include "ui/finance/batchgridmodel.h"

#include "core/cases/codes.h"
#include "core/finance/collectionsource.h"
#include "ui/common/qtext.h"

#include <QColor>

#include <algorithm>

namespace caseledger::ui {

namespace {

// RFC 4180 quoting for the import (csvtable.h). Not csvCell: the formula guard of exports
// would change what was typed.
std::string csvField(const QString& value)
{
    std::string text = toStdString(value.trimmed());
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

BatchGridModel::BatchGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_rows.resize(1);
}

BatchGridModel::~BatchGridModel() = default;

void BatchGridModel::setDefaultDate(core::Date date)
{
    m_defaultDate = date;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, DateColumn), index(rowCount() - 1, DateColumn));
}

void BatchGridModel::clear(int blankRows)
{
    beginResetModel();
    m_rows.assign(static_cast<std::size_t>(std::max(blankRows, 0)), Row {});
    endResetModel();
}

void BatchGridModel::setRow(int row, const QStringList& cells)
{
    if (row < 0)
        return;
    if (row >= rowCount())
        insertRows(rowCount(), row - rowCount() + 1);
    for (int c = 0; c < ColumnCount && c < cells.size(); ++c)
        setData(index(row, c), cells.at(c));
}

int BatchGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BatchGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BatchGridModel::isBlank(const Row& row)
{
    for (const QString& cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

QString BatchGridModel::effective(const Row& row, int column) const
{
    const QString& typed = row[static_cast<std::size_t>(column)];
    if (!typed.trimmed().isEmpty() || isBlank(row))
        return typed;
    if (column == DateColumn)
        return toQString(m_defaultDate.toIso());
    if (column == SourceColumn)
        return toQString(core::codeOf(core::CollectionSource::Direct));
    return typed;
}

QVariant BatchGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const QString& typed = row[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return effective(row, index.column());
    case Qt::EditRole:
        return typed;
    case Qt::ForegroundRole:
        // A default not typed: greyed, so the person sees it will be used.
        return typed.trimmed().isEmpty() && !isBlank(row) ? QVariant(QColor(0x70, 0x70, 0x70))
                                                          : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                              : QVariant();
    case Qt::ToolTipRole:
        return index.column() == SourceColumn ? QVariant(
                   tr("One of: %1").arg(toQString(core::allowedCodes<core::CollectionSource>())))
                                              : QVariant();
    default:
        return {};
    }
}

bool BatchGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())]
        = value.toString();
    // The defaults of the row's other cells show or go with it.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags BatchGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant BatchGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(QString::number(section + 1))
                                                    : QVariant();
    static const char* const names[ColumnCount]
        = {QT_TR_NOOP("Receipt id"), QT_TR_NOOP("Payer (case number or id)"), QT_TR_NOOP("Amount"),
            QT_TR_NOOP("Date"), QT_TR_NOOP("Source")};
    return section >= 0 && section < ColumnCount ? QVariant(tr(names[section])) : QVariant();
}

bool BatchGridModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(m_rows.begin() + row, static_cast<std::size_t>(count), Row {});
    endInsertRows();
    return true;
}

bool BatchGridModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
    endRemoveRows();
    return true;
}

int BatchGridModel::filledRows() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += isBlank(r) ? 0 : 1;
    return n;
}

QString BatchGridModel::normalizedAmount(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('$')))
        t.remove(0, 1);
    t.remove(QLatin1Char(','));
    return t.trimmed();
}

std::optional<core::Money> BatchGridModel::total() const
{
    core::Money sum;
    for (const Row& r : m_rows) {
        if (isBlank(r))
            continue;
        const auto amount = core::Money::parse(toStdString(normalizedAmount(r[AmountColumn])));
        if (!amount)
            return std::nullopt;
        sum += *amount;
    }
    return sum;
}

std::string BatchGridModel::toCsv(std::vector<int>* gridRows) const
{
    std::string csv = "receipt_id,obligor,amount,date,source\r\n";
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        if (isBlank(r))
            continue;
        csv += csvField(r[ReceiptColumn]) + ',' + csvField(r[PayerColumn]) + ','
            + csvField(normalizedAmount(r[AmountColumn])) + ',' + csvField(effective(r, DateColumn))
            + ',' + csvField(effective(r, SourceColumn)) + "\r\n";
        if (gridRows)
            gridRows->push_back(static_cast<int>(i));
    }
    return csv;
}

} // namespace caseledger::ui
