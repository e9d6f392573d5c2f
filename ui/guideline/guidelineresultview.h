#pragma once

#include "core/guideline/guidelineresult.h"

#include <QStringList>
#include <QWidget>

class QGroupBox;
class QLabel;

namespace caseledger::ui {

class GuidelineStepModel;

// What the calculator found: who pays whom and how much, prominently; the amount per child;
// the add-on shares; the low-income range when it applies; and the model of the working,
// step by step, each with its statute.
class GuidelineResultView : public QWidget
{
    Q_OBJECT

public:
    explicit GuidelineResultView(QWidget* parent = nullptr);

    void showResult(const core::GuidelineResult& result, const QStringList& notes);
    // No result: what is still needed ("Enter the net monthly income of A.").
    void showWaiting(const QString& hint);
    // No result: the inputs are wrong (the messages are beside the fields).
    void showInvalid(const QString& summary);
    void clear();

    QString headlineText() const;
    QString perChildText() const;
    bool lowIncomeShown() const;
    QString lowIncomeText() const;
    // The working; the page shows it in a GuidelineStepTable below the inputs.
    GuidelineStepModel* stepModel() const { return m_model; }

private:
    void showDetails(bool visible);

    QLabel* m_headline = nullptr;
    QLabel* m_law = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_perChild = nullptr;
    QLabel* m_addOns = nullptr;
    QGroupBox* m_lowIncomeBox = nullptr;
    QLabel* m_lowIncome = nullptr;
    GuidelineStepModel* m_model = nullptr;
};

} // namespace caseledger::ui
