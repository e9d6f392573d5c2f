#include "core/reports/ledgerfactsrepository.h"

#include "core/cases/case.h"
#include "core/cases/columns.h"
#include "core/finance/allocationline.h"
#include "core/finance/bucket.h"
#include "core/finance/collectionsource.h"
#include "core/finance/payee.h"
#include "core/reports/reportparams.h"
#include "core/store/database.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <tuple>
#include <unordered_map>

namespace caseledger::core {

using namespace columns;

namespace {

// measures.md, OCSE-157 lines 24, 25, 28 and 29, per case, from four set-based statements
// (lines 24 and 25 below: ?1 the first day, ?2 the last day, ?3 the first month of the period;
// lines 28 and 29 from arrearsByCase()):
//   line 24 "current support due": accruals and order adjustments of current buckets whose month
//     lies in the period (a month-end conversion moves support to arrears; it is no new due);
//   line 25 "current support distributed": allocation lines on current buckets of the period's
//     collections, every entry summed, so a reversed (or backed-out) collection nets to zero in
//     the month it was collected (distribution.md §6: a reversal undoes the allocation);
//   line 28 "cases with arrears due": arrears owed when the period began (charges effective
//     before it less arrears paid before it) plus arrears that fell due in it (conversions,
//     interest) -- positive means the case had arrears due;
//   line 29 "cases paying toward arrears": net arrears distributed from the period's collections.
// The first two read the period's months only (the (period, ...) indexes of schema v5); the
// arrears need the history, read from the partial indexes over arrears rows in case order.
// Not grouped in SQL: the (period, ...) index gives the rows in month order, so a GROUP BY
// case_id would sort them, and on an encrypted database every sorter allocation is locked and
// wiped; the caller sums them per case in its map instead.
constexpr const char* kCurrentDueSql = R"sql(
SELECT case_id, amount_cents FROM charge
WHERE period BETWEEN ?3 AND ?2 AND kind IN ('accrual', 'adjustment') AND bucket LIKE 'current%'
)sql";

constexpr const char* kCurrentPaidSql = R"sql(
SELECT case_id, amount_cents FROM allocation_line
WHERE period BETWEEN ?3 AND ?2 AND bucket LIKE 'current%'
)sql";

// Lines 24 and 25 summed over the county: the same rows, no grouping (DESIGN: on an encrypted
// database every sorter allocation is locked and wiped, so a GROUP BY costs far more than the
// scan it follows).
constexpr const char* kCurrentDueTotalSql = R"sql(
SELECT coalesce(sum(amount_cents), 0) FROM charge
WHERE period BETWEEN ?3 AND ?2 AND kind IN ('accrual', 'adjustment') AND bucket LIKE 'current%'
)sql";

constexpr const char* kCurrentPaidTotalSql = R"sql(
SELECT coalesce(sum(amount_cents), 0) FROM allocation_line
WHERE period BETWEEN ?3 AND ?2 AND bucket LIKE 'current%'
)sql";

// Collections received in the period's months, by month and source, and where they went
// (distribution.md §3), from the sums migration 11 keeps (month_collected, month_distributed).
// A reversed collection (a bounced check, distribution.md §6) is left out of the collected
// money: it was never money collected, and its allocation lines net to zero in the same month,
// so the columns still add up to the collected total. Every distributed entry is summed (a
// reversal nets to zero, a redistribution to its reapplied lines). A line's month is its
// collection's, except for money paid ahead: it counts in the month whose support it paid (the
// report's footnote says so). Held lines are counted from the undistributed queue instead,
// which also holds the money of payers without a case.
constexpr const char* kCollectedSql = R"sql(
SELECT month, source, amount_cents FROM month_collected WHERE month BETWEEN ?1 AND ?2
)sql";

constexpr const char* kDistributedSql = R"sql(
SELECT month, payee, disposition, amount_cents FROM month_distributed
WHERE month BETWEEN ?1 AND ?2
)sql";

// distribution.md §4: money still held (a hold less its releases), per month of collection,
// with the date the oldest still-held amount was put on hold. The queue is small: it is read
// whole and each hold's collection looked up (CROSS JOIN keeps that order).
constexpr const char* kUndistributedSql = R"sql(
SELECT month, sum(held), min(since) FROM (
  SELECT substr(k.collected_on, 1, 7) || '-01' AS month, sum(u.amount_cents) AS held,
         min(u.since) AS since
  FROM undistributed u CROSS JOIN collection k ON k.id = u.collection_id
  WHERE k.collected_on BETWEEN ?1 AND ?2
  GROUP BY u.collection_id, u.case_id, u.reason HAVING sum(u.amount_cents) > 0)
