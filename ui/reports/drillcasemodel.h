#pragma once

#include "core/cases/caselist.h"

#include <QAbstractTableModel>

#include <vector>

namespace caseledger::ui {

// The cases behind one report figure (ReportService::drill): at most one page of 500, masked
// by the core as the caseload list is (display names only; no SSN, no address: S13, S14).
class DrillCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseNumber,
        Status,
        Phase,
        Worker,
        NoncustodialParent,
        CustodialParty,
        ColumnCount_
    };

    explicit DrillCaseModel(QObject* parent = nullptr);

    void setRows(std::vector<core::CaseListRow> rows);
    QString caseNumberAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::CaseListRow> m_rows;
};

} // namespace caseledger::ui
