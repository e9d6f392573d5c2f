#pragma once

#include <QTableView>

namespace caseledger::ui {

class GuidelineStepModel;

// The working of a calculation as a table (step, value, authority), the width of the page:
// what and value share the room, each citation keeps one reference a line.
class GuidelineStepTable : public QTableView
{
    Q_OBJECT

public:
    explicit GuidelineStepTable(GuidelineStepModel* model, QWidget* parent = nullptr);
};

} // namespace caseledger::ui
