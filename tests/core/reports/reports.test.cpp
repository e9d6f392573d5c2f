// Each report against the hand-built county of reportfixture.h; the expected figures are
// worked out in the comments from the fixture's story.
#include "core/cases/taskrepository.h"
#include "core/reports/drillkey.h"
#include "core/services/taskservice.h"
#include "tests/core/reports/reportfixture.h"

#include <atomic>
#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

ReportParams fy(int year)
{
    ReportParams p;
    p.fiscalYear = year;
    return p;
}

std::int64_t number(const ReportCell& c)
{
    REQUIRE_FALSE(c.empty);
    REQUIRE_FALSE(c.suppressed);
    return c.value;
}

} // namespace

TEST_CASE("Performance measures: OCSE-157 lines, ratios, last year and incentive percentages",
    "[reports][measures]")
{
    ReportCounty county;
    const auto run = county.run("measures", fy(2026));
    const auto& t = run.table;
    // FY 2026 ends 2026-09-30: A, B, C, D open (E closed in March) -> line 1 = 4; orders in
    // force on A and B -> line 2 = 2. Children born outside marriage (B's child is presumed):
    // A, C, D -> line 5 = 3; at the end of FY 2025 only A, B, C were open -> line 5a = 2 (A, C).
    // Of those, A (declared 2025-05-25) and C (2025-11-25) have parentage -> line 6 = 2.
    CHECK(number(cellAt(t, "Line 1", "this_year")) == 4);
    CHECK(number(cellAt(t, "Line 2", "this_year")) == 2);
    CHECK(number(cellAt(t, "Line 5", "this_year")) == 3);
    CHECK(number(cellAt(t, "Line 5a", "this_year")) == 2);
    CHECK(number(cellAt(t, "Line 6", "this_year")) == 2);
    // FY 2025 (ends 2025-09-30): A, B, C open; A's order; A and C born outside marriage;
    // nothing open at the end of FY 2024; A's parentage declared by then (2025-05-25).
    CHECK(number(cellAt(t, "Line 1", "last_year")) == 3);
    CHECK(number(cellAt(t, "Line 2", "last_year")) == 1);
    CHECK(number(cellAt(t, "Line 5", "last_year")) == 2);
    CHECK(number(cellAt(t, "Line 5a", "last_year")) == 0);
    CHECK(number(cellAt(t, "Line 6", "last_year")) == 1);
    // Paternity 2 / 2 = 100 % -> 100; last year had no line 5a.
    CHECK(number(cellAt(t, "Paternity (IV-D)", "this_year")) == 10'000);
    CHECK(cellAt(t, "Paternity (IV-D)", "last_year").empty);
    CHECK(number(cellAt(t, "Paternity (IV-D)", "applicable")) == 100);
    // Orders 2 / 4 = 50 % -> 60; last year 1 / 3 = 33.33 %.
    CHECK(number(cellAt(t, "Support orders", "this_year")) == 5'000);
    CHECK(number(cellAt(t, "Support orders", "last_year")) == 3'333);
    CHECK(number(cellAt(t, "Support orders", "applicable")) == 60);
    CHECK(cellAt(t, "Support orders", "this_year").type == ColumnType::Percent);
    // Lines 24-29 come from the ledger, which holds nothing here (no accrual, no collection):
    // zero, and no ratio. ledgerreports.test.cpp checks them on a ledger.
    CHECK(number(cellAt(t, "Line 24", "this_year")) == 0);
    CHECK(cellAt(t, "Current collections", "this_year").empty);
    CHECK(cellAt(t, "Cost-effectiveness", "this_year").empty);
    for (const auto& f : t.footnotes)
        CHECK(f.find("Ledger not yet available") == std::string::npos);
    CHECK(t.parameters == "fy=2026");
}

TEST_CASE("The cases behind a measure are the ones it counts", "[reports][measures][drill]")
{
    ReportCounty county;
    const auto run = county.run("measures", fy(2026));
    const auto& line1 = cellAt(run.table, "Line 1", "this_year");
    auto drilled
        = ReportService(county.t.ws()).drill(county.sup, "measures", fy(2026), line1.drill);
    REQUIRE(drilled.ok());
    CHECK(drilled->total == 4);
    std::vector<std::string> numbers;
    for (const auto& r : drilled->rows)
        numbers.push_back(r.number);
    CHECK(numbers
        == std::vector<std::string> {county.a.record.number, county.b.record.number,
            county.c.record.number, county.d.record.number});
    const auto& line6 = cellAt(run.table, "Line 6", "this_year");
    drilled = ReportService(county.t.ws()).drill(county.sup, "measures", fy(2026), line6.drill);
    REQUIRE(drilled.ok());
    REQUIRE(drilled->total == 2);
    CHECK(drilled->rows[0].number == county.a.record.number);
    CHECK(drilled->rows[1].number == county.c.record.number);
    // A key that is not this report's, or malformed, is refused by name.
    auto bad
        = ReportService(county.t.ws()).drill(county.sup, "measures", fy(2026), "caseload;phase=x");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == "drill-down key");
    CHECK_FALSE(ReportService(county.t.ws()).drill(county.sup, "equity", {}, "equity").ok());
}

TEST_CASE("Caseload by worker, phase and status", "[reports][caseload]")
{
    ReportCounty county;
    const auto run = county.run("caseload", fy(2026));
    const auto& t = run.table;
    REQUIRE(t.totals);
    // Five cases: four open, E closed on 2026-03-02 (inside FY 2026); none pending.
    CHECK(t.totals->cells[static_cast<std::size_t>(t.columnIndex("open"))].value == 4);
    CHECK(t.totals->cells[static_cast<std::size_t>(t.columnIndex("close_pending"))].value == 0);
    CHECK(t.totals->cells[static_cast<std::size_t>(t.columnIndex("closed_in_period"))].value == 1);
    std::int64_t cw1Open = 0, cw2Open = 0;
    for (const auto& r : t.rows) {
        const auto open = r.cells[static_cast<std::size_t>(t.columnIndex("open"))].value;
        (r.cells[0].text == county.cw1.displayName ? cw1Open : cw2Open) += open;
    }
    CHECK(cw1Open == 2); // A, B
    CHECK(cw2Open == 2); // C, D
    // Every open case still has its 75-day locate task open (no NCP address): all four are
    // overdue by 2026-11-02, each with at least that task.
    CHECK(t.totals->cells[static_cast<std::size_t>(t.columnIndex("cases_overdue"))].value == 4);
    CHECK(t.totals->cells[static_cast<std::size_t>(t.columnIndex("overdue_tasks"))].value >= 4);
}

TEST_CASE("A caseworker runs only her own caseload", "[reports][caseload][permissions]")
{
    ReportCounty county;
    ReportService reports(county.t.ws());
    auto own = reports.run(county.cw1, "caseload", fy(2026));
    REQUIRE(own.ok());
    REQUIRE(own->table.totals);
    CHECK(own->table.totals->cells[2].value == 2); // A and B only
    CHECK(own->table.parameters.find("worker=cw1") != std::string::npos);
    ReportParams other = fy(2026);
    other.worker = "cw2";
    auto refused = reports.run(county.cw1, "caseload", other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    auto measures = reports.run(county.cw1, "measures", fy(2026));
    REQUIRE_FALSE(measures.ok());
    CHECK(measures.error().code == ErrorCode::PermissionDenied);
    ReportParams badWorker;
    badWorker.worker = "nobody";
    auto unknown = reports.run(county.sup, "caseload", badWorker);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == "worker");
    CHECK_FALSE(reports.run(county.sup, "no-such-report", {}).ok());
}

TEST_CASE(
    "Timeframe compliance per worker matches the task service's totals", "[reports][compliance]")
{
    ReportCounty county;
    ReportParams p;
    p.from = Date::fromYmd(2025, 1, 1);
    p.to = Date::fromYmd(2026, 12, 31);
    const auto run = county.run("compliance", p);
    const auto& t = run.table;
    ComplianceQuery q;
    q.dueFrom = p.from;
    q.dueTo = p.to;
    auto expected = TaskService(county.t.ws()).compliance(county.sup, q);
    REQUIRE(expected.ok());
    std::int64_t met = 0, late = 0, overdue = 0, notDue = 0;
    for (const auto& r : *expected) {
        met += r.metOnTime;
        late += r.late;
        overdue += r.openOverdue;
        notDue += r.openNotDue;
    }
    REQUIRE(t.totals);
    CHECK(t.totals->cells[3].value == met);
    CHECK(t.totals->cells[4].value == late);
    CHECK(t.totals->cells[5].value == overdue);
    CHECK(t.totals->cells[6].value == notDue);
    // Five cases were opened, each on time (the open-case rule, 45 CFR 303.2(b)).
    const auto& opened = cellAt(t, "All workers", "met", 0);
    CHECK(opened.value == 5);
    // The four open cases' locate tasks are open and overdue.
    CHECK(overdue >= 4);
    auto drilled = ReportService(county.t.ws()).drill(county.sup, "compliance", p, opened.drill);
    REQUIRE(drilled.ok());
    CHECK(drilled->total == 5);
}

TEST_CASE(
    "Ledger reports on an empty ledger show every month and category at zero", "[reports][ledger]")
{
    ReportCounty county;
    const auto months = county.run("collections", fy(2026));
    CHECK(months.table.rows.size() == 12);
    CHECK(months.table.rows.front().cells[0].text == "2025-10");
    CHECK(months.table.totals->cells[1].value == 0);
    for (const auto& f : months.table.footnotes)
        CHECK(f.find("Ledger not yet available") == std::string::npos);
    const auto aging = county.run("aging");
    CHECK(aging.table.rows.size() == 6); // NA, PA, TA, CA, UDA, UPA
    CHECK(aging.table.totals->cells[6].value == 0);
}

TEST_CASE("Bad parameters are refused by name and change nothing", "[reports][params]")
{
    ReportCounty county;
    ReportService reports(county.t.ws());
    ReportParams office;
    office.office = "Downtown";
    CHECK(reports.run(county.sup, "caseload", office).error().field == "office");
    ReportParams backwards;
    backwards.from = Date::fromYmd(2026, 5, 1);
    backwards.to = Date::fromYmd(2026, 4, 1);
    CHECK(reports.run(county.sup, "caseload", backwards).error().field == "from");
    ReportParams breakdown;
    breakdown.breakdown = "zodiac";
    CHECK(reports.run(county.sup, "equity", breakdown).error().field == "breakdown");
}

TEST_CASE(
    "Canary SSNs and protected addresses never appear in any report output", "[reports][privacy]")
{
    ReportCounty county;
    ReportService reports(county.t.ws());
    std::string all;
    for (const auto& info : ReportService::list()) {
        auto run = reports.runForExport(county.sup, info.name, fy(2026), "csv");
        REQUIRE(run.ok());
        all += renderText(run->table, run->header) + renderCsv(run->table, run->header)
            + renderJson(run->table, run->header);
        for (const auto& row : run->table.rows)
            for (const auto& cell : row.cells)
                if (!cell.drill.empty()) {
                    auto drilled = reports.drill(county.sup, info.name, fy(2026), cell.drill);
                    REQUIRE(drilled.ok());
                    for (const auto& r : drilled->rows)
                        all += r.number + r.custodialParty + r.noncustodialParent + r.workerName;
                }
    }
    CHECK(all.find(county.a.record.number) != std::string::npos); // the drill-downs did run
    CHECK(all.find(kCanarySsn) == std::string::npos);
    CHECK(all.find(kCanarySsnDigits) == std::string::npos);
    CHECK(all.find("9876") == std::string::npos);
    CHECK(all.find(kCanaryStreet) == std::string::npos);
    const auto audit = auditText(county.t.ws());
    CHECK(audit.find(kCanarySsnDigits) == std::string::npos);
    CHECK(audit.find(kCanaryStreet) == std::string::npos);
    CHECK(audit.find("report.export|report|measures|fy=2026 format=csv") != std::string::npos);
}

TEST_CASE("A cancelled report stops with Cancelled, writes nothing but its audit record, and the "
          "next run works",
    "[reports][cancel]")
{
    ReportCounty county;
    ReportService reports(county.t.ws());
    const auto before = county.t.ws().audit().headSeq();
    // Cancel pressed before the run began its work (tests/core/store/cancel.test.cpp stops a
    // statement under way).
    std::atomic<bool> cancel {true};
    auto stopped = reports.run(county.sup, "measures", fy(2026), &cancel);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(county.t.ws().audit().headSeq() == before + 1);
    CHECK(county.t.ws().audit().latest(1).at(0).outcome != "ok");
    CHECK(county.t.ws().audit().latest(1).at(0).objectId == "measures");
    // The handler is gone with the run: the audit record above was written, and so is this.
    cancel = false;
    auto again = reports.run(county.sup, "measures", fy(2026), &cancel);
    REQUIRE(again.ok());
    CHECK(number(cellAt(again->table, "Line 1", "this_year")) == 4);
    CHECK(reports.run(county.sup, "caseload", {}).ok());
}
