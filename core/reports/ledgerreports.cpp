// The two reports that stand on the finance ledger alone (issue 6): collections and
// distribution by month, and arrears aging by category. Both read LedgerFacts.
#include "core/finance/collectionsource.h"
#include "core/reports/ledgerfacts.h"
#include "core/reports/reportcontext.h"

#include <map>

namespace caseledger::core {

namespace {

ReportCell money(Money m)
{
    return ReportCell::ofNumber(m.cents());
}

void sumInto(ReportRow& totals, const ReportRow& row)
{
    for (std::size_t c = 1; c < row.cells.size(); ++c)
        totals.cells[c].value += row.cells[c].value;
}

} // namespace

ReportTable collectionsReport(ReportContext& ctx, const ReportParams& params)
{
    const Period period = reportPeriod(params, ctx.today);
    ReportTable t;
    t.columns
        = {{"month", "Month", ColumnType::Text}, {"collected", "Collected", ColumnType::Money}};
    for (const auto& s : EnumCodes<CollectionSource>::table)
        t.columns.push_back(
            {"source_" + std::string(s.code), std::string(s.label), ColumnType::Money});
    for (const auto& [key, title] : std::initializer_list<std::pair<const char*, const char*>> {
             {"to_families", "To families (not pass-through)"},
             {"retained_federal", "Retained: federal"}, {"retained_state", "Retained: state"},
             {"passed_through", "Passed through"}, {"undistributed", "Undistributed"}})
        t.columns.push_back({key, title, ColumnType::Money});
    t.columns.push_back({"undistributed_age", "Oldest undistributed (days)", ColumnType::Count});
    std::map<std::string, MonthLedgerFacts> months;
    for (Date m = period.from.firstOfMonth(); m <= period.to; m = m.addMonths(1))
        months[m.toIso().substr(0, 7)].month = m;
    for (const auto& f : ctx.ledger.byMonth(period.from, period.to))
        months[f.month.toIso().substr(0, 7)] = f;
    ReportRow totals;
    totals.cells.resize(t.columns.size());
    totals.cells[0] = ReportCell::ofText("Total");
    for (const auto& [label, f] : months) {
        ReportRow r;
        r.cells = {ReportCell::ofText(label), money(f.collected)};
        for (const auto& m : f.collectedBySource)
            r.cells.push_back(money(m));
        for (const Money m :
            {f.toFamilies, f.retainedFederal, f.retainedState, f.passedThrough, f.undistributed})
            r.cells.push_back(money(m));
        r.cells.push_back(ReportCell::ofNumber(f.undistributedOldestDays));
        sumInto(totals, r);
        t.rows.push_back(std::move(r));
    }
    totals.cells.back() = ReportCell::none(); // an age does not add up
    t.totals = totals;
    // Whole months: the ledger records each allocation line under its collection's month.
    t.footnotes.push_back("Collections received from " + period.from.firstOfMonth().toIso() + " to "
        + period.to.lastOfMonth().toIso()
        + " (whole months), distributed under the rules in force on the collection date "
          "(distribution.md).");
    t.footnotes.push_back(
        "Reversed collections are left out (distribution.md §6). Collected = distributed to "
        "families + retained + passed through + undistributed; pass-through (Family Code §17504, "
        "AB 207) is not counted again under families. Undistributed: still held on "
        + ctx.today.toIso()
        + ", with the age of the oldest hold. Support paid ahead counts as distributed in the "
          "month it pays (45 CFR 302.51(b)); until then it is held, or, for a family not on aid, "
          "already sent to it.");
    if (params.countyFips || params.workerId)
        t.footnotes.push_back("County and worker filters do not apply to this report yet.");
    return t;
}

ReportTable agingReport(ReportContext& ctx, const ReportParams& params)
{
    const Date asOf = params.to.value_or(ctx.today);
    ReportTable t;
    t.columns = {{"category", "Arrears category", ColumnType::Text},
        {"d0_90", "0-90 days", ColumnType::Money}, {"d91_180", "91-180 days", ColumnType::Money},
        {"d181_365", "181-365 days", ColumnType::Money}, {"y1_3", "1-3 years", ColumnType::Money},
        {"y3", "Over 3 years", ColumnType::Money}, {"total", "Total", ColumnType::Money}};
    std::map<ArrearsCategory, AgingLedgerFacts> byCategory;
    for (auto c : kArrearsCategories)
        byCategory[c].category = c;
    for (const auto& f : ctx.ledger.aging(asOf))
        byCategory[f.category] = f;
    ReportRow totals;
    totals.cells.resize(t.columns.size());
    totals.cells[0] = ReportCell::ofText("Total");
    for (const auto& [category, f] : byCategory) {
        ReportRow r;
        r.cells.push_back(ReportCell::ofText(std::string(labelOf(category))));
        Money all;
        for (const auto& m : f.byAge) {
            r.cells.push_back(money(m));
            all += m;
        }
        r.cells.push_back(money(all));
        sumInto(totals, r);
        t.rows.push_back(std::move(r));
    }
    t.totals = totals;
    t.footnotes.push_back("Arrears owed on " + asOf.toIso()
        + ", principal aged from its installment's due date, interest from the month it accrued; "
          "payments settle the oldest first (distribution.md §2). Cases: cases owing in the "
          "band.");
    if (params.countyFips || params.workerId)
        t.footnotes.push_back("County and worker filters do not apply to this report yet.");
    return t;
}

} // namespace caseledger::core
