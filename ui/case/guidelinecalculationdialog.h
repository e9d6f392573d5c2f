#pragma once

#include "core/guideline/guidelinecalculation.h"

#include <QDialog>

class QLabel;

namespace caseledger::ui {

class GuidelineResultView;

// A saved guideline calculation shown again, read-only (issue 5, item 3): who prepared it and
// when, and the result with its working, recalculated by the pure core function from the
// saved request -- the same figures the service saved.
class GuidelineCalculationDialog : public QDialog
{
    Q_OBJECT

public:
    GuidelineCalculationDialog(const core::GuidelineCalculation& calc, const QString& caseNumber,
        QWidget* parent = nullptr);
    ~GuidelineCalculationDialog() override;

    QString headerText() const;
    GuidelineResultView* resultView() const { return m_result; }

private:
    QLabel* m_header = nullptr;
    GuidelineResultView* m_result = nullptr;
};

} // namespace caseledger::ui
