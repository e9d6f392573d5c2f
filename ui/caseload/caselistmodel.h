#pragma once

#include "core/base/uuid.h"
#include "core/cases/caselist.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace caseledger::ui {

class SessionController;

// The caseload (issue 3, item 7; DESIGN §7): a county has hundreds of thousands of cases, so
// rows come a page at a time from CaseService::list, sorted and filtered in SQL by the core
// query; the view asks for more with canFetchMore/fetchMore as the user scrolls.
class CaseListModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 100;

    explicit CaseListModel(SessionController& session, QObject* parent = nullptr);
    ~CaseListModel() override;

    // Starts over with `query` (its offset and limit are the model's business).
    void setQuery(const core::CaseListQuery& query);
    const core::CaseListQuery& query() const { return m_query; }
    void reload() { setQuery(m_query); }
    void clear();
    bool isLoading() const { return m_loading; }
    std::optional<std::int64_t> total() const { return m_total; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorting is done in SQL: a new query from the first row.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = NumberColumn) const;
    const core::CaseListRow* rowAt(const QModelIndex& index) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    void requestPage(int offset);
    QVariant display(const core::CaseListRow& row, int column) const;

    SessionController& m_session;
    core::CaseListQuery m_query;
    std::vector<core::CaseListRow> m_rows;
    std::optional<std::int64_t> m_total;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0; // a page for an older query is dropped
};

} // namespace caseledger::ui
