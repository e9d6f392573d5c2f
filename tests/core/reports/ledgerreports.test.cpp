// The reports that read the finance ledger (issue 6): the OCSE-157 lines 24, 25, 28 and 29,
// the collections and distribution report and arrears aging, on a ledger built through the
// real services, with the figures worked out by hand below.
#include "core/reports/ledgerfactsrepository.h"
#include "core/services/accrualservice.h"
#include "core/services/caseservice.h"
#include "core/services/orderservice.h"
#include "core/services/paymentservice.h"
#include "core/services/reportservice.h"
#include "tests/core/reports/reportfixture.h"

#include <array>
#include <catch2/catch_test_macros.hpp>
#include <utility>
#include <vector>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

// Three families opened 2025-09-02, each with a monthly order from 2025-09-01:
//   A  never assisted, $500;  B  aided (CalWORKs) from 2025-09-01, one child, $300, grants
//   $900 for September and October;  C  never assisted, $200, never pays.
// 2025-10-05  support accrued through October: September's unpaid support becomes arrears on
//             2025-10-01 (A NA 500, B PA 300, C NA 200; installment 2025-09-01); October's
//             support is due (A 500, B 300, C 200); October's interest is charged on
//             2025-11-01 (10 % a year on the September installments).
// 2025-10-10  A pays $700 (direct): October's $500, then $200 of the NA arrears.
// 2025-10-12  B pays $500 (wage withholding): October's $300 -- the first $100 passed through
//             (Family Code §17504), $200 retained -- then $200 of PA arrears, retained; the
//             retained $400 split 50/50 (California's FMAP).
// 2025-10-15  A pays $100 (direct) toward arrears; the check bounces and is reversed 10-16.
// 2025-10-20  $75 (direct) from A's custodial parent, who pays on no case: held.
// 2025-10-31  today.
struct LedgerCounty
{
    TestWorkspace t {Date::fromYmd(2025, 9, 2)};
    Session cw = t.addUser("cw1", Role::Caseworker);
    Session fiscal = t.addUser("fiscal1", Role::FinancialWorker);
    Session sup = t.addUser("sup1", Role::Supervisor);
    Family a, b, c;

