#include "ui/guideline/guidelinestepmodel.h"

#include "ui/common/qtext.h"
#include "ui/guideline/guidelineinput.h"

namespace caseledger::ui {

GuidelineStepModel::GuidelineStepModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void GuidelineStepModel::setSteps(std::vector<core::GuidelineStep> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

void GuidelineStepModel::clear()
{
    setSteps({});
}

const core::GuidelineStep* GuidelineStepModel::stepAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return nullptr;
    return &m_steps[static_cast<std::size_t>(index.row())];
}

int GuidelineStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int GuidelineStepModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuidelineStepModel::data(const QModelIndex& index, int role) const
{
    const core::GuidelineStep* step = stepAt(index);
    if (!step)
        return {};
    if (role == CitationRole)
        return toQString(step->citation);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhatColumn:
        return toQString(step->what);
    case ValueColumn:
        return toQString(step->value);
    case CitationColumn:
        // One reference a line, as on the worksheet: the column stays narrow.
        return role == Qt::DisplayRole
            ? citationLines(toQString(step->citation)).join(QLatin1Char('\n'))
            : toQString(step->citation);
    default:
        return {};
    }
}

QVariant GuidelineStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("Step");
    case ValueColumn:
        return tr("Value");
    case CitationColumn:
        return tr("Authority");
    default:
        return {};
    }
}

} // namespace caseledger::ui