GROUP BY month
)sql";

// Arrears charged (principal per installment, interest per month) and arrears paid, per case
// and bucket, each in (case, bucket) order from the partial indexes of schema v5, so that one
// merged pass settles each case's buckets. A line counts when its collection came by the day.
constexpr const char* kAgingChargedSql = R"sql(
SELECT case_id, bucket, coalesce(installment_due, period), amount_cents
FROM charge WHERE bucket LIKE 'arrears%' AND effective_on <= ?1
ORDER BY case_id, bucket
)sql";

constexpr const char* kAgingPaidSql = R"sql(
SELECT l.case_id, l.bucket, l.installment_due, l.amount_cents
FROM allocation_line l
WHERE l.bucket LIKE 'arrears%' AND l.period <= ?1
  AND (l.period < ?2 OR EXISTS (SELECT 1 FROM collection k
                                WHERE k.id = l.collection_id AND k.collected_on <= ?1))
ORDER BY l.case_id, l.bucket
)sql";

// 45 CFR 305.35 "collections base": distributed collections by the case's assistance status on
// the collection date (the last assistance period begun by then, ties to the later id; none
// means never assisted). The assistance history of every case that has one is read once. A
// line's status is its month's status unless the case's status changed inside that month; only
// those few lines have their collection's date read (money paid ahead, applied to a later
// month's support, counts on that month, as do its reversal and back-out lines). A period
// other than a fiscal year reads its lines from the covering (period, ...) index, with no row
// read.
constexpr const char* kBaseLinesSql = R"sql(
SELECT period, amount_cents, id, case_id FROM allocation_line
WHERE period BETWEEN ?1 AND ?2 AND payee <> 'held'
)sql";

// A case whose status changed during a fiscal year: its months, and the lines of a month in
// which it changed (by the case: the index by month would read the whole month's lines).
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

// In the table's order, sorted per case in C++: the index by (case, date) lacks the status,
// and reading it in that order would look up every row.
constexpr const char* kAssistanceHistorySql = R"sql(
SELECT case_id, from_date, status, id FROM assistance_period
)sql";

constexpr const char* kLineDateSql = R"sql(
SELECT CASE WHEN l.period <> substr(k.collected_on, 1, 7) || '-01' THEN l.period
            ELSE k.collected_on END
FROM allocation_line l JOIN collection k ON k.id = l.collection_id WHERE l.id = ?1
)sql";

// Lines 28 and 29 per case (measures.md): for each period k (columns 2k+1 and 2k+2), the
// arrears charged before it and those that fell due in it (`lines` false: charges by their
// effective day, a credit not counted as falling due), or the arrears paid before it and in it
// (`lines` true: allocation lines by their month, every entry summed). Several periods at once
// read the history once. In case order, from the partial indexes over arrears rows.
Statement arrearsByCase(Database& db, bool lines, const std::vector<std::pair<Date, Date>>& periods)
{
    const std::string column = lines ? "period" : "effective_on";
    std::string sql = "SELECT case_id";
    for (std::size_t k = 0; k < periods.size(); ++k) {
        const std::string a = "?" + std::to_string(2 * k + 2), b = "?" + std::to_string(2 * k + 3);
        sql += ", sum(CASE WHEN " + column + " < " + a + " THEN amount_cents ELSE 0 END)"
            + ", sum(CASE WHEN " + column + " BETWEEN " + a + " AND " + b
            + (lines ? "" : " AND amount_cents > 0") + " THEN amount_cents ELSE 0 END)";
    }
    sql += std::string(" FROM ") + (lines ? "allocation_line" : "charge")
        + " WHERE bucket LIKE 'arrears%' AND " + column + " <= ?1 GROUP BY case_id";
    auto s = db.prepare(sql);
    Date last = periods.front().second;
    for (std::size_t k = 0; k < periods.size(); ++k) {
        const auto& [from, to] = periods[k];
        last = std::max(last, to);
        // A line knows its month, not its day: whole months.
        bindDate(s, static_cast<int>(2 * k + 2), lines ? from.firstOfMonth() : from);
        bindDate(s, static_cast<int>(2 * k + 3), to);
    }
    bindDate(s, 1, last);
    return s;
}

