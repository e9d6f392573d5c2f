#pragma once

#include "core/cases/worklist.h"

#include <QAbstractTableModel>

#include <vector>

namespace caseledger::ui {

// A supervisor's timeframe compliance per rule (issue 3, item 2): met on time, late, open and
// overdue, open and not yet due. One row per federal timeframe rule: a short, fixed list.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RuleColumn,
        MetColumn,
        LateColumn,
        OverdueColumn,
        OpenColumn,
        ColumnCount
    };

    explicit ComplianceModel(QObject* parent = nullptr);
    ~ComplianceModel() override;

    void setRows(std::vector<core::ComplianceRow> rows);
    void clear() { setRows({}); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ComplianceRow> m_rows;
};

} // namespace caseledger::ui
