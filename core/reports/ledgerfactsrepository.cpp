#include "core/reports/ledgerfactsrepository.h"

#include "core/cases/case.h"
#include "core/cases/columns.h"
#include "core/finance/allocationline.h"
#include "core/finance/bucket.h"
#include "core/finance/collectionsource.h"
#include "core/finance/payee.h"
#include "core/reports/fiscalyearsums.h"
#include "core/store/database.h"

#include <algorithm>
#include <map>

namespace caseledger::core {

using namespace columns;

namespace {

// measures.md, OCSE-157 lines 24, 25, 28 and 29, per case. A whole fiscal year is read from
// the sums of migration 11 (fiscalyearsums.h), which hold the same definitions; any other
// period from four set-based statements over the ledger's entries (lines 24 and 25 below: ?1 the
// first day, ?2 the last day, ?3 the first month of the period; lines 28 and 29 from
// arrearsByCase()):
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

// A case with nothing due, paid or owed in a period is left out of perCase().
bool hasMoney(const CaseLedgerFacts& f)
{
    return !f.currentSupportDue.isZero() || !f.currentSupportDistributed.isZero()
        || !f.arrearsDue.isZero() || !f.arrearsDistributed.isZero();
}

// Lines 28 and 29: a case with arrears due, and whether it paid toward them.
void countArrears(MeasureLedgerLines& lines, const CaseLedgerFacts& f)
{
    const bool due = f.arrearsDue.isPositive();
    lines.line28 += due ? 1 : 0;
    lines.line29 += due && f.arrearsDistributed.isPositive() ? 1 : 0;
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
            if (const auto f = sums.front().facts(id); hasMoney(f))
                out.push_back(f);
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
    for (const auto& [id, sums] : byCase)
        if (const auto f = sums.facts(id); hasMoney(f))
            out.push_back(f);
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
    const auto histories = assistanceHistories(m_db);
    if (const auto fy = wholeFiscalYear(from, to))
        return yearCollectionsBase(m_db, *fy, histories);
    // Line by line: its month's status, unless the status changed inside that month.
    CollectionsBaseTally tally;
    auto lines = m_db.prepare(kBaseLinesSql);
    bindDate(lines, 1, from.firstOfMonth()); // whole months: a line knows its month
    bindDate(lines, 2, to);
    auto lineDate = m_db.prepare(kLineDateSql);
    while (lines.step()) {
        const auto h = histories.find(lines.uuid(3));
        if (h == histories.end()) {
            tally.facts.other += money(lines, 1);
            continue;
        }
        const Date month = date(lines, 0);
        Date day = month;
        if (CollectionsBaseTally::changes(h->second, month, month.lastOfMonth())) {
            lineDate.reset();
            lineDate.bind(1, lines.uuid(2));
            if (lineDate.step())
                day = date(lineDate, 0);
        }
        tally.add(assistanceStatusOn(h->second, day), money(lines, 1));
    }
    return tally.facts;
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