MonthLedgerFacts& monthOf(std::map<Date, MonthLedgerFacts>& months, const Statement& s)
{
    const Date m = date(s, 0).firstOfMonth();
    auto& f = months[m];
    f.month = m;
    return f;
}

void addDistribution(
    MonthLedgerFacts& f, const std::string& payee, const std::string& disposition, Money amount)
{
    if (payee == codeOf(Payee::RetainedFederal))
        f.retainedFederal += amount;
    else if (payee == codeOf(Payee::RetainedState))
        f.retainedState += amount;
    else if (disposition == dispositionCode(Disposition::CurrentPassThrough)
        || disposition == dispositionCode(Disposition::FormerPassThrough))
        f.passedThrough += amount;
    else
        f.toFamilies += amount;
}

// One case's arrears of one bucket, aged (the aging report). Charges are per due date;
// payments naming their installment settle it, and the rest (interest, payments naming none,
// amounts paid beyond an installment) settle the oldest first (distribution.md §2: oldest
// installment first).
struct BucketAger
{
    std::map<Date, Money> owed;
    Money unassigned; // payments to spread, positive

    void settle(
        Date asOf, std::array<Money, kAgingBuckets>& byAge, std::array<bool, kAgingBuckets>& has)
    {
        unassigned = std::max(unassigned, Money()); // more reversed than paid: nothing to spread
        for (auto& [due, m] : owed)
            if (m.isNegative()) {
                unassigned -= m;
                m = Money();
            }
        for (auto& [due, m] : owed) {
            const Money paid = std::min(m, unassigned);
            m -= paid;
            unassigned -= paid;
            if (!m.isPositive())
                continue;
            const int band = agingBucketOf(std::max(0, due.daysUntil(asOf)));
            byAge[static_cast<std::size_t>(band)] += m;
            has[static_cast<std::size_t>(band)] = true;
        }
        owed.clear();
        unassigned = Money();
    }
};

// Walks the two aging statements (both in (case, bucket-code) order) one (case, bucket) at a
// time.
struct AgingMerge
{
    Statement& charged;
    Statement& paid;
    bool chargedLive = charged.step();
    bool paidLive = paid.step();

    using Key = std::pair<Uuid, Bucket>;
    static std::pair<Uuid, std::string> raw(const Statement& s) { return {s.uuid(0), s.text(1)}; }

    std::optional<Key> nextKey() const
    {
        std::optional<std::pair<Uuid, std::string>> k;
        if (chargedLive)
            k = raw(charged);
        if (paidLive && (!k || raw(paid) < *k))
            k = raw(paid);
        if (!k)
            return std::nullopt;
        return Key {k->first, Bucket::parseStored(k->second)};
    }

    BucketAger take(const Key& key, Date asOf)
    {
        BucketAger ager;
        const std::pair<Uuid, std::string> k {key.first, key.second.code()};
        for (; chargedLive && raw(charged) == k; chargedLive = charged.step())
            ager.owed[optionalDate(charged, 2).value_or(asOf)] += money(charged, 3);
        for (; paidLive && raw(paid) == k; paidLive = paid.step()) {
            if (const auto due = optionalDate(paid, 2))
                ager.owed[*due] -= money(paid, 3);
            else
                ager.unassigned += money(paid, 3); // a payment naming no installment
        }
        return ager;
    }
};

// The reports' periods are mostly federal fiscal years (the measures, the equity dashboard):
// those are read from fiscal_year_sum (migration 11), one row per case and year, instead of the
// ledger's entries. Any other period is read from the entries.
std::optional<int> wholeFiscalYear(Date from, Date to)
{
    const int fy = fiscalYearOf(from);
    if (from == fiscalYearStart(fy) && to == fiscalYearEnd(fy))
        return fy;
    return std::nullopt;
}

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

// One case's lines 24, 25, 28 and 29 in a period (measures.md), before the arrears are judged.
struct PeriodSums
{
    Money due, paid, arrearsBefore, arrearsNew, arrearsPaid;

    CaseLedgerFacts facts(const Uuid& id) const
    {
        // Owed at the start (never below zero: a credit is not arrears) plus what fell due.
        return {id, due, paid, std::max(arrearsBefore, Money()) + arrearsNew, arrearsPaid};
    }
};

