#include "core/reports/fiscalyearsums.h"

#include "core/cases/columns.h"
#include "core/reports/reportparams.h"
#include "core/store/database.h"

#include <algorithm>
#include <tuple>

namespace caseledger::core {

using namespace columns;

namespace {

// Every year up to the last asked for: the arrears owed when a year began are the sums of the
// years before it. Rows in (year, case) order.
constexpr const char* kYearSumsSql = R"sql(
SELECT fy, case_id, current_due_cents, current_paid_cents, arrears_charged_cents,
       arrears_fell_due_cents, arrears_paid_cents
FROM fiscal_year_sum WHERE fy <= ?1
)sql";

constexpr const char* kYearDistributedSql = R"sql(
SELECT case_id, distributed_cents FROM fiscal_year_sum WHERE fy = ?1
)sql";

// In the table's order, sorted per case in C++: the index by (case, date) lacks the status,
// and reading it in that order would look up every row.
constexpr const char* kAssistanceHistorySql = R"sql(
SELECT case_id, from_date, status, id FROM assistance_period
)sql";

// A case whose status changed during a fiscal year: its months, and the lines of a month in
// which it changed with their dates (a line's date is its collection's, except for money paid
// ahead: the month whose support it paid). The lines are found by the case's covering index
// first: the index by month would read the whole month's lines, the table every line's row.
constexpr const char* kCaseMonthsSql = R"sql(
SELECT month, amount_cents FROM case_month_distributed
WHERE case_id = ?1 AND month BETWEEN ?2 AND ?3
)sql";

constexpr const char* kCaseMonthLinesSql = R"sql(
SELECT CASE WHEN l.period <> substr(k.collected_on, 1, 7) || '-01' THEN l.period
            ELSE k.collected_on END, l.amount_cents
FROM allocation_line l JOIN collection k ON k.id = l.collection_id
WHERE l.id IN (SELECT id FROM allocation_line INDEXED BY allocation_line_case
               WHERE case_id = ?1 AND period = ?2)
  AND l.payee <> 'held'
)sql";

// The part of the base a status counts in.
AssistanceStatus partOf(AssistanceStatus status)
{
    return status == AssistanceStatus::Current || status == AssistanceStatus::Former
        ? status
        : AssistanceStatus::Never;
}

} // namespace

std::optional<int> wholeFiscalYear(Date from, Date to)
{
    const int fy = fiscalYearOf(from);
    if (from == fiscalYearStart(fy) && to == fiscalYearEnd(fy))
        return fy;
    return std::nullopt;
}

std::optional<std::vector<int>> wholeFiscalYears(const std::vector<std::pair<Date, Date>>& periods)
{
    std::vector<int> years;
    for (const auto& [from, to] : periods) {
        const auto fy = wholeFiscalYear(from, to);
        if (!fy)
            return std::nullopt;
        years.push_back(*fy);
    }
    return years;
}

std::unordered_map<Uuid, std::vector<PeriodSums>> yearSums(
    Database& db, const std::vector<int>& years)
{
    auto s = db.prepare(kYearSumsSql);
    s.bind(1, *std::max_element(years.begin(), years.end()));
    std::unordered_map<Uuid, std::vector<PeriodSums>> out;
    while (s.step()) {
        const auto fy = static_cast<int>(s.int64(0));
        auto& sums = out[s.uuid(1)];
        sums.resize(years.size());
        for (std::size_t k = 0; k < years.size(); ++k) {
            PeriodSums& p = sums[k];
            if (fy < years[k]) {
                p.arrearsBefore += money(s, 4) - money(s, 6);
            } else if (fy == years[k]) {
                p.due += money(s, 2);
                p.paid += money(s, 3);
                p.arrearsNew += money(s, 5);
                p.arrearsPaid += money(s, 6);
            }
        }
    }
    return out;
}

AssistanceHistories assistanceHistories(Database& db)
{
    AssistanceHistories histories;
    auto h = db.prepare(kAssistanceHistorySql);
    while (h.step()) {
        AssistancePeriod p;
        p.from = date(h, 1);
        p.status = code<AssistanceStatus>(h, 2);
        p.id = h.uuid(3);
        histories[h.uuid(0)].push_back(p);
    }
    for (auto& [caseId, periods] : histories)
        std::sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) {
            return std::tie(a.from, a.id) < std::tie(b.from, b.id);
        });
    return histories;
}

void CollectionsBaseTally::add(AssistanceStatus status, Money amount)
{
    (status == AssistanceStatus::Current         ? facts.currentAssistance
            : status == AssistanceStatus::Former ? facts.formerAssistance
                                                 : facts.other)
        += amount;
}

bool CollectionsBaseTally::changes(
    const std::vector<AssistancePeriod>& history, Date after, Date last)
{
    const AssistanceStatus before = partOf(assistanceStatusOn(history, after));
    return std::any_of(history.begin(), history.end(), [&](const auto& p) {
        return p.from > after && p.from <= last && partOf(p.status) != before;
    });
}

CollectionsBaseFacts yearCollectionsBase(
    Database& db, int fiscalYear, const AssistanceHistories& histories)
{
    const Date from = fiscalYearStart(fiscalYear), to = fiscalYearEnd(fiscalYear);
    CollectionsBaseTally tally;
    auto sums = db.prepare(kYearDistributedSql);
    sums.bind(1, fiscalYear);
    auto caseMonths = db.prepare(kCaseMonthsSql);
    auto monthLines = db.prepare(kCaseMonthLinesSql);
    while (sums.step()) {
        const Uuid caseId = sums.uuid(0);
        const auto h = histories.find(caseId);
        if (h == histories.end()) {
            tally.facts.other += money(sums, 1);
            continue;
        }
        const auto& history = h->second;
        if (!CollectionsBaseTally::changes(history, from, to)) {
            tally.add(assistanceStatusOn(history, from), money(sums, 1));
            continue;
        }
        caseMonths.reset();
        caseMonths.bind(1, caseId);
        bindDate(caseMonths, 2, from);
        bindDate(caseMonths, 3, to);
        while (caseMonths.step()) {
            const Date month = date(caseMonths, 0);
            if (!CollectionsBaseTally::changes(history, month, month.lastOfMonth())) {
                tally.add(assistanceStatusOn(history, month), money(caseMonths, 1));
                continue;
            }
            monthLines.reset();
            monthLines.bind(1, caseId);
            bindDate(monthLines, 2, month);
            while (monthLines.step())
                tally.add(assistanceStatusOn(history, date(monthLines, 0)), money(monthLines, 1));
        }
    }
    return tally.facts;
}

} // namespace caseledger::core
