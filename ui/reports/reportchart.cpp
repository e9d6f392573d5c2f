#include "ui/reports/reportchart.h"

#include "ui/common/qtext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <vector>

namespace caseledger::ui {

namespace {

struct Plan
{
    std::vector<std::size_t> rows; // the table's rows (index == rows.size(): the totals row)
    std::vector<std::size_t> columns; // one bar set per column
};

const core::ReportRow& rowOf(const core::ReportTable& t, std::size_t r)
{
    return r < t.rows.size() ? t.rows[r] : *t.totals;
}

// Measures: the rows whose figure is a percentage (the incentive ratios), this year and last.
// Equity: every group (and the total) over its percentage columns.
Plan planFor(const core::ReportTable& t)
{
    Plan plan;
    if (t.name == "measures") {
        const int thisYear = t.columnIndex("this_year"), lastYear = t.columnIndex("last_year");
        if (thisYear < 0 || lastYear < 0)
            return {};
        plan.columns = {static_cast<std::size_t>(thisYear), static_cast<std::size_t>(lastYear)};
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& cells = t.rows[r].cells;
            const auto c = static_cast<std::size_t>(thisYear);
            if (c < cells.size()
                && core::cellType(cells[c], t.columns[c].type) == core::ColumnType::Percent)
                plan.rows.push_back(r);
        }
    } else if (t.name == "equity") {
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            if (t.columns[c].type == core::ColumnType::Percent)
                plan.columns.push_back(c);
        for (std::size_t r = 0; r < t.rows.size() + (t.totals ? 1 : 0); ++r)
            plan.rows.push_back(r);
    }
    if (plan.rows.empty() || plan.columns.empty())
        return {};
    return plan;
}

} // namespace

ReportChart::ReportChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Report chart"));
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("reportChartView"));
    m_view->setAccessibleName(tr("Bar chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so its description is read
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

QWidget* ReportChart::view() const
{
    return m_view;
}

bool ReportChart::hasChart(const core::ReportTable& table)
{
    return !planFor(table).rows.empty();
}

void ReportChart::clear()
{
    m_text.clear();
    m_view->setChart(new QChart()); // the view owns and deletes the previous chart
    m_view->setAccessibleDescription(QString());
}

void ReportChart::setTable(const core::ReportTable& t)
{
    const Plan plan = planFor(t);
    if (plan.rows.empty()) {
        clear();
        return;
    }
    auto* series = new QHorizontalBarSeries();
    // A horizontal bar chart lists its categories bottom-up; reversed, they read as the table.
    const std::vector<std::size_t> drawOrder(plan.rows.rbegin(), plan.rows.rend());
    QStringList categories, lines;
    for (const std::size_t r : drawOrder)
        categories << toQString(rowOf(t, r).cells.at(0).text);
    for (const std::size_t c : plan.columns) {
        auto* set = new QBarSet(toQString(t.columns[c].title));
        for (const std::size_t r : drawOrder) {
            const core::ReportCell& cell = rowOf(t, r).cells.at(c);
            // Basis points to percent for the axis; a suppressed or empty cell draws no bar.
            const bool drawn = !cell.suppressed && !cell.empty;
            set->append(drawn ? static_cast<double>(cell.value) / 100.0 : 0.0);
        }
        series->append(set);
    }
    for (const std::size_t r : plan.rows) {
        QStringList parts;
        for (const std::size_t c : plan.columns) {
            const core::ReportCell& cell = rowOf(t, r).cells.at(c);
            const QString value = cell.suppressed ? tr("suppressed (fewer than 11)")
                : cell.empty                      ? tr("no value")
                             : toQString(core::formatCell(cell, t.columns[c].type));
            parts << tr("%1 %2").arg(toQString(t.columns[c].title), value);
        }
        lines << tr("%1: %2").arg(toQString(rowOf(t, r).cells.at(0).text), parts.join(tr(", ")));
    }
    auto* chart = new QChart();
    chart->setTitle(toQString(t.title));
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis();
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis();
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setChart(chart);
    m_text = lines.join(QLatin1Char('\n'));
    m_view->setAccessibleName(tr("Bar chart: %1").arg(toQString(t.title)));
    m_view->setAccessibleDescription(m_text);
    m_view->setToolTip(m_text);
}

} // namespace caseledger::ui
