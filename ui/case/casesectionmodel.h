#pragma once

#include "core/base/uuid.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace caseledger::ui {

// One line of a case window tab: the cells as shown, the row's id (person, order, note ...)
// and, for an order, the saved guideline calculation it rests on.
struct CaseSectionRow
{
    core::Uuid id;
    QStringList cells;
    std::optional<core::Uuid> link;
    QString toolTip;
    bool attention = false; // overdue, protected: drawn in the warning colour
};

// The tabs of the case window (People, Parentage, Orders, Notes, Tasks, History) are short
// lists read in one CaseService::view call (CaseFile); each is this read-only model over rows
// built by casefilerows.h, with the section's columns as headers. The cells come from the
// core's results as they are -- already masked (S13) and without withheld whereabouts (S14).
class CaseSectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        LinkRole
    };

    explicit CaseSectionModel(QStringList headers, QObject* parent = nullptr);
    ~CaseSectionModel() override;

    void setRows(std::vector<CaseSectionRow> rows);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = 0) const;
    const CaseSectionRow* rowAt(const QModelIndex& index) const;

private:
    QStringList m_headers;
    std::vector<CaseSectionRow> m_rows;
};

} // namespace caseledger::ui
