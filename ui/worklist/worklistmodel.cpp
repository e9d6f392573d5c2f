#include "ui/worklist/worklistmodel.h"

#include "core/services/taskservice.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

#include <QColor>

namespace caseledger::ui {

WorklistModel::WorklistModel(SessionController& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

WorklistModel::~WorklistModel() = default;

void WorklistModel::setQuery(const core::WorklistQuery& query)
{
    clear();
    m_query = query;
    requestPage(0);
}

void WorklistModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    m_loading = false;
    endResetModel();
}

void WorklistModel::requestPage(int offset)
{
    // Before sign-in (the view sorts on creation) and while locked there is nothing to read.
    if (!m_session.isUnlocked())
        return;
    core::WorklistQuery q = m_query;
    q.offset = offset;
    q.limit = kPageSize;
    m_loading = true;
    const quint64 generation = m_generation;
    m_session.run<core::WorklistPage>(
        this,
        [q](JobContext& job) { return core::TaskService(job.workspace).worklist(job.session, q); },
        [this, generation](core::Result<core::WorklistPage> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                Q_EMIT failed(ErrorText::forError(page.error()));
                return;
            }
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

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorklistModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void WorklistModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(static_cast<int>(m_rows.size()));
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
    const core::WorklistRow& row = m_rows[static_cast<std::size_t>(index.row())];
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

const core::WorklistRow* WorklistModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || static_cast<std::size_t>(index.row()) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

std::optional<core::Uuid> WorklistModel::idAt(const QModelIndex& index) const
{
    const auto* row = rowAt(index);
    return row ? std::optional<core::Uuid>(row->task.id) : std::nullopt;
}

QModelIndex WorklistModel::indexOf(const core::Uuid& id, int column) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].task.id == id)
            return index(static_cast<int>(row), column);
    return {};
}

} // namespace caseledger::ui
