#pragma once

#include "core/reports/reporttable.h"

#include <QString>
#include <QWidget>

class QChartView;

namespace caseledger::ui {

// A bar chart of a report's percentages (issue 6 item 2): the five incentive measures this
// year and last for the performance-measures report, the outcome rates per group for the
// equity dashboard. Suppressed and empty cells draw no bar and say so in the text equivalent.
// STYLE/DESIGN §7: the chart's accessible description reads every bar as text, and the
// report's table next to it is the companion table.
class ReportChart : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChart(QWidget* parent = nullptr);

    // True when the report has a chart (measures, equity).
    static bool hasChart(const core::ReportTable& table);
    // Draws the table's chart, or clears it when the report has none.
    void setTable(const core::ReportTable& table);
    void clear();
    bool isEmpty() const { return m_text.isEmpty(); }
    // The text equivalent: one line per bar group, e.g. "Paternity (IV-D): FY 2026 100.00 %".
    QString textEquivalent() const { return m_text; }
    // The chart's view (a QChartView), which carries the accessible description.
    QWidget* view() const;

private:
    QChartView* m_view = nullptr;
    QString m_text;
};

} // namespace caseledger::ui