    LedgerCounty()
    {
        a = openFamily(t, cw);
        b = openFamily(t, cw, false, "López");
        c = openFamily(t, cw, false, "Nguyen");
        order(a, 500'00);
        order(b, 300'00);
        order(c, 200'00);
        REQUIRE(CaseService(t.ws())
                    .setAssistance(
                        cw, b.record.number, AssistanceStatus::Current, Date::fromYmd(2025, 9, 1))
                    .ok());
        const std::string grants = "case,month,amount\n" + b.record.number + ",2025-09,900.00\n"
            + b.record.number + ",2025-10,900.00\n";
        REQUIRE(AccrualService(t.ws()).importGrants(fiscal, grants, false).ok());
        setToday(t, Date::fromYmd(2025, 10, 5));
        REQUIRE(AccrualService(t.ws()).accrueThrough(fiscal, Date::fromYmd(2025, 10, 1)).ok());
        setToday(t, Date::fromYmd(2025, 10, 10));
        pay("A-1", a.record.number, 700'00, {2025, 10, 10}, CollectionSource::Direct);
        setToday(t, Date::fromYmd(2025, 10, 12));
        pay("B-1", b.record.number, 500'00, {2025, 10, 12}, CollectionSource::WageWithholding);
        setToday(t, Date::fromYmd(2025, 10, 15));
        pay("A-2", a.record.number, 100'00, {2025, 10, 15}, CollectionSource::Direct);
        setToday(t, Date::fromYmd(2025, 10, 16));
        REQUIRE(PaymentService(t.ws()).reverse(fiscal, "A-2", "check returned NSF").ok());
        setToday(t, Date::fromYmd(2025, 10, 20));
        const auto held
            = pay("H-1", a.cp.id.toString(), 75'00, {2025, 10, 20}, CollectionSource::Direct);
        CHECK(held.held == Money::fromCents(75'00));
        setToday(t, Date::fromYmd(2025, 10, 31));
    }

    void order(const Family& f, std::int64_t cents)
    {
        NewOrderRequest r;
        r.courtCaseNumber = "25FL0" + f.record.number.substr(3);
        r.terms.effective = Date::fromYmd(2025, 9, 1);
        r.terms.currentSupport = Money::fromCents(cents);
        REQUIRE(OrderService(t.ws()).add(cw, f.record.number, r).ok());
    }

    struct Ymd
    {
        int y;
        unsigned m, d;
    };
    PostResult pay(const std::string& receipt, const std::string& obligor, std::int64_t cents,
        Ymd on, CollectionSource source)
    {
        auto r = PaymentService(t.ws()).post(fiscal,
            {receipt, obligor, Money::fromCents(cents), Date::fromYmd(on.y, on.m, on.d), source});
        INFO((r ? "" : r.error().message));
        REQUIRE(r.ok());
        return *r;
    }

    ReportRun run(const std::string& name, ReportParams params)
    {
        auto r = ReportService(t.ws()).run(sup, name, std::move(params));
        INFO((r ? "" : r.error().message));
        REQUIRE(r.ok());
        return *r;
    }
};

ReportParams fiscalYear(int fy)
{
    ReportParams p;
    p.fiscalYear = fy;
    return p;
}

std::int64_t value(const ReportCell& c)
{
    REQUIRE_FALSE(c.empty);
    return c.value;
}

std::string label(ArrearsCategory c)
{
    return std::string(labelOf(c));
}

bool mentions(const ReportTable& t, const std::string& text)
{
    for (const auto& f : t.footnotes)
        if (f.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("Measures lines 24, 25, 28, 29 and the collections come from the ledger",
    "[reports][ledger][measures]")
{
    LedgerCounty county;
    const auto t = county.run("measures", fiscalYear(2026)).table;
    // Line 24: October's support of A, B and C: 500 + 300 + 200 (September's is FY 2025).
    CHECK(value(cellAt(t, "Line 24", "this_year")) == 1000'00);
    // Line 25: current support distributed: A 500, B 100 passed through + 200 retained; the
    // bounced check had gone to arrears and nets to zero anyway.
    CHECK(value(cellAt(t, "Line 25", "this_year")) == 800'00);
    // Line 28: all three owed September's support as arrears from 2025-10-01.
    CHECK(value(cellAt(t, "Line 28", "this_year")) == 3);
    // Line 29: A (200, the reversed 100 nets out) and B (200) paid toward arrears; C did not.
    CHECK(value(cellAt(t, "Line 29", "this_year")) == 2);
    // FY 2025 (its September only): 1,000 due, nothing paid, no arrears yet.
    CHECK(value(cellAt(t, "Line 24", "last_year")) == 1000'00);
    CHECK(value(cellAt(t, "Line 25", "last_year")) == 0);
    CHECK(value(cellAt(t, "Line 28", "last_year")) == 0);
    // 800 / 1,000 = 80 % -> 100 (Table 2); 2 / 3 = 66.66 % -> 76.
    CHECK(value(cellAt(t, "Current collections", "this_year")) == 8'000);
    CHECK(value(cellAt(t, "Current collections", "applicable")) == 100);
    CHECK(value(cellAt(t, "Arrears collections", "this_year")) == 6'666);
    CHECK(value(cellAt(t, "Arrears collections", "applicable")) == 76);
    // Collections distributed: B's 500 (current assistance) and A's 700 (never); the held 75 is
    // not distributed. Base = 2 x 500 + 700 (45 CFR 305.35).
    CHECK(value(cellAt(t, "Collections", "this_year")) == 1200'00);
    CHECK(value(cellAt(t, "Collections base", "this_year")) == 1700'00);
    CHECK_FALSE(mentions(t, "Ledger not yet available"));

    // The cases behind line 28 and line 29.
    ReportService reports(county.t.ws());
    auto drilled = reports.drill(
        county.sup, "measures", fiscalYear(2026), cellAt(t, "Line 29", "this_year").drill);
    REQUIRE(drilled.ok());
    CHECK(drilled->total == 2);
    drilled = reports.drill(
        county.sup, "measures", fiscalYear(2026), cellAt(t, "Line 28", "this_year").drill);
    REQUIRE(drilled.ok());
    CHECK(drilled->total == 3);

    // A worker's scope (read case by case, not summed in SQL): all three cases are cw1's.
    ReportParams mine = fiscalYear(2026);
    mine.worker = "cw1";
    const auto scoped = county.run("measures", mine).table;
    CHECK(value(cellAt(scoped, "Line 24", "this_year")) == 1000'00);
    CHECK(value(cellAt(scoped, "Line 25", "this_year")) == 800'00);
    CHECK(value(cellAt(scoped, "Line 28", "this_year")) == 3);
    CHECK(value(cellAt(scoped, "Line 29", "this_year")) == 2);
    ReportParams other = fiscalYear(2026);
    other.worker = "sup1"; // no case of hers
    CHECK(value(cellAt(county.run("measures", other).table, "Line 28", "this_year")) == 0);
}

TEST_CASE("The county's lines 24-29 of several periods, read at once, are each period's alone "
          "and the cases' summed",
    "[reports][ledger][measures]")
{
    LedgerCounty county;
    LedgerFactsRepository facts(county.t.ws().db(), Date::fromYmd(2025, 10, 31));
    const std::vector<std::pair<Date, Date>> periods {
        {Date::fromYmd(2025, 10, 1), Date::fromYmd(2026, 9, 30)},
        {Date::fromYmd(2024, 10, 1), Date::fromYmd(2025, 9, 30)},
        {Date::fromYmd(2025, 10, 11), Date::fromYmd(2025, 10, 31)}, // days into a month
    };
    const auto together = facts.measureLines(periods);
    REQUIRE(together.size() == periods.size());
    for (std::size_t k = 0; k < periods.size(); ++k) {
        INFO("period " << k);
        const auto& [from, to] = periods[k];
        const auto alone = facts.measureLines({periods[k]});
        REQUIRE(alone.size() == 1);
        MeasureLedgerLines summed;
        for (const auto& c : facts.perCase(from, to)) {
            summed.line24 += c.currentSupportDue;
            summed.line25 += c.currentSupportDistributed;
            summed.line28 += c.arrearsDue.isPositive() ? 1 : 0;
            summed.line29 += c.arrearsDue.isPositive() && c.arrearsDistributed.isPositive() ? 1 : 0;
        }
        for (const MeasureLedgerLines& other : std::array {alone.front(), summed}) {
            CHECK(together[k].line24 == other.line24);
            CHECK(together[k].line25 == other.line25);
            CHECK(together[k].line28 == other.line28);
            CHECK(together[k].line29 == other.line29);
        }
    }
    CHECK(together[0].line28 == 3);
    CHECK(together[1].line28 == 0);
    // Payments count by their month (a line knows its month, not its day): A's of 10-10 too.
    CHECK(together[2].line28 == 3);
    CHECK(together[2].line29 == 2);
}

TEST_CASE("Collections and distribution by month: reversed left out, held money aged",
    "[reports][ledger][collections]")
{
    LedgerCounty county;
    const auto t = county.run("collections", fiscalYear(2026)).table;
    REQUIRE(t.rows.size() == 12);
    const auto& october = t.rows.front();
    REQUIRE(october.cells[0].text == "2025-10");
    auto at = [&](const char* column) {
        const int c = t.columnIndex(column);
        REQUIRE(c >= 0);
        return october.cells[static_cast<std::size_t>(c)].value;
    };
    // 700 + 500 + 75; the bounced $100 is not a collection (distribution.md §6).
    CHECK(at("collected") == 1275'00);
    CHECK(at("source_direct") == 775'00);
    CHECK(at("source_wage_withholding") == 500'00);
    CHECK(at("source_federal_tax_offset") == 0);
    CHECK(at("to_families") == 700'00);
    CHECK(at("retained_federal") == 200'00);
    CHECK(at("retained_state") == 200'00);
    CHECK(at("passed_through") == 100'00);
    CHECK(at("undistributed") == 75'00);
    CHECK(at("undistributed_age") == 11); // held since 2025-10-20, today 2025-10-31
    // The columns add up to what was collected.
    CHECK(at("to_families") + at("retained_federal") + at("retained_state") + at("passed_through")
            + at("undistributed")
        == at("collected"));
    CHECK(t.totals->cells[1].value == 1275'00);
    CHECK(t.rows[1].cells[1].value == 0); // November: nothing yet
    CHECK_FALSE(mentions(t, "Ledger not yet available"));
    CHECK(mentions(t, "Reversed collections are left out"));
}

TEST_CASE("Arrears aging by category and age band", "[reports][ledger][aging]")
{
    LedgerCounty county;
    ReportParams p;
    p.to = Date::fromYmd(2025, 10, 31);
    const auto t = county.run("aging", p).table;
    // Installment 2025-09-01, 60 days old: NA  A 500 - 200 (the bounced 100 nets out) + C 200;
    // PA  B 300 - 200. October's interest is charged from 2025-11-01: not yet owed.
    CHECK(value(cellAt(t, label(ArrearsCategory::NA), "d0_90")) == 500'00);
    CHECK(value(cellAt(t, label(ArrearsCategory::NA), "total")) == 500'00);
    CHECK(value(cellAt(t, label(ArrearsCategory::PA), "d0_90")) == 100'00);
    CHECK(value(cellAt(t, label(ArrearsCategory::TA), "total")) == 0);
    CHECK(t.totals->cells[6].value == 600'00);

    // 2026-03-15: the installment is 195 days old (181-365); October's interest (10 % a year for
    // one month on the unpaid installments as accrued: A 500 -> 4.17, C 200 -> 1.67, B PA 300
    // -> 2.50), charged for 2025-10, is 165 days old (91-180).
    p.to = Date::fromYmd(2026, 3, 15);
    const auto later = county.run("aging", p).table;
    CHECK(value(cellAt(later, label(ArrearsCategory::NA), "d0_90")) == 0);
    CHECK(value(cellAt(later, label(ArrearsCategory::NA), "d181_365")) == 500'00);
    CHECK(value(cellAt(later, label(ArrearsCategory::NA), "d91_180")) == 4'17 + 1'67);
    CHECK(value(cellAt(later, label(ArrearsCategory::PA), "d181_365")) == 100'00);
    CHECK(value(cellAt(later, label(ArrearsCategory::PA), "d91_180")) == 2'50);
    CHECK_FALSE(mentions(later, "Ledger not yet available"));

    // The facts count the cases in each band: A and C owe NA arrears, B owes PA arrears.
    LedgerFactsRepository facts(county.t.ws().db(), Date::fromYmd(2025, 10, 31));
    for (const auto& f : facts.aging(Date::fromYmd(2025, 10, 31))) {
        if (f.category == ArrearsCategory::NA)
            CHECK(f.cases[0] == 2);
        else if (f.category == ArrearsCategory::PA)
            CHECK(f.cases[0] == 1);
        else
            CHECK(f.cases[0] == 0);
    }
}

TEST_CASE("Aging bands: 0-90, 91-180, 181-365, 1-3 years, over 3 years", "[reports][ledger]")
{
    CHECK(agingBucketOf(0) == 0);
    CHECK(agingBucketOf(90) == 0);
    CHECK(agingBucketOf(91) == 1);
    CHECK(agingBucketOf(180) == 1);
    CHECK(agingBucketOf(181) == 2);
    CHECK(agingBucketOf(365) == 2);
    CHECK(agingBucketOf(366) == 3);
    CHECK(agingBucketOf(1095) == 3);
    CHECK(agingBucketOf(1096) == 4);
}

TEST_CASE("Collections base: the status on each collection's date, also when it changes mid-month",
    "[reports][ledger][measures]")
{
    LedgerCounty county;
    // D: $400 a month from 2025-09-01; CalWORKs from 2025-10-11, not before.
    const Family d = openFamily(county.t, county.cw, false, "Okafor");
    county.order(d, 400'00);
    REQUIRE(CaseService(county.t.ws())
                .setAssistance(county.cw, d.record.number, AssistanceStatus::Current,
                    Date::fromYmd(2025, 10, 11))
                .ok());
    REQUIRE(AccrualService(county.t.ws())
                .accrueThrough(county.fiscal, Date::fromYmd(2025, 10, 1))
                .ok());
    county.pay("D-1", d.record.number, 200'00, {2025, 10, 5}, CollectionSource::Direct);
    county.pay("D-2", d.record.number, 200'00, {2025, 10, 20}, CollectionSource::Direct);
    const auto base = LedgerFactsRepository(county.t.ws().db(), Date::fromYmd(2025, 10, 31))
                          .collectionsBase(Date::fromYmd(2025, 10, 1), Date::fromYmd(2026, 9, 30));
    CHECK(base.currentAssistance == Money::fromCents(500'00 + 200'00)); // B, and D's 10-20
    CHECK(base.formerAssistance.isZero());
    CHECK(
        base.other == Money::fromCents(700'00 + 200'00)); // A (the bounced 100 nets out), D's 10-05
}
