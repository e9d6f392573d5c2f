#pragma once

#include <QTableView>

namespace caseledger::ui {

// The keyboard-first grid of the batch posting screen: typing starts editing, Enter commits
// and moves to the next cell (the next row after the last column, a new row after the last
// one), Enter on a cell not being edited starts editing it, Ctrl+Delete removes the row.
class BatchGridView : public QTableView
{
    Q_OBJECT

public:
    explicit BatchGridView(QWidget* parent = nullptr);
    ~BatchGridView() override;

    // The cell after `index` in reading order; appends a row after the last one.
    QModelIndex nextCell(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
};

} // namespace caseledger::ui
