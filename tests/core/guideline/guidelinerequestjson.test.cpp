// The request written back as JSON (for a calculation attached to an order) reads back as
// the same request, and a worksheet's audit record says that it was printed or exported.
#include "core/guideline/guidelinerequestjson.h"

#include "core/guideline/guidelinejson.h"
#include "core/services/auditservice.h"
#include "core/services/guidelineservice.h"
#include "tests/core/guideline/guidelinetesthelpers.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using caseledger::test::dec;
using caseledger::test::guidelineRequest;
using caseledger::test::TestWorkspace;

namespace {

GuidelineRequest everyField()
{
    GuidelineRequest r = guidelineRequest("2025-06-01", 0, 250000, 0, 2);
    r.parents[0].netMonthly.reset();
    GrossIncome gross;
    gross.grossMonthly = Money::fromCents(900000);
    gross.deductions.incomeTaxes = Money::fromCents(120000);
    gross.deductions.fica = Money::fromCents(68850);
    gross.deductions.hardship = Money::fromCents(5001);
    r.parents[0].gross = gross;
    r.parents[0].timesharePercent.reset();
    r.parents[1].timesharePercent.reset();
    r.parents[0].timeshareByChildPercent = {dec("33.5"), dec("20")};
    r.parents[1].timeshareByChildPercent = {dec("66.5"), dec("80")};
    r.addOns[static_cast<std::size_t>(AddOnKind::ChildCare)] = Money::fromCents(40000);
    r.addOns[static_cast<std::size_t>(AddOnKind::VisitationTravel)] = Money::fromCents(1234);
    r.spousalSupport = SpousalSupport {"A", Money::fromCents(50000)};
    return r;
}

} // namespace

TEST_CASE("a guideline request written as JSON reads back the same", "[guideline][json]")
{
    const GuidelineRequest original = everyField();
    const auto written = guidelineRequestToJson(original);
    CHECK(written["parents"][0]["timeshare_by_child_percent"][0] == "33.5");
    CHECK(written["parents"][0]["timeshare_by_child_percent"][1] == 20);
    CHECK(written["parents"][0]["deductions_cents"]["fica"] == 68850);
    CHECK_FALSE(written["parents"][0]["deductions_cents"].contains("mandatory_dues"));
    const GuidelineRequest read = parseGuidelineRequest(written.dump());
    CHECK(guidelineRequestToJson(read) == written);
    CHECK(guidelineResultToJson(calculateGuideline(read))
        == guidelineResultToJson(calculateGuideline(original)));

    GuidelineRequest byDefault = guidelineRequest("2023-05-01", 600000, 200000, 20);
    byDefault.parents[0].timesharePercent.reset();
    byDefault.parents[1].timesharePercent.reset();
    byDefault.defaultProceeding = true;
    byDefault.custodialParentId = "B";
    byDefault.proportionalAddOns = true;
    const auto json = guidelineRequestToJson(byDefault);
    CHECK(json["custodial_parent"] == "B");
    CHECK(guidelineRequestToJson(parseGuidelineRequest(json.dump())) == json);
    // §4055(b)(6): the noncustodial higher earner has H% = 0; K = 0.225 before 2024-09-01.
    CHECK(calculateGuideline(parseGuidelineRequest(json.dump())).monthlySupport.cents() == 135000);
}

TEST_CASE("a printed or exported worksheet is audited as such", "[guideline][services]")
{
    TestWorkspace tw;
    GuidelineService service(tw.ws());
    const auto request = guidelineRequest("2025-06-01", 600000, 200000, 20);
    using Output = GuidelineService::WorksheetOutput;
    const auto session = tw.sessionAs(Role::Caseworker);
    auto printed = service.calculateForWorksheet(session, request, Output::Printed);
    REQUIRE(printed.ok());
    CHECK(printed->monthlySupport.cents() == 132000);
    REQUIRE(service.calculateForWorksheet(session, request, Output::ExportedPdf).ok());
    const auto denied
        = service.calculateForWorksheet(tw.sessionAs(Role::Auditor), request, Output::Printed);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    auto records = AuditService(tw.ws()).latest(tw.admin(), 10);
    REQUIRE(records.ok());
    int printedRecords = 0;
    int exportedRecords = 0;
    for (const auto& r : *records) {
        if (r.action != "guideline.calculate" || r.outcome != "ok")
            continue;
        CHECK(r.description.find("6,000") == std::string::npos);
        printedRecords
            += r.description.starts_with("prepared a guideline worksheet for printing") ? 1 : 0;
        exportedRecords
            += r.description.starts_with("exported a guideline worksheet to PDF") ? 1 : 0;
    }
    CHECK(printedRecords == 1);
    CHECK(exportedRecords == 1);
}
