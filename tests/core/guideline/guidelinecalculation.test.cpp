// Saved guideline calculations (issue 5, item 3): saved with a case from the request alone (the
// result is calculated again in core), read back, attached to the order they support, and
// shown with the case file.
#include "core/guideline/guidelinejson.h"
#include "core/guideline/guidelinerequestjson.h"
#include "core/services/guidelineservice.h"
#include "core/services/orderservice.h"
#include "tests/core/guideline/guidelinetesthelpers.h"
#include "tests/core/services/caseworkfixture.h"
#include "tests/support/auditprobes.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::string workedExampleJson()
{
    return guidelineRequestToJson(guidelineRequest("2025-06-01", 600000, 200000, 20)).dump();
}

NewOrderRequest orderWith(std::optional<Uuid> calculation, Date effective)
{
    NewOrderRequest r;
    r.courtCaseNumber = "24FL001234";
    r.terms.effective = effective;
    r.terms.currentSupport = Money::fromCents(1320'00);
    r.terms.guidelineCalculationId = calculation;
    return r;
}

} // namespace

TEST_CASE("a guideline calculation is saved with a case, recalculated in core, and read back",
    "[guideline][calculation]")
{
    TestWorkspace tw;
    const Session worker = tw.sessionAs(Role::Caseworker);
    const Family f = openFamily(tw, worker);
    GuidelineService service(tw.ws());
    const auto before = auditCount(tw.ws());
    auto saved = service.save(worker, f.record.number, workedExampleJson());
    REQUIRE(saved.ok());
    CHECK(auditCount(tw.ws()) == before + 1);
    CHECK(saved->caseId == f.record.id);
    CHECK(saved->monthlySupport.cents() == 132000); // guideline.md worked example
    CHECK(saved->payer == "A");
    CHECK(saved->asOf == Date::fromYmd(2025, 6, 1));
    CHECK_FALSE(saved->orderId);
    CHECK(saved->preparedByName == worker.displayName);
    CHECK(nlohmann::json::parse(saved->resultJson)["monthly_support_cents"] == 132000);
    // The audit record names the case and carries no income figure.
    const std::string audit = auditText(tw.ws());
    CHECK(audit.find("guideline.save") != std::string::npos);
    CHECK(audit.find("600000") == std::string::npos);

    auto loaded = service.load(tw.sessionAs(Role::FinancialWorker), saved->id);
    REQUIRE(loaded.ok());
    CHECK(loaded->requestJson == saved->requestJson);
    CHECK(loaded->monthlySupport == saved->monthlySupport);
    CHECK(parseGuidelineRequest(loaded->requestJson).parents[0].id == "A");
}

TEST_CASE("a bad request or an unknown case saves nothing", "[guideline][calculation]")
{
    TestWorkspace tw;
    const Session worker = tw.sessionAs(Role::Caseworker);
    const Family f = openFamily(tw, worker);
    GuidelineService service(tw.ws());
    auto json = nlohmann::json::parse(workedExampleJson());
    json["parents"][1]["timeshare_percent"] = 70;
    const auto refused = service.save(worker, f.record.number, json.dump());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().field == "parents[1].timeshare_percent");
    CHECK_FALSE(service.save(worker, "19-9999999", workedExampleJson()).ok());
    CHECK(tw.ws().db().queryInt64("SELECT count(*) FROM guideline_calculation") == 0);
    const auto missing = service.load(worker, Uuid::random());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(
        service.save(tw.sessionAs(Role::FinancialWorker), f.record.number, workedExampleJson())
            .ok());
}

TEST_CASE("an order attaches its guideline calculation and the case file shows it",
    "[guideline][calculation]")
{
    TestWorkspace tw;
    const Session worker = tw.sessionAs(Role::Caseworker);
    const Family f = openFamily(tw, worker);
    const Family other = openFamily(tw, worker, false, "Nguyen");
    GuidelineService service(tw.ws());
    auto calc = service.save(worker, f.record.number, workedExampleJson());
    REQUIRE(calc.ok());
    const Date effective = tw.clock().today();

    SECTION("attached to the order that names it")
    {
        auto order
            = OrderService(tw.ws()).add(worker, f.record.number, orderWith(calc->id, effective));
        REQUIRE(order.ok());
        auto loaded = service.load(worker, calc->id);
        REQUIRE(loaded.ok());
        CHECK(loaded->orderId == order->id);
        auto file = CaseService(tw.ws()).view(worker, f.record.number);
        REQUIRE(file.ok());
        REQUIRE(file->calculations.size() == 1);
        CHECK(file->calculations[0].id == calc->id);
        CHECK(file->calculations[0].orderId == order->id);
        REQUIRE(file->orders.size() == 1);
        CHECK(file->orders[0].latest()->guidelineCalculationId == calc->id);
        // A second order may not rest on the same calculation.
        auto second
            = OrderService(tw.ws()).add(worker, f.record.number, orderWith(calc->id, effective));
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().field == "guideline calculation");
    }
    SECTION("another case's calculation is refused and nothing is recorded")
    {
        auto order = OrderService(tw.ws()).add(
            worker, other.record.number, orderWith(calc->id, effective));
        REQUIRE_FALSE(order.ok());
        CHECK(order.error().code == ErrorCode::Validation);
        CHECK(order.error().field == "guideline calculation");
        CHECK(tw.ws().db().queryInt64("SELECT count(*) FROM support_order") == 0);
        CHECK_FALSE(service.load(worker, calc->id)->orderId);
    }
}

CASELEDGER_AUDIT_PROBE(Action::GuidelineSave,
    AuditProbe {{Role::Caseworker, Role::Supervisor}, Grant::None,
        [](TestWorkspace& t) { openFamily(t, t.sessionAs(Role::Caseworker), false, "Probe"); },
        [](TestWorkspace& t, const Session& s) {
            const std::string number = t.ws().db().queryText(
                "SELECT case_number FROM cases ORDER BY case_number LIMIT 1");
            return asStatus(GuidelineService(t.ws()).save(s, number, workedExampleJson()));
        }});
CASELEDGER_AUDIT_PROBE(Action::GuidelineView,
    AuditProbe {{Role::Caseworker, Role::Supervisor, Role::FinancialWorker}, Grant::None,
        [](TestWorkspace& t) {
            const Family f = openFamily(t, t.sessionAs(Role::Caseworker), false, "Probe");
            REQUIRE(GuidelineService(t.ws())
                        .save(t.sessionAs(Role::Caseworker), f.record.number, workedExampleJson())
                        .ok());
        },
        [](TestWorkspace& t, const Session& s) {
            // The S6 table calls this without the setup: permission is checked first anyway.
            auto row = t.ws().db().prepare("SELECT id FROM guideline_calculation LIMIT 1");
            const Uuid id = row.step() ? row.uuid(0) : Uuid::random();
            return asStatus(GuidelineService(t.ws()).load(s, id));
        }});
