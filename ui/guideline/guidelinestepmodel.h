#pragma once

#include "core/guideline/guidelineresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace caseledger::ui {

// The working of a guideline calculation, one row per step: what was determined, its value
// and the statute behind it (guideline.md "Show the working").
class GuidelineStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhatColumn,
        ValueColumn,
        CitationColumn,
        ColumnCount
    };
    enum Role
    {
        CitationRole = Qt::UserRole + 1, // the citation of the row, whatever the column
    };

    explicit GuidelineStepModel(QObject* parent = nullptr);

    void setSteps(std::vector<core::GuidelineStep> steps);
    void clear();
    const core::GuidelineStep* stepAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::GuidelineStep> m_steps;
};

} // namespace caseledger::ui
