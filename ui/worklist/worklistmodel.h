#pragma once

#include "core/cases/worklist.h"
#include "ui/common/pagedtablemodel.h"

#include <optional>

namespace caseledger::ui {

// A worker's tasks (casework.md "Timeframes"; issue 3 item 2): overdue first, then by due date,
// as TaskService::worklist orders them in SQL, fetched a page at a time.
class WorklistModel : public PagedTableModel<core::WorklistRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        RuleColumn,
        CaseColumn,
        NcpColumn,
        StatusColumn,
        TriggerColumn,
        ColumnCount
    };
    enum Role
    {
        CaseNumberRole = Qt::UserRole + 1,
        OverdueRole
    };
    explicit WorklistModel(SessionController& session, QObject* parent = nullptr);
    ~WorklistModel() override;

    void setQuery(const core::WorklistQuery& query);
    void reload() { setQuery(m_query); }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = DueColumn) const;

protected:
    void requestPage(int offset) override;

private:
    QVariant display(const core::WorklistRow& row, int column) const;

    core::WorklistQuery m_query;
};

} // namespace caseledger::ui
