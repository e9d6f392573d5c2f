// The caseload and timeframe-compliance reports (issue 6; casework.md "Timeframes").
#include "core/reports/caseloadreportrepository.h"
#include "core/reports/drillkey.h"
#include "core/reports/reportcontext.h"

#include <algorithm>

namespace caseledger::core {

namespace {

std::string workerCode(const std::optional<Uuid>& worker)
{
    return worker ? worker->toString() : "none";
}

std::string workerLabel(const std::optional<Uuid>& worker, const std::string& name)
{
    return worker ? (name.empty() ? worker->toString() : name) : "(unassigned)";
}

ReportRow caseloadRow(const CaseloadCount& c, Period period, Date today)
{
    auto key = [&](std::string status) {
        return DrillKey {"caseload", {}}
            .with("worker", workerCode(c.worker))
            .with("phase", std::string(codeOf(c.phase)))
            .with("status", std::move(status))
            .with("from", period.from.toIso())
            .with("to", period.to.toIso())
            .with("today", today.toIso())
            .str();
    };
    ReportRow row;
    row.cells = {ReportCell::ofText(workerLabel(c.worker, c.workerName)),
        ReportCell::ofText(std::string(labelOf(c.phase))),
        ReportCell::ofNumber(c.open, key("open")),
        ReportCell::ofNumber(c.closePending, key("close_pending")),
        ReportCell::ofNumber(c.open + c.closePending, key("active")),
        ReportCell::ofNumber(c.closedInPeriod, key("closed_in_period")),
        ReportCell::ofNumber(c.casesWithOverdueTasks, key("overdue")),
        ReportCell::ofNumber(c.overdueTasks, key("overdue"))};
    return row;
}

// Sums every numeric column; the label goes in the first column.
ReportRow totalsOf(const ReportTable& t, const std::string& label)
{
    ReportRow totals;
    totals.cells.resize(t.columns.size());
    totals.cells[0] = ReportCell::ofText(label);
    for (std::size_t c = 1; c < t.columns.size(); ++c) {
        if (t.columns[c].type == ColumnType::Text)
            continue;
        for (const auto& r : t.rows)
            totals.cells[c].value += r.cells[c].value;
    }
    return totals;
}

} // namespace

ReportTable caseloadReport(ReportContext& ctx, const ReportParams& params)
{
    const Period period = reportPeriod(params, ctx.today);
    ReportTable t;
    t.columns = {{"worker", "Worker", ColumnType::Text}, {"phase", "Phase", ColumnType::Text},
        {"open", "Open", ColumnType::Count},
        {"close_pending", "Closure pending", ColumnType::Count},
        {"active", "Active (open + pending)", ColumnType::Count},
        {"closed_in_period", "Closed in period", ColumnType::Count},
        {"cases_overdue", "Cases with overdue tasks", ColumnType::Count},
        {"overdue_tasks", "Overdue tasks", ColumnType::Count}};
    for (const auto& c :
        CaseloadReportRepository(ctx.db).caseload(params, period.from, period.to, ctx.today))
        t.rows.push_back(caseloadRow(c, period, ctx.today));
    t.totals = totalsOf(t, "Total");
    t.footnotes.push_back("Open, pending and overdue counts are as of " + ctx.today.toIso()
        + "; closures are those in " + period.from.toIso() + " to " + period.to.toIso() + ".");
    t.footnotes.push_back("A task is overdue when it is open past its federal due date "
                          "(45 CFR 303.2-303.11; casework.md \"Timeframes\").");
    return t;
}

namespace {

ReportRow complianceRow(const std::string& worker, const std::string& workerKey,
    const ComplianceRow& c, Period period, Date today)
{
    auto key = [&](std::string outcome) {
        return DrillKey {"compliance", {}}
            .with("worker", workerKey)
            .with("rule", std::string(codeOf(c.rule)))
            .with("outcome", std::move(outcome))
            .with("from", period.from.toIso())
            .with("to", period.to.toIso())
            .with("today", today.toIso())
            .str();
    };
    ReportRow row;
    row.cells = {ReportCell::ofText(worker), ReportCell::ofText(std::string(labelOf(c.rule))),
        ReportCell::ofText(std::string(timeframe(c.rule).citation)),
        ReportCell::ofNumber(c.metOnTime, key("met")), ReportCell::ofNumber(c.late, key("late")),
        ReportCell::ofNumber(c.openOverdue, key("overdue")),
        ReportCell::ofNumber(c.openNotDue, key("not_due"))};
    const auto counted = c.metOnTime + c.late + c.openOverdue;
    row.cells.push_back(
        counted > 0 ? ReportCell::ofNumber(c.metOnTime * 10'000 / counted) : ReportCell::none());
    return row;
}

} // namespace

ReportTable complianceReport(ReportContext& ctx, const ReportParams& params)
{
    const Period period = reportPeriod(params, ctx.today);
    ReportTable t;
    t.columns = {{"worker", "Worker", ColumnType::Text}, {"rule", "Timeframe", ColumnType::Text},
        {"citation", "Rule", ColumnType::Text}, {"met", "Met on time", ColumnType::Count},
        {"late", "Late", ColumnType::Count}, {"overdue", "Open and overdue", ColumnType::Count},
        {"not_due", "Open, not yet due", ColumnType::Count},
        {"on_time_rate", "On time", ColumnType::Percent}};
    const auto rows
        = CaseloadReportRepository(ctx.db).compliance(params, period.from, period.to, ctx.today);
    std::vector<ComplianceRow> total;
    for (const auto& r : rows) {
        t.rows.push_back(complianceRow(workerLabel(r.worker, r.workerName), workerCode(r.worker),
            r.counts, period, ctx.today));
        auto it = std::find_if(
            total.begin(), total.end(), [&](const auto& x) { return x.rule == r.counts.rule; });
        if (it == total.end())
            it = total.insert(total.end(), ComplianceRow {r.counts.rule, 0, 0, 0, 0});
        it->metOnTime += r.counts.metOnTime;
        it->late += r.counts.late;
        it->openOverdue += r.counts.openOverdue;
        it->openNotDue += r.counts.openNotDue;
    }
    std::sort(
        total.begin(), total.end(), [](const auto& a, const auto& b) { return a.rule < b.rule; });
    // "In total": every worker together, per rule (issue 6).
    for (const auto& c : total)
        t.rows.push_back(complianceRow("All workers", "all", c, period, ctx.today));
    ComplianceRow all {TaskRule::OpenCase, 0, 0, 0, 0};
    for (const auto& c : total) {
        all.metOnTime += c.metOnTime;
        all.late += c.late;
        all.openOverdue += c.openOverdue;
        all.openNotDue += c.openNotDue;
    }
    auto totals = complianceRow("Total", "all", all, period, ctx.today);
    totals.cells[1] = ReportCell::ofText("All timeframes");
    totals.cells[2] = ReportCell::ofText("");
    for (auto& cell : totals.cells)
        cell.drill.clear();
    t.totals = totals;
    t.footnotes.push_back("Tasks due from " + period.from.toIso() + " to " + period.to.toIso()
        + "; open tasks judged as of " + ctx.today.toIso()
        + ". On time = met on time / (met on time + late + open and overdue).");
    t.footnotes.push_back("Cancelled tasks (the clock stopped) count neither way.");
    return t;
}

} // namespace caseledger::core
