// 45 CFR 303.11(b)(1): "no current order and arrears under $500" is checked against the
// ledger once the case has one; a worker's own figure counts only for a case with no ledger.
#include "core/services/accrualservice.h"
#include "core/services/caseservice.h"
#include "core/services/orderservice.h"
#include "core/services/paymentservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Closure reason 1 reads the arrears from the ledger", "[services][cases][closure]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto fiscal = t.sessionAs(Role::FinancialWorker);
    const auto f = openFamily(t, worker);

    // $400 a month for two months that ended: $800 unpaid becomes arrears.
    const Date firstOfMonth = t.clock().today().firstOfMonth();
    NewOrderRequest order;
    order.courtCaseNumber = "26FL000300";
    order.terms.effective = firstOfMonth.addMonths(-3);
    order.terms.currentSupport = Money::fromCents(400'00);
    order.endDate = firstOfMonth.addMonths(-1).addDays(-1);
    REQUIRE(OrderService(ws).add(worker, f.record.number, order).ok());
    REQUIRE(AccrualService(ws).accrueThrough(fiscal, t.clock().today()).ok());

    CaseService cases(ws);
    CloseRequest low;
    low.reason = ClosureReason::NoOrderArrearsUnder500;
    low.explanation = "No current order.";
    low.arrears = Money::fromCents(10'00); // the worker's figure does not outvote the ledger
    auto refused = cases.close(worker, f.record.number, low);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "arrears");
    CHECK(cases.view(worker, f.record.number)->record.status == CaseStatus::Open);

    // A payment of $600 leaves $200 and a few cents of interest: under $500.
    REQUIRE(PaymentService(ws)
                .post(fiscal,
                    {"R-300", f.record.number, Money::fromCents(600'00), t.clock().today(),
                        CollectionSource::Direct})
                .ok());
    auto pending = cases.close(worker, f.record.number, low);
    REQUIRE(pending.ok());
    CHECK(pending->pendingNotice);
    CHECK(pending->record.status == CaseStatus::ClosePending);
}
