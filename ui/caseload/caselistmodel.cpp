#include "ui/caseload/caselistmodel.h"

#include "core/services/caseservice.h"
#include "ui/common/qtext.h"

#include <QColor>

namespace caseledger::ui {

namespace {

std::optional<core::CaseSort> sortFor(int column)
{
    switch (column) {
    case CaseListModel::NumberColumn:
        return core::CaseSort::CaseNumber;
    case CaseListModel::NcpColumn:
        return core::CaseSort::NcpName;
    case CaseListModel::CpColumn:
        return core::CaseSort::CpName;
    case CaseListModel::NextDueColumn:
        return core::CaseSort::NextDue;
    case CaseListModel::OpenedColumn:
        return core::CaseSort::OpenedOn;
    default:
        return std::nullopt; // the core sorts by these columns only
    }
}

} // namespace

CaseListModel::CaseListModel(SessionController& session, QObject* parent)
    : PagedTableModel(session, parent)
{ }

CaseListModel::~CaseListModel() = default;

void CaseListModel::setQuery(const core::CaseListQuery& query)
{
    m_query = query;
    restart();
}

void CaseListModel::requestPage(int offset)
{
    core::CaseListQuery q = m_query;
    q.offset = offset;
    q.limit = kPageSize;
    q.withTotal = offset == 0; // "1-100 of 7,312" needs one count, not one per page
    fetchPage<core::CaseListPage>(
        [q](JobContext& job) { return core::CaseService(job.workspace).list(job.session, q); });
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    core::CaseListQuery q = m_query;
    q.sort = *sort;
    q.descending = order == Qt::DescendingOrder;
    // The view asks again after every reset; only a different order is a new query.
    if (q.sort == m_query.sort && q.descending == m_query.descending)
        return;
    setQuery(q);
}

QVariant CaseListModel::display(const core::CaseListRow& row, int column) const
{
    switch (column) {
    case NumberColumn:
        return toQString(row.number);
    case NcpColumn:
        return toQString(row.noncustodialParent);
    case CpColumn:
        return toQString(row.custodialParty);
    case ChildrenColumn:
        return row.children;
    case PhaseColumn:
        return toQString(core::labelOf(row.phase));
    case StatusColumn:
        return toQString(core::labelOf(row.status));
    case NextDueColumn:
        if (!row.nextDue)
            return QString();
        return row.overdue ? tr("%1 (overdue)").arg(toQString(row.nextDue->toIso()))
                           : toQString(row.nextDue->toIso());
    case WorkerColumn:
        return row.workerName.empty() ? tr("Unassigned") : toQString(row.workerName);
    case OpenedColumn:
        return toQString(row.openedOn.toIso());
    default:
        return {};
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CaseListRow& row = rowRef(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == NextDueColumn && row.overdue)
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::ToolTipRole:
        return row.familyViolence && index.column() == NumberColumn
            ? tr("Family violence indicator: whereabouts are protected")
            : QVariant();
    case CaseNumberRole:
        return toQString(row.number);
    case OverdueRole:
        return row.overdue;
    case FamilyViolenceRole:
        return row.familyViolence;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case NcpColumn:
        return tr("Noncustodial parent");
    case CpColumn:
        return tr("Custodial party");
    case ChildrenColumn:
        return tr("Children");
    case PhaseColumn:
        return tr("Phase");
    case StatusColumn:
        return tr("Status");
    case NextDueColumn:
        return tr("Next task due");
    case WorkerColumn:
        return tr("Worker");
    case OpenedColumn:
        return tr("Opened");
    default:
        return {};
    }
}

std::optional<core::Uuid> CaseListModel::idAt(const QModelIndex& index) const
{
    const auto* row = rowAt(index);
    return row ? std::optional<core::Uuid>(row->id) : std::nullopt;
}

QModelIndex CaseListModel::indexOf(const core::Uuid& id, int column) const
{
    return indexWhere([&id](const core::CaseListRow& row) { return row.id == id; }, column);
}

} // namespace caseledger::ui
