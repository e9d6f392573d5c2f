// The reports read a fiscal year's ledger figures from the sums migration 11 keeps
// (fiscal_year_sum, case_month_distributed, month_collected, month_distributed), and any other
// period from the ledger's entries. On a generated county with two years of money (accruals,
// conversions, interest, payments across families, reversals, money held, assistance that changes),
// both must give the same figures: a supervisor's measures cannot depend on which path answered.
#include "core/cases/columns.h"
#include "core/finance/keptbalancerepository.h"
#include "core/reports/ledgerfactsrepository.h"
#include "core/reports/reportparams.h"
#include "core/services/demoservice.h"
#include "core/store/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

void requireSameLines(const MeasureLedgerLines& a, const MeasureLedgerLines& b)
{
    CHECK(a.line24 == b.line24);
    CHECK(a.line25 == b.line25);
    CHECK(a.line28 == b.line28);
    CHECK(a.line29 == b.line29);
}

} // namespace

TEST_CASE("A fiscal year's figures from the reports' sums equal those from the ledger's entries",
    "[reports][ledger][sums]")
{
    TestWorkspace t;
    // 150 cases, two fiscal years of money.
    const DemoRequest r {150, 5, kDefaultCountyFips, kUserPassword, 2, 1, 0, 2};
    REQUIRE(DemoService(t.ws()).generate(t.admin(), r).ok());
    auto& db = t.ws().db();
    const auto check = KeptBalanceRepository(db).verify();
    CHECK(check.ok());
    CHECK(check.reportSumDifferences == 0);
    REQUIRE(db.queryInt64("SELECT count(*) FROM fiscal_year_sum") > 0);

    const int last = fiscalYearOf(t.clock().today()) - 1;
    LedgerFactsRepository facts(db, t.clock().today());
    const std::pair thisYear {fiscalYearStart(last), fiscalYearEnd(last)};
    const std::pair lastYear {fiscalYearStart(last - 1), fiscalYearEnd(last - 1)};
    // A period that is no fiscal year makes measureLines read every period from the entries.
    const std::pair notAYear {fiscalYearStart(last), fiscalYearEnd(last).addDays(-1)};
    const auto fromEntries = facts.measureLines({thisYear, lastYear, notAYear});
    const auto fromSums = facts.measureLines({thisYear, lastYear});
    REQUIRE(fromSums.size() == 2);
    for (std::size_t k = 0; k < 2; ++k) {
        INFO("fiscal year " << last - static_cast<int>(k));
        requireSameLines(fromSums[k], fromEntries[k]);
        requireSameLines(fromSums[k], facts.measureLines({k == 0 ? thisYear : lastYear}).front());
        // The case-by-case figures of the year (the equity dashboard's) add up to the same.
        MeasureLedgerLines summed;
        const auto [from, to] = k == 0 ? thisYear : lastYear;
        for (const auto& c : facts.perCase(from, to)) {
            summed.line24 += c.currentSupportDue;
            summed.line25 += c.currentSupportDistributed;
            summed.line28 += c.arrearsDue.isPositive() ? 1 : 0;
            summed.line29 += c.arrearsDue.isPositive() && c.arrearsDistributed.isPositive() ? 1 : 0;
        }
        requireSameLines(fromSums[k], summed);
    }
    // Case by case, the year from the sums and the year less its last day from the entries
    // (the same figures: nothing of the demo's falls due on a September 30).
    auto lastDay = db.prepare("SELECT count(*) FROM charge WHERE effective_on = ?1");
    columns::bindDate(lastDay, 1, thisYear.second);
    REQUIRE(lastDay.step());
    REQUIRE(lastDay.int64(0) == 0);
    std::map<Uuid, CaseLedgerFacts> entries;
    for (const auto& c : facts.perCase(notAYear.first, notAYear.second))
        entries[c.caseId] = c;
    const auto isZero = [](const CaseLedgerFacts& c) {
        return c.currentSupportDue.isZero() && c.currentSupportDistributed.isZero()
            && c.arrearsDue.isZero() && c.arrearsDistributed.isZero();
    };
    std::size_t compared = 0;
    for (const auto& c : facts.perCase(thisYear.first, thisYear.second)) {
        const auto e = entries.find(c.caseId);
        if (e == entries.end()) {
            CHECK(isZero(c)); // a case with no money in the year or before it
            continue;
        }
        INFO("case " << c.caseId.toString());
        CHECK(c.currentSupportDue == e->second.currentSupportDue);
        CHECK(c.currentSupportDistributed == e->second.currentSupportDistributed);
        CHECK(c.arrearsDue == e->second.arrearsDue);
        CHECK(c.arrearsDistributed == e->second.arrearsDistributed);
        ++compared;
        entries.erase(e);
    }
    for (const auto& [id, c] : entries)
        CHECK(isZero(c));
    CHECK(compared > 50);

    // Something to compare: support due and paid, cases behind and paying.
    CHECK(fromSums[0].line24.isPositive());
    CHECK(fromSums[0].line25.isPositive());
    CHECK(fromSums[0].line28 > 0);
    CHECK(fromSums[0].line29 > 0);
    CHECK(fromSums[0].line29 < fromSums[0].line28);

    // The collections base of the year, and the same year month by month from the entries.
    for (int fy : {last, last - 1}) {
        INFO("collections base, fiscal year " << fy);
        const auto year = facts.collectionsBase(fiscalYearStart(fy), fiscalYearEnd(fy));
        CollectionsBaseFacts months;
        for (Date m = fiscalYearStart(fy); m < fiscalYearEnd(fy); m = m.addMonths(1)) {
            const auto one = facts.collectionsBase(m, m.lastOfMonth());
            months.currentAssistance += one.currentAssistance;
            months.formerAssistance += one.formerAssistance;
            months.other += one.other;
        }
        CHECK(year.currentAssistance == months.currentAssistance);
        CHECK(year.formerAssistance == months.formerAssistance);
        CHECK(year.other == months.other);
        CHECK(year.currentAssistance.isPositive());
        CHECK(year.other.isPositive());
    }
    // Some case's money moved from current to former assistance inside a month of the two
    // years, in a month with money distributed: the month-by-month and line-by-line paths of
    // the collections base are taken.
    auto changed = db.prepare(R"sql(
SELECT count(*) FROM assistance_period a
JOIN case_month_distributed m ON m.case_id = a.case_id
                             AND m.month = substr(a.from_date, 1, 7) || '-01'
WHERE a.from_date > ?1 AND a.from_date <= ?2 AND substr(a.from_date, 9, 2) <> '01'
  AND a.status = 'former' AND m.amount_cents <> 0
)sql");
    columns::bindDate(changed, 1, lastYear.first);
    columns::bindDate(changed, 2, thisYear.second);
    REQUIRE(changed.step());
    CHECK(changed.int64(0) > 0);
}
