#include "ui/guideline/guidelinesteptable.h"

#include "ui/guideline/guidelinestepmodel.h"

#include <QAbstractButton>
#include <QHeaderView>

namespace caseledger::ui {

GuidelineStepTable::GuidelineStepTable(GuidelineStepModel* model, QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("stepTable"));
    setAccessibleName(tr("The working, step by step"));
    setModel(model);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setAccessibleName(tr("Step numbers"));
    horizontalHeader()->setAccessibleName(tr("Columns"));
    if (auto* corner = findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all steps"));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(
        GuidelineStepModel::CitationColumn, QHeaderView::ResizeToContents);
    // About twenty rows of wrapped text: measuring them is cheap (unlike a long ledger).
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace caseledger::ui