struct UuidHash
{
    std::size_t operator()(const Uuid& id) const
    {
        std::uint64_t h = 0; // the random half of the id
        std::memcpy(&h, id.bytes().data() + 8, sizeof h);
        return static_cast<std::size_t>(h);
    }
};

using CaseYears = std::unordered_map<Uuid, std::vector<PeriodSums>, UuidHash>;

// Each case's sums in each of `years`, from fiscal_year_sum: an entry counts in its own year
// (the same definitions as the entry-by-entry statements above, whose dates fall in that year)
// and, for the arrears, in the "before" of every later year.
CaseYears yearSums(Database& db, const std::vector<int>& years)
{
    auto s = db.prepare(kYearSumsSql);
    s.bind(1, *std::max_element(years.begin(), years.end()));
    CaseYears out;
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

// Lines 28 and 29: a case with arrears due, and whether it paid toward them.
void countArrears(MeasureLedgerLines& lines, const CaseLedgerFacts& f)
{
    const bool due = f.arrearsDue.isPositive();
    lines.line28 += due ? 1 : 0;
    lines.line29 += due && f.arrearsDistributed.isPositive() ? 1 : 0;
}

// The fiscal years of `periods` when every one is a whole year.
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

} // namespace

int agingBucketOf(int days)
{
    return days <= 90 ? 0 : days <= 180 ? 1 : days <= 365 ? 2 : days <= 3 * 365 ? 3 : 4;
}

std::vector<CaseLedgerFacts> LedgerFactsRepository::perCase(Date from, Date to)
{
    std::vector<CaseLedgerFacts> out;
    if (const auto fy = wholeFiscalYear(from, to)) {
        const auto years = yearSums(m_db, {*fy});
        out.reserve(years.size());
        for (const auto& [id, sums] : years)
            out.push_back(sums.front().facts(id));
        std::sort(out.begin(), out.end(),
            [](const CaseLedgerFacts& a, const CaseLedgerFacts& b) { return a.caseId < b.caseId; });
        return out;
    }
    std::map<Uuid, PeriodSums> byCase;
    auto read = [&](const char* sql, auto&& add) {
        auto s = m_db.prepare(sql);
        bindDate(s, 1, from);
        bindDate(s, 2, to);
        bindDate(s, 3, from.firstOfMonth());
        while (s.step())
            add(byCase[s.uuid(0)], s);
    };
    read(kCurrentDueSql, [](PeriodSums& f, const Statement& s) { f.due += money(s, 1); });
    read(kCurrentPaidSql, [](PeriodSums& f, const Statement& s) { f.paid += money(s, 1); });
    for (const bool lines : {false, true}) {
        auto s = arrearsByCase(m_db, lines, {{from, to}});
        while (s.step()) {
            PeriodSums& f = byCase[s.uuid(0)];
            if (lines) {
                f.arrearsBefore -= money(s, 1);
                f.arrearsPaid += money(s, 2);
            } else {
                f.arrearsBefore += money(s, 1);
                f.arrearsNew += money(s, 2);
            }
        }
    }
    out.reserve(byCase.size());
    for (const auto& [id, f] : byCase)
        out.push_back(f.facts(id));
    return out;
}

std::vector<MonthLedgerFacts> LedgerFactsRepository::byMonth(Date from, Date to)
{
    // Whole months: a line knows its month (its collection's, or the one it paid), not its day.
    const Date first = from.firstOfMonth(), last = to.lastOfMonth();
    std::map<Date, MonthLedgerFacts> months;
    auto read = [&](const char* sql, Date a, Date b, auto&& add) {
        auto s = m_db.prepare(sql);
        bindDate(s, 1, a);
        bindDate(s, 2, b);
        while (s.step())
            add(monthOf(months, s), s);
    };
    read(kCollectedSql, first, last, [](MonthLedgerFacts& f, const Statement& s) {
        const auto source = static_cast<std::size_t>(code<CollectionSource>(s, 1));
        f.collectedBySource[source] += money(s, 2);
        f.collected += money(s, 2);
    });
    read(kDistributedSql, first, last, [](MonthLedgerFacts& f, const Statement& s) {
        addDistribution(f, s.text(1), s.text(2), money(s, 3));
    });
    read(kUndistributedSql, first, last, [&](MonthLedgerFacts& f, const Statement& s) {
        f.undistributed = money(s, 1);
        f.undistributedOldestDays = std::max(0, date(s, 2).daysUntil(m_today));
    });
    std::vector<MonthLedgerFacts> out;
    for (auto& [month, f] : months)
        out.push_back(f);
    return out;
}

