// Federal performance measures for a federal fiscal year (measures.md; 45 CFR 305.2, 305.33;
// the OCSE-157 annual data report).
#include "core/reports/drillkey.h"
#include "core/reports/incentivetables.h"
#include "core/reports/ledgerfacts.h"
#include "core/reports/measuresrepository.h"
#include "core/reports/reportcontext.h"

namespace caseledger::core {

namespace {

struct MeasureYear
{
    int fy = 0;
    std::int64_t line1 = 0, line2 = 0, line5 = 0, line5a = 0, line6 = 0;
    Money line24, line25; // current support due / distributed
    std::int64_t line28 = 0, line29 = 0; // cases with arrears due / paying toward arrears
    CollectionsBaseFacts collections;
};

Money collectionsTotal(const CollectionsBaseFacts& c)
{
    return c.currentAssistance + c.formerAssistance + c.other;
}

void addLedgerLines(
    ReportContext& ctx, const ReportParams& params, std::array<MeasureYear, 2>& years)
{
    std::vector<std::pair<Date, Date>> periods;
    for (auto& y : years) {
        periods.emplace_back(fiscalYearStart(y.fy), fiscalYearEnd(y.fy));
        y.collections = ctx.ledger.collectionsBase(periods.back().first, periods.back().second);
    }
    if (!params.countyFips && !params.workerId) {
        // The whole county: summed in SQL, no row per case, the two years in one read.
        const auto lines = ctx.ledger.measureLines(periods);
        for (std::size_t i = 0; i < years.size(); ++i) {
            years[i].line24 = lines[i].line24;
            years[i].line25 = lines[i].line25;
            years[i].line28 = lines[i].line28;
            years[i].line29 = lines[i].line29;
        }
        return;
    }
    const auto scope = MeasuresRepository(ctx.db).casesInScope(params);
    for (std::size_t i = 0; i < years.size(); ++i) {
        auto& y = years[i];
        for (const auto& c : ctx.ledger.perCase(periods[i].first, periods[i].second)) {
            if (!scope.contains(c.caseId))
                continue;
            y.line24 = y.line24 + c.currentSupportDue;
            y.line25 = y.line25 + c.currentSupportDistributed;
            y.line28 += c.arrearsDue.isPositive() ? 1 : 0;
            y.line29 += c.arrearsDue.isPositive() && c.arrearsDistributed.isPositive() ? 1 : 0;
        }
    }
}

std::array<MeasureYear, 2> measureYears(ReportContext& ctx, const ReportParams& params, int fy)
{
    const auto counts = MeasuresRepository(ctx.db).twoYears(params, fy);
    std::array<MeasureYear, 2> years;
    for (int i = 0; i < 2; ++i) {
        auto& y = years[static_cast<std::size_t>(i)];
        const auto& c = counts[static_cast<std::size_t>(i)];
        y.fy = fy - i;
        y.line1 = c.line1;
        y.line2 = c.line2;
        y.line5 = c.line5;
        y.line5a = c.line5a;
        y.line6 = c.line6;
    }
    addLedgerLines(ctx, params, years);
    return years;
}

std::string lineKey(const std::string& line, Date from, Date to)
{
    return DrillKey {"measure", {}}
        .with("line", line)
        .with("from", from.toIso())
        .with("to", to.toIso())
        .str();
}

ReportCell typed(ReportCell cell, ColumnType type)
{
    cell.type = type;
    return cell;
}

ReportCell percentCell(std::optional<std::int64_t> bp)
{
    return typed(bp ? ReportCell::ofNumber(*bp) : ReportCell::none(), ColumnType::Percent);
}

void addLine(ReportTable& t, const std::string& line, const std::string& what, std::int64_t now,
    std::int64_t before, ColumnType type, std::pair<Date, Date> yearNow,
    std::pair<Date, Date> yearBefore)
{
    const bool drillable = type == ColumnType::Count;
    ReportRow r;
    r.cells = {ReportCell::ofText("Line " + line), ReportCell::ofText(what),
        typed(ReportCell::ofNumber(
                  now, drillable ? lineKey(line, yearNow.first, yearNow.second) : ""),
            type),
        typed(ReportCell::ofNumber(
                  before, drillable ? lineKey(line, yearBefore.first, yearBefore.second) : ""),
            type),
        ReportCell::none()};
    t.rows.push_back(std::move(r));
}

void addLines(ReportTable& t, const MeasureYear& y, const MeasureYear& l)
{
    const std::pair yn {fiscalYearStart(y.fy), fiscalYearEnd(y.fy)};
    const std::pair yl {fiscalYearStart(l.fy), fiscalYearEnd(l.fy)};
    const auto C = ColumnType::Count, M = ColumnType::Money;
    addLine(t, "1", "Open IV-D cases at the end of the year", y.line1, l.line1, C, yn, yl);
    addLine(t, "2", "Open IV-D cases with a support order", y.line2, l.line2, C, yn, yl);
    addLine(t, "5", "Children born outside marriage in the caseload at year end", y.line5, l.line5,
        C, yn, yl);
    addLine(t, "5a", "The same children at the end of the previous year", y.line5a, l.line5a, C, yn,
        yl);
    addLine(t, "6", "Children of line 5 with parentage established or acknowledged", y.line6,
        l.line6, C, yn, yl);
    addLine(t, "24", "Current support due", y.line24.cents(), l.line24.cents(), M, yn, yl);
    addLine(t, "25", "Current support distributed", y.line25.cents(), l.line25.cents(), M, yn, yl);
    addLine(t, "28", "Cases with arrears due", y.line28, l.line28, C, yn, yl);
    addLine(t, "29", "Cases paying toward arrears", y.line29, l.line29, C, yn, yl);
}

void addMeasure(ReportTable& t, const std::string& name, const std::string& what,
    IncentiveMeasure m, std::optional<std::int64_t> now, std::optional<std::int64_t> before)
{
    ReportRow r;
    r.cells = {ReportCell::ofText(name), ReportCell::ofText(what), percentCell(now),
        percentCell(before),
        now ? ReportCell::ofNumber(applicablePercentage(m, *now, before)) : ReportCell::none()};
    t.rows.push_back(std::move(r));
}

void addCostEffectiveness(ReportTable& t, const MeasureYear& y, const ReportParams& params)
{
    const Money collected = collectionsTotal(y.collections);
    ReportRow total;
    total.cells = {ReportCell::ofText("Collections"),
        ReportCell::ofText("Total IV-D collections in the year"),
        typed(ReportCell::ofNumber(collected.cents()), ColumnType::Money), ReportCell::none(),
        ReportCell::none()};
    t.rows.push_back(std::move(total));
    // measures.md "Collections base": 2 x (current + former assistance) + other.
    const Money base = y.collections.currentAssistance + y.collections.currentAssistance
        + y.collections.formerAssistance + y.collections.formerAssistance + y.collections.other;
    ReportRow baseRow;
    baseRow.cells = {ReportCell::ofText("Collections base"),
        ReportCell::ofText("2 x (current + former assistance collections) + other (45 CFR 305.31)"),
        typed(ReportCell::ofNumber(base.cents()), ColumnType::Money), ReportCell::none(),
        ReportCell::none()};
    t.rows.push_back(std::move(baseRow));
    // -1: no ratio (no expenditures entered). A plain value keeps GCC's optional analysis quiet.
    std::int64_t ratio = -1;
    if (params.expenditures)
        ratio = hundredths(collected.cents(), params.expenditures->cents()).value_or(-1);
    ReportRow r;
    r.cells = {ReportCell::ofText("Cost-effectiveness"),
        ReportCell::ofText("Collections / expenditures"),
        typed(ratio >= 0 ? ReportCell::ofNumber(ratio) : ReportCell::none(), ColumnType::Ratio),
        ReportCell::none(),
        ratio >= 0 ? ReportCell::ofNumber(costEffectivenessPercentage(ratio)) : ReportCell::none()};
    t.rows.push_back(std::move(r));
}

} // namespace

ReportTable measuresReport(ReportContext& ctx, const ReportParams& params)
{
    // Without a year: the last complete federal fiscal year.
    const int fy = params.fiscalYear.value_or(fiscalYearOf(ctx.today) - 1);
    const auto years = measureYears(ctx, params, fy);
    const MeasureYear& y = years[0];
    const MeasureYear& l = years[1];
    ReportTable t;
    t.columns = {{"item", "Line or measure", ColumnType::Text},
        {"description", "What is counted", ColumnType::Text},
        {"this_year", "FY " + std::to_string(fy), ColumnType::Count},
        {"last_year", "FY " + std::to_string(fy - 1), ColumnType::Count},
        {"applicable", "Applicable % (45 CFR 305.33)", ColumnType::Count}};
    addLines(t, y, l);
    using IM = IncentiveMeasure;
    addMeasure(t, "Paternity (IV-D)", "Line 6 / line 5a (45 CFR 305.2(a)(1))", IM::Paternity,
        basisPoints(y.line6, y.line5a), basisPoints(l.line6, l.line5a));
    addMeasure(t, "Support orders", "Line 2 / line 1 (45 CFR 305.2(a)(2))", IM::SupportOrders,
        basisPoints(y.line2, y.line1), basisPoints(l.line2, l.line1));
    addMeasure(t, "Current collections", "Line 25 / line 24 (45 CFR 305.2(a)(3))",
        IM::CurrentCollections, basisPoints(y.line25.cents(), y.line24.cents()),
        basisPoints(l.line25.cents(), l.line24.cents()));
    addMeasure(t, "Arrears collections", "Line 29 / line 28 (45 CFR 305.2(a)(4))",
        IM::ArrearsCollections, basisPoints(y.line29, y.line28), basisPoints(l.line29, l.line28));
    addCostEffectiveness(t, y, params);
    t.footnotes.push_back("Federal fiscal year " + std::to_string(fy) + ": "
        + fiscalYearStart(fy).toIso() + " to " + fiscalYearEnd(fy).toIso()
        + ". Percentages are rounded down; a level of N % up to N+1 % earns "
          "the percentage of N % (45 CFR 305.33).");
    t.footnotes.push_back(
        "The statewide paternity measure (lines 8a and 9) needs statewide data and is not shown.");
    if (!params.expenditures)
        t.footnotes.push_back(
            "Cost-effectiveness needs the year's IV-D expenditures (--expenditures).");
    t.footnotes.push_back(
        "Lines 24, 25, 28 and 29 from the ledger: support due and distributed in the year's "
        "months; a reversed collection counts for nothing (measures.md, distribution.md §6).");
    return t;
}

} // namespace caseledger::core
