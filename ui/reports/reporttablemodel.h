#pragma once

#include "core/reports/reporttable.h"

#include <QAbstractTableModel>
#include <QString>

namespace caseledger::ui {

// A report's table on screen (DESIGN §8): its rows, then its totals row in bold. Every cell
// is the core's formatCell text, so the screen shows what the page and the CSV show ("<11",
// "—"); numbers are right-aligned. The table is small and whole (a report is an aggregate),
// so no paging.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        DrillKeyRole = Qt::UserRole + 1, // the cell's drill-down key; empty: none
        SuppressedRole, // bool: a small count the core suppressed (measures.md)
        TotalsRole, // bool: the row is the totals row
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(core::ReportTable table);
    void clear();
    const core::ReportTable& table() const { return m_table; }
    bool isEmpty() const { return m_table.columns.empty(); }
    // The drill-down key of the cell at `index`; empty when it has none.
    QString drillKeyAt(const QModelIndex& index) const;
    bool isTotalsRow(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::ReportCell* cellAt(const QModelIndex& index) const;
    core::ColumnType typeAt(const QModelIndex& index) const;

    core::ReportTable m_table;
};

} // namespace caseledger::ui