std::vector<AgingLedgerFacts> LedgerFactsRepository::aging(Date asOf)
{
    std::array<AgingLedgerFacts, kArrearsCategoryCount> out;
    for (auto c : kArrearsCategories)
        out[indexOf(c)].category = c;
    auto charged = m_db.prepare(kAgingChargedSql);
    bindDate(charged, 1, asOf);
    auto paid = m_db.prepare(kAgingPaidSql);
    bindDate(paid, 1, asOf);
    bindDate(paid, 2, asOf.firstOfMonth());
    AgingMerge merge {charged, paid};
    std::array<std::array<bool, kAgingBuckets>, kArrearsCategoryCount> has {};
    std::optional<Uuid> lastCase;
    auto countCase = [&] {
        for (std::size_t c = 0; c < kArrearsCategoryCount; ++c)
            for (std::size_t b = 0; b < kAgingBuckets; ++b)
                out[c].cases[b] += has[c][b] ? 1 : 0;
        has = {};
    };
    while (auto key = merge.nextKey()) {
        if (lastCase && key->first != *lastCase)
            countCase();
        lastCase = key->first;
        BucketAger ager = merge.take(*key, asOf);
        const std::size_t c = indexOf(key->second.category);
        ager.settle(asOf, out[c].byAge, has[c]);
    }
    countCase();
    return {out.begin(), out.end()};
}

CollectionsBaseFacts LedgerFactsRepository::collectionsBase(Date from, Date to)
{
    // Each case's assistance history, oldest first (ties: the later id last), as
    // assistanceStatusOn() reads it.
    std::unordered_map<Uuid, std::vector<AssistancePeriod>, UuidHash> history;
    {
        auto h = m_db.prepare(kAssistanceHistorySql);
        while (h.step()) {
            AssistancePeriod p;
            p.from = date(h, 1);
            p.status = code<AssistanceStatus>(h, 2);
            p.id = h.uuid(3);
            history[h.uuid(0)].push_back(p);
        }
        for (auto& [caseId, periods] : history)
            std::sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) {
                return std::tie(a.from, a.id) < std::tie(b.from, b.id);
            });
    }
    CollectionsBaseFacts out;
    const auto add = [&](AssistanceStatus status, Money amount) {
        (status == AssistanceStatus::Current         ? out.currentAssistance
                : status == AssistanceStatus::Former ? out.formerAssistance
                                                     : out.other)
            += amount;
    };
    // Whether a case's money goes to another part of the base after `after`, up to `last` (a
    // case opened then as never assisted changes nothing: before, it was never assisted).
    const auto part = [](AssistanceStatus status) {
        return status == AssistanceStatus::Current || status == AssistanceStatus::Former
            ? status
            : AssistanceStatus::Never;
    };
    const auto changesIn
        = [&](const std::vector<AssistancePeriod>& periods, Date after, Date last) {
              const AssistanceStatus before = part(assistanceStatusOn(periods, after));
              return std::any_of(periods.begin(), periods.end(), [&](const auto& p) {
                  return p.from > after && p.from <= last && part(p.status) != before;
              });
          };
    // One line of a case with an assistance history: its month's status, unless the status
    // changed inside that month.
    auto lineDate = m_db.prepare(kLineDateSql);
    const auto addLine = [&](const std::vector<AssistancePeriod>& periods, const Statement& line) {
        const Date month = date(line, 0);
        Date day = month;
        if (changesIn(periods, month, month.lastOfMonth())) {
            lineDate.reset();
            lineDate.bind(1, line.uuid(2));
            if (lineDate.step())
                day = date(lineDate, 0);
        }
        add(assistanceStatusOn(periods, day), money(line, 1));
    };
    const auto fy = wholeFiscalYear(from, to);
    if (!fy) {
        auto lines = m_db.prepare(kBaseLinesSql);
        bindDate(lines, 1, from.firstOfMonth()); // whole months: a line knows its month
        bindDate(lines, 2, to);
        while (lines.step()) {
            const auto h = history.find(lines.uuid(3));
            if (h == history.end())
                out.other += money(lines, 1);
            else
                addLine(h->second, lines);
        }
        return out;
    }
    // A fiscal year: each case's distributed money from fiscal_year_sum, all of it under the
    // status of the year's first day unless that status changed during the year. Those cases
    // are read month by month (case_month_distributed), and only the lines of a month in
    // which the status changed are read one by one.
    auto sums = m_db.prepare(kYearDistributedSql);
    sums.bind(1, *fy);
    auto caseMonths = m_db.prepare(kCaseMonthsSql);
    auto monthLines = m_db.prepare(kCaseMonthLinesSql);
    while (sums.step()) {
        const Uuid caseId = sums.uuid(0);
        const auto h = history.find(caseId);
        if (h == history.end()) {
            out.other += money(sums, 1);
            continue;
        }
        const auto& periods = h->second;
        if (!changesIn(periods, from, to)) {
            add(assistanceStatusOn(periods, from), money(sums, 1));
            continue;
        }
        caseMonths.reset();
        caseMonths.bind(1, caseId);
        bindDate(caseMonths, 2, from);
        bindDate(caseMonths, 3, to);
        while (caseMonths.step()) {
            const Date month = date(caseMonths, 0);
            if (!changesIn(periods, month, month.lastOfMonth())) {
                add(assistanceStatusOn(periods, month), money(caseMonths, 1));
                continue;
            }
            monthLines.reset();
            monthLines.bind(1, caseId);
            bindDate(monthLines, 2, month);
            while (monthLines.step()) // its day decides
                add(assistanceStatusOn(periods, date(monthLines, 0)), money(monthLines, 1));
        }
    }
    return out;
}

