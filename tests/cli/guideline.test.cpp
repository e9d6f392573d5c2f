// caseledger-cli guideline calc, end to end: a what-if with no database and no sign-in.
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace caseledger::test;

namespace {

constexpr const char* kContract
    = R"({"as_of": "2025-06-01", "parents": [{"id": "A", "net_monthly_cents": 600000, "timeshare_percent": 20}, {"id": "B", "net_monthly_cents": 200000, "timeshare_percent": 80}], "children": [{"birth_date": "2016-04-02"}], "default_proceeding": false, "addons_cents": {"child_care": 0, "uninsured_health": 0}})";

ProcessResult calc(const TempDir& dir, const std::string& input, bool json = true)
{
    std::vector<std::string> args = {"guideline", "calc"};
    if (json)
        args.push_back("--json");
    return runProcess(cliPath(), args, bareCliEnvironment((dir / "state").string()), input);
}

} // namespace

TEST_CASE("guideline calc --json answers the contract example", "[cli][guideline]")
{
    TempDir dir;
    const auto run = calc(dir, kContract);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const auto j = nlohmann::json::parse(run.out);
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
    CHECK(j["addon_share_percent"].contains("A"));
    CHECK(j["addon_share_percent"].contains("B"));
    REQUIRE(j["steps"].size() > 5);
    bool fractionCited = false;
    for (const auto& s : j["steps"])
        fractionCited = fractionCited || s["citation"] == "Fam. Code §4055(b)(3)";
    CHECK(fractionCited);
    CHECK(std::filesystem::is_empty(dir.path())); // no database, no sign-in journal
}

TEST_CASE(
    "guideline calc answers the worked example before 2024-09-01 to the cent", "[cli][guideline]")
{
    TempDir dir;
    const auto run = calc(dir, replacedOnce(kContract, "2025-06-01", "2024-08-31"));
    REQUIRE(run.exitCode == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["monthly_support_cents"] == 118800);
    CHECK(j["fraction"] == "0.225000");
    CHECK(j["k"] == "0.270000");
    CHECK(j["low_income"]["applies"].is_null()); // no agency threshold supplied
    CHECK(j["low_income"]["computable"] == false);
}

TEST_CASE("guideline calc without --json prints a worksheet", "[cli][guideline]")
{
    TempDir dir;
    const auto run = calc(dir, kContract, false);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("A pays B $1,320.00 a month") != std::string::npos);
    CHECK(run.out.find("[Fam. Code §4055(b)(3)]") != std::string::npos);
    CHECK(run.out.find("upper bound in whole dollars") != std::string::npos);
}

TEST_CASE("guideline calc refuses bad requests with exit 2 and the field named", "[cli][guideline]")
{
    TempDir dir;
    const std::pair<std::string, std::string> cases[] = {
        {replacedOnce(kContract, "600000", "-600000"), "parents[0].net_monthly_cents"},
        {replacedOnce(kContract, "\"timeshare_percent\": 80", "\"timeshare_percent\": 70"),
            "parents[1].timeshare_percent"},
        {replacedOnce(kContract, "\"id\": \"B\",", "\"id\": \"B\", \"ssn\": \"x\","),
            "parents[1].ssn"},
        {replacedOnce(kContract, "\"default_proceeding\"", "\"colour\": 1, \"default_proceeding\""),
            "colour"},
        {replacedOnce(kContract, "2025-06-01", "2025-6-1"), "as_of"},
        {replacedOnce(kContract, "2025-06-01", "2031-06-01"), "as_of"},
        {"not json", "request"},
    };
    for (const auto& [input, field] : cases) {
        CAPTURE(field);
        const auto run = calc(dir, input);
        CHECK(run.exitCode == 2);
        const auto j = nlohmann::json::parse(run.out);
        CHECK(j["ok"] == false);
        CHECK(j["error"]["code"] == "validation");
        CHECK(j["error"]["field"] == field);
    }
    const auto text = calc(dir, replacedOnce(kContract, "600000", "-600000"), false);
    CHECK(text.exitCode == 2);
    CHECK(text.err.find("parents[0].net_monthly_cents") != std::string::npos);
}

TEST_CASE("guideline calc takes agency-supplied pre-2024 low-income thresholds", "[cli][guideline]")
{
    TempDir dir;
    const std::string input
        = replacedOnce(replacedOnce(kContract, "2025-06-01", "2023-06-01"), "600000", "100000");
    auto run = runProcess(cliPath(),
        {"guideline", "calc", "--json", "--pre2024-low-income-threshold", "2023=200000"},
        bareCliEnvironment((dir / "state").string()), input);
    REQUIRE(run.exitCode == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["low_income"]["computable"] == true);
    CHECK(j["low_income"]["applies"] == true);
    run = runProcess(cliPath(), {"guideline", "calc", "--pre2024-low-income-threshold", "2023:1"},
        bareCliEnvironment((dir / "state").string()), input);
    CHECK(run.exitCode == 1);
}
