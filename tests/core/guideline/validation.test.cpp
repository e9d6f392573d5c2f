// Bad requests are refused with the field named, from the JSON text or the value types.
#include "core/base/error.h"
#include "core/guideline/guideline.h"
#include "core/guideline/guidelinejson.h"
#include "tests/core/guideline/guidelinetesthelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace caseledger::core;
using caseledger::test::dec;
using caseledger::test::guidelineRequest;

namespace {

constexpr const char* kContract = R"({"as_of": "2025-06-01",
  "parents": [{"id": "A", "net_monthly_cents": 600000, "timeshare_percent": 20},
              {"id": "B", "net_monthly_cents": 200000, "timeshare_percent": 80}],
  "children": [{"birth_date": "2016-04-02"}], "default_proceeding": false,
  "addons_cents": {"child_care": 0, "uninsured_health": 0}})";

std::string refusedField(const std::function<void()>& work)
{
    try {
        work();
    } catch (const Failure& f) {
        CHECK(f.code() == ErrorCode::Validation);
        CHECK(f.error().message.find(f.error().field) != std::string::npos);
        return f.error().field;
    }
    FAIL("expected a validation error");
    return {};
}

std::string refusedRequest(const GuidelineRequest& request)
{
    return refusedField([&] { (void)calculateGuideline(request); });
}