std::vector<MeasureLedgerLines> LedgerFactsRepository::measureLines(
    const std::vector<std::pair<Date, Date>>& periods)
{
    std::vector<MeasureLedgerLines> out(periods.size());
    if (periods.empty())
        return out;
    if (const auto years = wholeFiscalYears(periods)) {
        for (const auto& [id, sums] : yearSums(m_db, *years))
            for (std::size_t k = 0; k < periods.size(); ++k) {
                const CaseLedgerFacts f = sums[k].facts(id);
                out[k].line24 += f.currentSupportDue;
                out[k].line25 += f.currentSupportDistributed;
                countArrears(out[k], f);
            }
        return out;
    }
    for (std::size_t k = 0; k < periods.size(); ++k) {
        const auto& [from, to] = periods[k];
        auto total = [&](const char* sql) {
            auto s = m_db.prepare(sql);
            bindDate(s, 1, from);
            bindDate(s, 2, to);
            bindDate(s, 3, from.firstOfMonth());
            return s.step() ? money(s, 0) : Money();
        };
        out[k].line24 = total(kCurrentDueTotalSql);
        out[k].line25 = total(kCurrentPaidTotalSql);
    }
    // Lines 28 and 29: perCase()'s two arrears statements, both periods' columns in each, so
    // that the history is read once; in case order, merged here case by case.
    auto charged = arrearsByCase(m_db, false, periods);
    auto paid = arrearsByCase(m_db, true, periods);
    bool c = charged.step(), p = paid.step();
    while (c || p) {
        const Uuid id
            = !p || (c && charged.uuid(0) < paid.uuid(0)) ? charged.uuid(0) : paid.uuid(0);
        const bool hasCharged = c && charged.uuid(0) == id, hasPaid = p && paid.uuid(0) == id;
        for (std::size_t k = 0; k < periods.size(); ++k) {
            const int col = static_cast<int>(2 * k + 1);
            PeriodSums sums;
            if (hasCharged) {
                sums.arrearsBefore += money(charged, col);
                sums.arrearsNew += money(charged, col + 1);
            }
            if (hasPaid) {
                sums.arrearsBefore -= money(paid, col);
                sums.arrearsPaid += money(paid, col + 1);
            }
            countArrears(out[k], sums.facts(id));
        }
        if (hasCharged)
            c = charged.step();
        if (hasPaid)
            p = paid.step();
    }
    return out;
}

std::unique_ptr<LedgerFacts> ledgerFactsFor(Database& db, Date today)
{
    return std::make_unique<LedgerFactsRepository>(db, today);
}

} // namespace caseledger::core
