#pragma once

#include "core/services/reportservice.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace caseledger::ui {

class DrillCaseModel;

// The list of cases behind one report figure (issue 6: "any number in a report can be opened
// as the list of cases behind it"). Enter or double-click on a case asks to open it.
class DrillDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDialog(const QString& figure, core::DrillResult result, QWidget* parent = nullptr);

    DrillCaseModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summaryText() const;

Q_SIGNALS:
    void openCaseRequested(const QString& caseNumber);

private:
    void openCurrent();

    DrillCaseModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace caseledger::ui
