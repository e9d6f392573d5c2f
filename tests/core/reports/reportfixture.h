#pragma once

#include "core/reports/reportrenderers.h"
#include "core/services/caseservice.h"
#include "core/services/orderservice.h"
#include "core/services/parentageservice.h"
#include "core/services/reportservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

namespace caseledger::test {

inline void setToday(TestWorkspace& t, core::Date day)
{
    t.clock().set(core::FakeClock(day).now());
}

inline void addOrder(
    TestWorkspace& t, const core::Session& s, const core::Case& c, core::Date effective)
{
    core::NewOrderRequest order;
    order.courtCaseNumber = "26STFL0" + c.number.substr(3);
    order.terms.effective = effective;
    order.terms.currentSupport = core::Money::fromCents(400'00);
    REQUIRE(core::OrderService(t.ws()).add(s, c.number, order).ok());
}

inline void declareParentage(
    TestWorkspace& t, const core::Session& s, const Family& f, core::Date mother, core::Date parent)
{
    core::RecordParentageRequest r;
    r.caseRef = f.record.number;
    r.childId = f.child.id;
    r.parentId = f.ncp.id;
    r.facts.status = core::ParentageStatus::Established;
    r.facts.method = core::ParentageMethod::VoluntaryDeclaration;
    r.facts.declarationSignedByMother = mother;
    r.facts.declarationSignedByParent = parent;
    REQUIRE(core::ParentageService(t.ws()).record(s, r).ok());
}

inline void presumeParentage(TestWorkspace& t, const core::Session& s, const Family& f)
{
    core::RecordParentageRequest r;
    r.caseRef = f.record.number;
    r.childId = f.child.id;
    r.parentId = f.ncp.id;
    r.facts.status = core::ParentageStatus::Established;
    r.facts.method = core::ParentageMethod::Presumption;
    r.facts.presumptionBasis = "married to the mother at the birth";
    REQUIRE(core::ParentageService(t.ws()).record(s, r).ok());
}

// A small county built through the services, whose figures the tests write out by hand:
//   2025-06-02  cw1 opens A (protected CP: canary SSN and address) and B; cw2 opens C.
//               A's parentage declared (2025-05-20 / 2025-05-25); A's order from 2025-06-01;
//               B's child born in marriage (presumption).
//   2025-12-01  cw2 opens D and E; C's parentage declared (2025-11-20 / 2025-11-25);
//               B's order from 2025-11-15.
//   2026-03-02  E closed at the recipient's request.
//   2026-11-02  today.
struct ReportCounty
{
    TestWorkspace t {core::Date::fromYmd(2025, 6, 2)};
    core::Session cw1 = t.addUser("cw1", core::Role::Caseworker);
    core::Session cw2 = t.addUser("cw2", core::Role::Caseworker);
    core::Session sup = t.addUser("sup1", core::Role::Supervisor);
    Family a, b, c, d, e;

    ReportCounty()
    {
        using core::Date;
        a = openFamily(t, cw1, true);
        b = openFamily(t, cw1, false, "López");
        c = openFamily(t, cw2, false, "Nguyen");
        declareParentage(t, cw1, a, Date::fromYmd(2025, 5, 20), Date::fromYmd(2025, 5, 25));
        addOrder(t, cw1, a.record, Date::fromYmd(2025, 6, 1));
        presumeParentage(t, cw1, b);
        setToday(t, Date::fromYmd(2025, 12, 1));
        d = openFamily(t, cw2, false, "Okafor");
        e = openFamily(t, cw2, false, "Silva");
        declareParentage(t, cw2, c, Date::fromYmd(2025, 11, 20), Date::fromYmd(2025, 11, 25));
        addOrder(t, cw1, b.record, Date::fromYmd(2025, 11, 15));
        setToday(t, Date::fromYmd(2026, 3, 2));
        core::CloseRequest close;
        close.reason = core::ClosureReason::RecipientRequests;
        close.explanation = "The custodial party asked in writing to close.";
        REQUIRE(core::CaseService(t.ws()).close(cw2, e.record.number, close).ok());
        setToday(t, Date::fromYmd(2026, 11, 2));
    }

    core::ReportRun run(const std::string& name, core::ReportParams params = {})
    {
        auto r = core::ReportService(t.ws()).run(sup, name, std::move(params));
        REQUIRE(r.ok());
        return *r;
    }
};

// The cell of a row whose first column reads `label`.
inline const core::ReportCell& cellAt(const core::ReportTable& table, const std::string& label,
    const std::string& column, int nth = 0)
{
    const int c = table.columnIndex(column);
    REQUIRE(c >= 0);
    for (const auto& row : table.rows)
        if (row.cells[0].text == label && nth-- == 0)
            return row.cells[static_cast<std::size_t>(c)];
    FAIL("no row " << label);
    return table.rows.front().cells.front();
}

} // namespace caseledger::test
