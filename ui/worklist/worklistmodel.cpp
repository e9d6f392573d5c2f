#include "ui/worklist/worklistmodel.h"

#include "core/services/taskservice.h"
#include "ui/common/qtext.h"

#include <QColor>

namespace caseledger::ui {

WorklistModel::WorklistModel(SessionController& session, QObject* parent)
    : PagedTableModel(session, parent)
{ }

WorklistModel::~WorklistModel() = default;

void WorklistModel::setQuery(const core::WorklistQuery& query)
{
    m_query = query;
    restart();
}

void WorklistModel::requestPage(int offset)
{
    core::WorklistQuery q = m_query;
    q.offset = offset;
    q.limit = kPageSize;
    fetchPage<core::WorklistPage>(
        [q](JobContext& job) { return core::TaskService(job.workspace).worklist(job.session, q); });
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::display(const core::WorklistRow& row, int column) const
{
    switch (column) {
    case DueColumn:
        return row.overdue ? tr("%1 (overdue)").arg(toQString(row.task.due.toIso()))
                           : toQString(row.task.due.toIso());
    case RuleColumn:
        return toQString(core::labelOf(row.task.rule));
    case CaseColumn:
        return toQString(row.caseNumber);
    case NcpColumn:
        return toQString(row.noncustodialParent);
    case StatusColumn:
        return toQString(core::labelOf(row.task.status));
    case TriggerColumn:
        return tr("%1 on %2")
            .arg(toQString(row.task.trigger), toQString(row.task.triggerDate.toIso()));
    default:
        return {};
    }
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::WorklistRow& row = rowRef(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ForegroundRole:
        return row.overdue ? QVariant(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    case CaseNumberRole:
        return toQString(row.caseNumber);
    case OverdueRole:
        return row.overdue;
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case RuleColumn:
        return tr("Task");
    case CaseColumn:
        return tr("Case");
    case NcpColumn:
        return tr("Noncustodial parent");
    case StatusColumn:
        return tr("Status");
    case TriggerColumn:
        return tr("Started by");
    default:
        return {};
    }
}

std::optional<core::Uuid> WorklistModel::idAt(const QModelIndex& index) const
{
    const auto* row = rowAt(index);
    return row ? std::optional<core::Uuid>(row->task.id) : std::nullopt;
}

QModelIndex WorklistModel::indexOf(const core::Uuid& id, int column) const
{
    return indexWhere([&id](const core::WorklistRow& row) { return row.task.id == id; }, column);
}

} // namespace caseledger::ui
