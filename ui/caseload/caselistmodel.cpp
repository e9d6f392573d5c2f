#include "ui/caseload/caselistmodel.h"

#include "core/services/caseservice.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

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
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

CaseListModel::~CaseListModel() = default;

void CaseListModel::setQuery(const core::CaseListQuery& query)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_total.reset();
    m_more = false;
    m_loading = false;
    endResetModel();
    // A view may react to the reset with a new query of its own; then that one loads.
    if (generation == m_generation)
        requestPage(0);
}

void CaseListModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total.reset();
    m_more = false;
    m_loading = false;
    endResetModel();
}

void CaseListModel::requestPage(int offset)
{
    // Before sign-in (the view sorts on creation) and while locked there is nothing to read.
    if (!m_session.isUnlocked())
        return;
    core::CaseListQuery q = m_query;
    q.offset = offset;
    q.limit = kPageSize;
    q.withTotal = offset == 0; // "1-100 of 7,312" needs one count, not one per page
    m_loading = true;
    const quint64 generation = m_generation;
    m_session.run<core::CaseListPage>(
        this,
        [q](JobContext& job) { return core::CaseService(job.workspace).list(job.session, q); },
        [this, generation](core::Result<core::CaseListPage> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                Q_EMIT failed(ErrorText::forError(page.error()));
                return;
            }
            if (page->total)
                m_total = page->total;
            // Still "loading" while the rows go in: a view or a tester that asks for more from
            // inside the insertion would otherwise ask for this same page again.
            if (!page->rows.empty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows(
                    QModelIndex(), first, first + static_cast<int>(page->rows.size()) - 1);
                for (auto& row : page->rows)
                    m_rows.push_back(std::move(row));
                endInsertRows();
            }
            m_more = page->more;
            m_loading = false;
            Q_EMIT loaded();
        });
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(static_cast<int>(m_rows.size()));
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
    const core::CaseListRow& row = m_rows[static_cast<std::size_t>(index.row())];
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

const core::CaseListRow* CaseListModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || static_cast<std::size_t>(index.row()) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

std::optional<core::Uuid> CaseListModel::idAt(const QModelIndex& index) const
{
    const auto* row = rowAt(index);
    return row ? std::optional<core::Uuid>(row->id) : std::nullopt;
}

QModelIndex CaseListModel::indexOf(const core::Uuid& id, int column) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return index(static_cast<int>(row), column);
    return {};
}

} // namespace caseledger::ui
