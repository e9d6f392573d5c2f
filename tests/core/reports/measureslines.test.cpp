// The measures report counts lines 1, 2, 5, 5a and 6 in one pass per table and judges the
// children in C++ (MeasuresRepository::twoYears); the drill-down lists the cases with the
// per-line SQL of measuresql. The two must agree, or a figure would not match its list.
#include "core/reports/measuresrepository.h"
#include "core/reports/reportparams.h"
#include "core/services/demoservice.h"
#include "core/store/database.h"
#include "tests/core/reports/reportfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

void requireSameLines(Database& db, const ReportParams& params, int fy)
{
    MeasuresRepository m(db);
    const auto years = m.twoYears(params, fy);
    for (int i = 0; i < 2; ++i) {
        const auto& y = years[static_cast<std::size_t>(i)];
        const Date end = fiscalYearEnd(fy - i), before = fiscalYearEnd(fy - i - 1);
        INFO("fiscal year " << fy - i);
        CHECK(y.line1 == m.openCases(params, end));
        CHECK(y.line2 == m.casesWithOrders(params, end));
        CHECK(y.line5 == m.childrenBornOutsideMarriage(params, end));
        CHECK(y.line5a == m.childrenBornOutsideMarriage(params, before));
        CHECK(y.line6 == m.childrenWithParentageEstablished(params, end));
    }
}

} // namespace

TEST_CASE("Measures: the one-pass lines equal the drill-down's SQL on the hand-built county",
    "[reports][measures]")
{
    ReportCounty county;
    // E (closed in March 2026) is reopened in April and closed again in June: on 2026-09-30 it
    // is closed, its reopening older than its last closing.
    setToday(county.t, Date::fromYmd(2026, 4, 1));
    CaseService cases(county.t.ws());
    REQUIRE(cases.reopen(county.cw2, county.e.record.number, "The CP asked to reopen").ok());
    setToday(county.t, Date::fromYmd(2026, 6, 1));
    CloseRequest close;
    close.reason = ClosureReason::RecipientRequests;
    close.explanation = "The custodial party asked in writing to close again.";
    REQUIRE(cases.close(county.cw2, county.e.record.number, close).ok());
    setToday(county.t, Date::fromYmd(2026, 11, 2));
    for (int fy : {2025, 2026, 2027})
        requireSameLines(county.t.ws().db(), {}, fy);
    ReportParams worker;
    worker.workerId = county.cw2.userId;
    requireSameLines(county.t.ws().db(), worker, 2026);
}

TEST_CASE("Measures: the one-pass lines equal the drill-down's SQL on a generated county",
    "[reports][measures]")
{
    // Parentage in every state, presumptions, closed and reopened cases, children leaving.
    TestWorkspace t;
    const DemoRequest r {400, 11, kDefaultCountyFips, kUserPassword, 3, 0, 0};
    REQUIRE(DemoService(t.ws()).generate(t.admin(), r).ok());
    auto& db = t.ws().db();
    const auto lines = MeasuresRepository(db).twoYears({}, fiscalYearOf(t.clock().today()));
    REQUIRE(lines[0].line1 > 0);
    REQUIRE(lines[0].line5 > lines[0].line6);
    REQUIRE(lines[0].line6 > 0);
    for (int fy = fiscalYearOf(t.clock().today()) - 3; fy <= fiscalYearOf(t.clock().today()); ++fy)
        requireSameLines(db, {}, fy);
    ReportParams worker;
    auto first = db.prepare("SELECT assigned_worker FROM cases WHERE assigned_worker IS NOT NULL "
                            "ORDER BY case_number LIMIT 1");
    REQUIRE(first.step());
    worker.workerId = first.uuid(0);
    requireSameLines(db, worker, fiscalYearOf(t.clock().today()));
}
