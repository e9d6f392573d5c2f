#include "ui/caseload/searchresultmodel.h"

#include "ui/common/qtext.h"

#include <QStringList>

namespace caseledger::ui {

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setResult(core::SearchResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_result = {};
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::caseNumberOf(const core::SearchHit& hit)
{
    if (hit.kind == core::SearchHit::Kind::Case)
        return toQString(hit.caseNumber);
    return hit.cases.empty() ? QString() : toQString(hit.cases.front().caseNumber);
}

QVariant SearchResultModel::display(const core::SearchHit& hit, int column) const
{
    const bool person = hit.kind == core::SearchHit::Kind::Person;
    switch (column) {
    case KindColumn:
        return person ? tr("Person") : tr("Case");
    case NameColumn:
        return person ? toQString(hit.displayName) : toQString(hit.caseNumber);
    case DetailsColumn: {
        if (!person)
            return tr("CP: %1; NCP: %2")
                .arg(toQString(hit.custodialParty), toQString(hit.noncustodialParent));
        QStringList parts;
        if (hit.dateOfBirth)
            parts << tr("born %1").arg(toQString(hit.dateOfBirth->toIso()));
        if (!hit.ssnMasked.empty())
            parts << tr("SSN %1").arg(toQString(hit.ssnMasked)); // masked by core (S13)
        return parts.join(QStringLiteral(", "));
    }
    case CasesColumn: {
        if (!person)
            return toQString(core::labelOf(hit.caseStatus));
        QStringList numbers;
        for (const auto& link : hit.cases)
            numbers << tr("%1 (%2)").arg(
                toQString(link.caseNumber), toQString(core::labelOf(link.role)));
        return numbers.join(QStringLiteral("; "));
    }
    case MatchColumn:
        return toQString(core::labelOf(hit.matchedBy));
    default:
        return {};
    }
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SearchHit& hit = m_result.hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(hit, index.column());
    case CaseNumberRole:
        return caseNumberOf(hit);
    case IsPersonRole:
        return hit.kind == core::SearchHit::Kind::Person;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name or case");
    case DetailsColumn:
        return tr("Details");
    case CasesColumn:
        return tr("Cases or status");
    case MatchColumn:
        return tr("Found by");
    default:
        return {};
    }
}

const core::SearchHit* SearchResultModel::hitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || static_cast<std::size_t>(index.row()) >= m_result.hits.size())
        return nullptr;
    return &m_result.hits[static_cast<std::size_t>(index.row())];
}

std::optional<core::Uuid> SearchResultModel::idAt(const QModelIndex& index) const
{
    const auto* hit = hitAt(index);
    return hit ? std::optional<core::Uuid>(hit->id) : std::nullopt;
}

QModelIndex SearchResultModel::indexOf(const core::Uuid& id, int column) const
{
    for (std::size_t row = 0; row < m_result.hits.size(); ++row)
        if (m_result.hits[row].id == id)
            return index(static_cast<int>(row), column);
    return {};
}

} // namespace caseledger::ui
