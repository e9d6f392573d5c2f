#pragma once

#include "core/base/uuid.h"
#include "core/cases/caselist.h"
#include "ui/common/pagedtablemodel.h"

#include <optional>

namespace caseledger::ui {

// The caseload (issue 3, item 7; DESIGN §7): a county has hundreds of thousands of cases, so
// rows come a page at a time from CaseService::list, sorted and filtered in SQL by the core
// query; the view asks for more with canFetchMore/fetchMore as the user scrolls.
class CaseListModel : public PagedTableModel<core::CaseListRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NcpColumn,
        CpColumn,
        ChildrenColumn,
        PhaseColumn,
        StatusColumn,
        NextDueColumn,
        WorkerColumn,
        OpenedColumn,
        ColumnCount
    };
    enum Role
    {
        CaseNumberRole = Qt::UserRole + 1,
        OverdueRole,
        FamilyViolenceRole
    };
    explicit CaseListModel(SessionController& session, QObject* parent = nullptr);
    ~CaseListModel() override;

    // Starts over with `query` (its offset and limit are the model's business).
    void setQuery(const core::CaseListQuery& query);
    const core::CaseListQuery& query() const { return m_query; }
    void reload() { setQuery(m_query); }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting is done in SQL: a new query from the first row.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = NumberColumn) const;

protected:
    void requestPage(int offset) override;

private:
    QVariant display(const core::CaseListRow& row, int column) const;

    core::CaseListQuery m_query;
};

} // namespace caseledger::ui
