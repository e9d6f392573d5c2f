#pragma once

#include "core/services/searchservice.h"

#include <QAbstractTableModel>

#include <vector>

namespace caseledger::ui {

// The hits of the one search box (issue 3, item 4): people with their cases, and cases with
// their parties. What SearchService returns is already masked (S13) and holds no whereabouts
// (S14); this model shows only those fields.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        DetailsColumn,
        CasesColumn,
        MatchColumn,
        ColumnCount
    };
    enum Role
    {
        CaseNumberRole = Qt::UserRole + 1, // the case Enter opens; empty for a person without one
        IsPersonRole
    };

    explicit SearchResultModel(QObject* parent = nullptr);
    ~SearchResultModel() override;

    void setResult(core::SearchResult result);
    void clear();
    bool hasMore() const { return m_result.more; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = NameColumn) const;
    const core::SearchHit* hitAt(const QModelIndex& index) const;
    // The case a hit leads to: the case itself, or a person's first case.
    static QString caseNumberOf(const core::SearchHit& hit);

private:
    QVariant display(const core::SearchHit& hit, int column) const;

    core::SearchResult m_result;
};

} // namespace caseledger::ui
