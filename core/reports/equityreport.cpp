// The equity dashboard (measures.md "Equity dashboard"): outcomes by the demographics that
// customers chose to report, with the "declined to state" and "not asked" groups, small cells
// suppressed with complementary suppression, aggregate only (no drill-down, no names).
#include "core/cases/demographics.h"
#include "core/reports/equityrepository.h"
#include "core/reports/incentivetables.h"
#include "core/reports/ledgerfacts.h"
#include "core/reports/reportcontext.h"
#include "core/reports/suppression.h"

#include <map>

namespace caseledger::core {

namespace {

// The count columns (suppressed together) and, after them, the rates computed from them.
enum Count
{
    Cases,
    WithOrder,
    Parentage,
    Closed,
    ArrearsCases,
    PayingArrears,
    kCounts
};

struct Group
{
    std::string label;
    std::array<std::int64_t, kCounts> counts {};
    Money currentDue, currentDistributed;
};

std::string groupLabel(const std::string& breakdown, const std::string& answer)
{
    if (answer == "not_asked")
        return "Not asked";
    if (answer == "declined")
        return "Declined to state";
    if (breakdown == "race_ethnicity") {
        if (answer.find(',') != std::string::npos)
            return "Two or more races or ethnicities";
        if (auto v = parseCode<RaceEthnicity>(answer))
            return std::string(labelOf(*v));
    }
    if (breakdown == "gender")
        if (auto v = parseCode<GenderIdentity>(answer))
            return std::string(labelOf(*v));
    if (breakdown == "disability")
        return answer == "yes" ? "With a disability" : "Without a disability";
    return answer; // a language code: "es", "vi"
}

std::vector<Group> groupsOf(ReportContext& ctx, const ReportParams& params, Period period)
{
    std::map<std::string, Group> byLabel;
    for (const char* fixed : {"Declined to state", "Not asked"})
        byLabel[fixed].label = fixed; // measures.md: every breakdown shows both groups
    std::map<Uuid, Group*> byCase;
    for (const auto& c : EquityRepository(ctx.db).cases(params, period.from, period.to)) {
        auto& g = byLabel[groupLabel(params.breakdown, c.answer)];
        g.label = groupLabel(params.breakdown, c.answer);
        g.counts[Cases] += 1;
        g.counts[WithOrder] += c.hasOrder ? 1 : 0;
        g.counts[Parentage] += c.parentageEstablished ? 1 : 0;
        g.counts[Closed] += c.closedInPeriod ? 1 : 0;
        byCase[c.caseId] = &g;
    }
    for (const auto& f : ctx.ledger.perCase(period.from, period.to))
        if (auto it = byCase.find(f.caseId); it != byCase.end()) {
            Group& g = *it->second;
            g.currentDue += f.currentSupportDue;
            g.currentDistributed += f.currentSupportDistributed;
            g.counts[ArrearsCases] += f.arrearsDue.isPositive() ? 1 : 0;
            g.counts[PayingArrears]
                += f.arrearsDue.isPositive() && f.arrearsDistributed.isPositive() ? 1 : 0;
        }
    std::vector<Group> answered, last;
    for (auto& [label, g] : byLabel)
        (label == "Declined to state" || label == "Not asked" ? last : answered).push_back(g);
    answered.insert(answered.end(), last.begin(), last.end());
    return answered;
}

ReportCell rate(std::int64_t num, std::int64_t den, bool hidden)
{
    ReportCell c
        = basisPoints(num, den) ? ReportCell::ofNumber(*basisPoints(num, den)) : ReportCell::none();
    c.suppressed = hidden;
    return c;
}

ReportRow rowOf(const Group& g, const std::array<bool, kCounts>& hidden)
{
    ReportRow r;
    r.cells.push_back(ReportCell::ofText(g.label));
    for (int i = 0; i < kCounts; ++i) {
        ReportCell c = ReportCell::ofNumber(g.counts[i]);
        c.suppressed = hidden[i];
        r.cells.push_back(c);
    }
    // A rate is hidden with either of its counts, or it would give the hidden count back.
    r.cells.push_back(
        rate(g.counts[WithOrder], g.counts[Cases], hidden[WithOrder] || hidden[Cases]));
    r.cells.push_back(rate(g.counts[PayingArrears], g.counts[ArrearsCases],
        hidden[PayingArrears] || hidden[ArrearsCases]));
    r.cells.push_back(rate(g.currentDistributed.cents(), g.currentDue.cents(), hidden[Cases]));
    return r;
}

} // namespace

ReportTable equityReport(ReportContext& ctx, const ReportParams& params)
{
    const Period period = reportPeriod(params, ctx.today);
    const auto groups = groupsOf(ctx, params, period);
    std::vector<std::vector<std::int64_t>> values;
    Group total {"Total", {}, {}, {}};
    for (const auto& g : groups) {
        values.emplace_back(g.counts.begin(), g.counts.end());
        for (int i = 0; i < kCounts; ++i)
            total.counts[i] += g.counts[i];
        total.currentDue += g.currentDue;
        total.currentDistributed += g.currentDistributed;
    }
    const auto problem = gridProblem(values, false);
    const auto hidden = suppressCells(problem);
    std::array<bool, kCounts> totalHidden {};
    for (int i = 0; i < kCounts; ++i) {
        totalHidden[i] = total.counts[i] > 0 && total.counts[i] < kSmallCellLimit;
        // A column whose suppressed cell is still fixed by its total (one group only) hides it.
        for (std::size_t r = 0; r < groups.size(); ++r)
            if (hidden[r][i] && isRecomputable(problem, hidden, {static_cast<int>(r), i}))
                totalHidden[i] = true;
    }
    ReportTable t;
    t.columns = {{"group", "Group", ColumnType::Text}, {"cases", "Cases", ColumnType::Count},
        {"with_order", "With an order", ColumnType::Count},
        {"parentage", "Parentage established", ColumnType::Count},
        {"closed", "Closed in period", ColumnType::Count},
        {"arrears_cases", "With arrears due", ColumnType::Count},
        {"paying_arrears", "Paying toward arrears", ColumnType::Count},
        {"with_order_rate", "With an order (%)", ColumnType::Percent},
        {"paying_rate", "Paying toward arrears (%)", ColumnType::Percent},
        {"current_rate", "Current support collected (%)", ColumnType::Percent}};
    for (std::size_t r = 0; r < groups.size(); ++r) {
        std::array<bool, kCounts> h {};
        for (int i = 0; i < kCounts; ++i)
            h[i] = hidden[r][i];
        t.rows.push_back(rowOf(groups[r], h));
    }
    t.totals = rowOf(total, totalHidden);
    t.footnotes
        = {"Cases open at some time from " + period.from.toIso() + " to " + period.to.toIso()
                + ", by the " + (params.party == "ncp" ? "noncustodial parent" : "custodial party")
                + "'s answer (" + params.breakdown + ").",
            "\"<11\": fewer than 11 cases, or hidden so that such a cell cannot be worked out from "
            "the totals "
            "(measures.md). Aggregate only: no names, no case lists.",
            "Not yet included: orders set by default, enforcement actions per 100 cases, orders "
            "modified on "
            "review, time to first order, closures by reason."};
    return t;
}

} // namespace caseledger::core
