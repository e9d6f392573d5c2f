#pragma once

#include <QString>

#include <functional>

class QTableView;
class QWidget;

namespace caseledger::ui {

// A table of rows to pick from, as every list in the application shows one: whole rows
// selected one at a time, fixed section sizes (no per-row measuring, STYLE: KMyMoney's
// ledger), and accessible names on the view and both headers (DESIGN §7).
QTableView* makeListTable(QWidget* parent, const QString& objectName, const QString& accessibleName,
    int sectionSize = 140);

// The keyboard path to what a double-click does: Enter or Return on `table` calls `activate`,
// and so does a double-click.
void onRowActivated(QTableView* table, std::function<void()> activate);

} // namespace caseledger::ui
