#pragma once

#include "core/cases/worklist.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace caseledger::ui {

class SessionController;

// A worker's tasks (casework.md "Timeframes"; issue 3 item 2): overdue first, then by due date,
// as TaskService::worklist orders them in SQL, fetched a page at a time.
class WorklistModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 100;

    explicit WorklistModel(SessionController& session, QObject* parent = nullptr);
    ~WorklistModel() override;

    void setQuery(const core::WorklistQuery& query);
    void reload() { setQuery(m_query); }
    void clear();
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = DueColumn) const;
    const core::WorklistRow* rowAt(const QModelIndex& index) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    void requestPage(int offset);
    QVariant display(const core::WorklistRow& row, int column) const;

    SessionController& m_session;
    core::WorklistQuery m_query;
    std::vector<core::WorklistRow> m_rows;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace caseledger::ui
