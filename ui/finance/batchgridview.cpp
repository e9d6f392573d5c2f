#include "ui/finance/batchgridview.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace caseledger::ui {

BatchGridView::BatchGridView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    setWordWrap(false);
    verticalHeader()->setAccessibleName(tr("Lines"));
    horizontalHeader()->setAccessibleName(tr("Columns"));
    horizontalHeader()->setDefaultSectionSize(150);
    horizontalHeader()->setStretchLastSection(true);
}

BatchGridView::~BatchGridView() = default;

QModelIndex BatchGridView::nextCell(const QModelIndex& index)
{
    QAbstractItemModel* m = model();
    if (!m || !index.isValid())
        return {};
    if (index.column() + 1 < m->columnCount())
        return m->index(index.row(), index.column() + 1);
    if (index.row() + 1 >= m->rowCount())
        m->insertRows(m->rowCount(), 1);
    return m->index(index.row() + 1, 0);
}

void BatchGridView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && currentIndex().isValid()) {
        edit(currentIndex());
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && (event->modifiers() & Qt::ControlModifier) && model()
        && currentIndex().isValid()) {
        const int row = currentIndex().row();
        model()->removeRows(row, 1);
        if (model()->rowCount() == 0)
            model()->insertRows(0, 1);
        setCurrentIndex(model()->index(std::min(row, model()->rowCount() - 1), 0));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void BatchGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate ends an edit with SubmitModelCache on Enter; EditNextItem on Tab.
    if (hint != QAbstractItemDelegate::SubmitModelCache
        && hint != QAbstractItemDelegate::EditNextItem) {
        QTableView::closeEditor(editor, hint);
        return;
    }
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    const QModelIndex next = nextCell(currentIndex());
    if (!next.isValid())
        return;
    setCurrentIndex(next);
    edit(next);
}

} // namespace caseledger::ui