std::string refusedJson(const std::string& text)
{
    return refusedField([&] { (void)calculateGuideline(parseGuidelineRequest(text)); });
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("The contract request reads and calculates", "[guideline][json]")
{
    const auto request = parseGuidelineRequest(kContract);
    CHECK(request.asOf == Date::fromYmd(2025, 6, 1));
    CHECK(request.parents[1].id == "B");
    CHECK(*request.parents[0].timesharePercent == Rational(20));
    const auto j = guidelineResultToJson(calculateGuideline(request));
    CHECK(j["payer"] == "A");
    CHECK(j["payee"] == "B");
    CHECK(j["monthly_support_cents"] == 132000);
    CHECK(j["tn_cents"] == 800000);
    CHECK(j["fraction"] == "0.250000");
    CHECK(j["k"] == "0.300000");
    CHECK(j["high_earner_timeshare_percent"] == 20);
    CHECK(j["children_multiplier"] == "1");
    CHECK(j["per_child_cents"] == nlohmann::json::array({132000}));
    CHECK(j["low_income"]["applies"] == false);
    CHECK(j["low_income"]["min_cents"].is_null());
    CHECK(j["low_income"]["max_cents"].is_null());
    CHECK(j["addon_share_percent"]["A"].is_string());
    REQUIRE(j["steps"].is_array());
    CHECK(j["steps"][0].contains("what"));
    CHECK(j["steps"][0].contains("value"));
    CHECK(j["steps"][0].contains("citation"));
}

TEST_CASE("Decimal time-shares are read exactly, never through a double", "[guideline][json]")
{
    auto text = replaced(kContract, "\"timeshare_percent\": 20", "\"timeshare_percent\": 33.3");
    text = replaced(text, "\"timeshare_percent\": 80", "\"timeshare_percent\": \"66.7\"");
    const auto request = parseGuidelineRequest(text);
    CHECK(*request.parents[0].timesharePercent == dec("33.3")); // 33.3 has no exact double
    const auto j = guidelineResultToJson(calculateGuideline(request));
    CHECK(j["high_earner_timeshare_percent"] == "33.3");
}

TEST_CASE("Bad JSON requests name the field", "[guideline][json][validation]")
{
    CHECK(refusedJson(replaced(kContract, "600000", "-1")) == "parents[0].net_monthly_cents");
    CHECK(refusedJson(replaced(kContract, "600000", "600000.5")) == "parents[0].net_monthly_cents");
    CHECK(refusedJson(replaced(kContract, "\"timeshare_percent\": 80", "\"timeshare_percent\": 70"))
        == "parents[1].timeshare_percent");
    CHECK(refusedJson(replaced(kContract, "\"id\": \"A\",", "\"id\": \"A\", \"nickname\": \"x\","))
        == "parents[0].nickname");
    CHECK(refusedJson(replaced(kContract, "\"child_care\": 0", "\"child_care\": 0, \"pony\": 5"))
        == "addons_cents.pony");
    CHECK(refusedJson(replaced(kContract, "\"default_proceeding\"", "\"defualt_proceeding\""))
        == "defualt_proceeding");
    CHECK(refusedJson(replaced(kContract, "\"2016-04-02\"", "\"2016-4-2\""))
        == "children[0].birth_date");
    CHECK(refusedJson(replaced(kContract, "\"2025-06-01\"", "\"2025-02-30\"")) == "as_of");
    CHECK(refusedJson(replaced(kContract, "\"2025-06-01\"", "\"2027-01-04\"")) == "as_of");
    CHECK(refusedJson(replaced(kContract, "\"2025-06-01\"", "\"1980-01-01\"")) == "as_of");
    CHECK(refusedJson(replaced(kContract, "\"2016-04-02\"", "\"2026-04-02\""))
        == "children[0].birth_date");
    CHECK(refusedJson(replaced(kContract, "\"as_of\": \"2025-06-01\",", "")) == "as_of");
    CHECK(refusedJson(
              replaced(kContract, "\"default_proceeding\": false", "\"default_proceeding\": 0"))
        == "default_proceeding");
    CHECK(refusedJson(replaced(kContract, "\"as_of\"", "\"as_of\": \"2025-01-01\", \"as_of\""))
        == "as_of");
    CHECK(refusedJson(replaced(
              replaced(kContract, "\"timeshare_percent\": 20", "\"timeshare_percent\": 20.0000001"),
              "\"timeshare_percent\": 80", "\"timeshare_percent\": 79.9999999"))
        == "parents[0].timeshare_percent");
    CHECK(refusedJson("{\"as_of\": ") == "request");
    CHECK(refusedJson("[1, 2]") == "request");
}

TEST_CASE("Bad requests name the field", "[guideline][validation]")
{
    auto base = guidelineRequest("2025-06-01", 600000, 200000, 20);

    auto r = base;
    r.parents[1].netMonthly = Money::fromCents(-1);
    CHECK(refusedRequest(r) == "parents[1].net_monthly_cents");

    r = base;
    r.parents[0].timesharePercent = Rational(120);
    r.parents[1].timesharePercent = Rational(-20);
    CHECK(refusedRequest(r) == "parents[0].timeshare_percent");

    r = base;
    r.parents[0].timesharePercent = Rational::of(100, 3);
    r.parents[1].timesharePercent = Rational::of(200, 3);
    CHECK(refusedRequest(r) == "parents[0].timeshare_percent");

    r = base;
    r.parents[1].timesharePercent.reset();
    CHECK(refusedRequest(r) == "parents[1].timeshare_percent");

    r = guidelineRequest("2025-06-01", 600000, 200000, 20, 2);
    r.parents[0].timesharePercent.reset();
    r.parents[1].timesharePercent.reset();
    r.parents[0].timeshareByChildPercent = {Rational(20), Rational(30)};
    r.parents[1].timeshareByChildPercent = {Rational(80), Rational(60)};
    CHECK(refusedRequest(r) == "parents[1].timeshare_by_child_percent[1]");
    r.parents[1].timeshareByChildPercent = {Rational(80)};
    CHECK(refusedRequest(r) == "parents[1].timeshare_by_child_percent");

    r = guidelineRequest("2025-06-01", 600000, 200000, 20, 11);
    CHECK(refusedRequest(r) == "children");
    r.children.clear();
    CHECK(refusedRequest(r) == "children");

    r = base;
    r.parents[1].id = "A";
    CHECK(refusedRequest(r) == "parents[1].id");

    r = base;
    r.parents[0].gross = GrossIncome {Money::fromCents(100000), {}};
    CHECK(refusedRequest(r) == "parents[0].gross_monthly_cents");
    r.parents[0].netMonthly.reset();
    r.parents[0].gross->deductions.incomeTaxes = Money::fromCents(100001);
    CHECK(refusedRequest(r) == "parents[0].deductions_cents");
    r.parents[0].gross->deductions.incomeTaxes = Money::fromCents(-5);
    CHECK(refusedRequest(r) == "parents[0].deductions_cents.income_taxes");

    r = base;
    r.addOns[static_cast<std::size_t>(AddOnKind::VisitationTravel)] = Money::fromCents(-100);
    CHECK(refusedRequest(r) == "addons_cents.visitation_travel");

    r = base;
    r.spousalSupport = SpousalSupport {"C", Money::fromCents(100)};
    CHECK(refusedRequest(r) == "spousal_support.payer");
}
