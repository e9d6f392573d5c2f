// caseledger-cli distribute --what-if, end to end: a pure calculation with no database and
// no sign-in, answering the examples of distribution.md.
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace caseledger::test;

namespace {

constexpr const char* kContract
    = R"({"collection": {"amount_cents": 60000, "date": "2025-03-15", "source": "wage_withholding"}, "cases": [{"case": "19-0000001", "assistance": "current", "children": 2, "current_due_cents": {"child": 30000, "medical": 0, "spousal": 0}, "arrears_cents": {"NA": 20000, "PA": 100000, "TA": 0, "CA": 0, "UDA": 0, "UPA": 0}, "interest_cents": {"NA": 0, "PA": 0}, "ura_cents": 80000}]})";

constexpr const char* kNapa
    = R"({"collection": {"amount_cents": 10000, "date": "2025-03-14", "source": "direct"}, "cases": [
        {"case": "28-0000001", "assistance": "never", "current_due_cents": {"child": 30000}},
        {"case": "28-0000002", "assistance": "never", "current_due_cents": {"child": 30000}, "arrears_cents": {"NA": 60000}},
        {"case": "28-0000003", "assistance": "never", "arrears_cents": {"NA": 5000000}}]})";

ProcessResult whatIf(const TempDir& dir, const std::string& input, bool json = true)
{
    std::vector<std::string> args = {"distribute", "--what-if", "-"};
    if (json)
        args.push_back("--json");
    return runProcess(cliPath(), args, bareCliEnvironment((dir / "state").string()), input);
}

} // namespace

TEST_CASE("distribute --what-if --json answers the contract example", "[cli][finance]")
{
    TempDir dir;
    const auto run = whatIf(dir, kContract);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j.size() == 2);
    CHECK(j["total_cents"] == 60000);
    const auto& lines = j["lines"];
    REQUIRE(lines.size() == 5);
    const std::vector<std::tuple<std::string, std::string, int>> expected
        = {{"current_child", "family", 20000}, {"current_child", "retained_federal", 5000},
            {"current_child", "retained_state", 5000},
            {"arrears_PA_principal", "retained_federal", 15000},
            {"arrears_PA_principal", "retained_state", 15000}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(lines[i]["case"] == "19-0000001");
        CHECK(lines[i]["bucket"] == std::get<0>(expected[i]));
        CHECK(lines[i]["payee"] == std::get<1>(expected[i]));
        CHECK(lines[i]["amount_cents"] == std::get<2>(expected[i]));
        CHECK_FALSE(lines[i]["rule"].get<std::string>().empty());
    }
    CHECK(lines[0]["rule"].get<std::string>().find("Family Code §17504") != std::string::npos);
    CHECK(std::filesystem::is_empty(dir.path())); // no database, no sign-in journal
}

TEST_CASE("distribute --what-if answers the Napa County example from a file", "[cli][finance]")
{
    TempDir dir;
    const auto file = dir / "napa.json";
    std::ofstream(file) << kNapa;
    const auto run = runProcess(cliPath(), {"distribute", "--what-if", file.string(), "--json"},
        bareCliEnvironment((dir / "state").string()));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const auto j = nlohmann::json::parse(run.out);
    REQUIRE(j["lines"].size() == 2);
    CHECK(j["lines"][0]["case"] == "28-0000001");
    CHECK(j["lines"][0]["amount_cents"] == 5000);
    CHECK(j["lines"][1]["case"] == "28-0000002");
    CHECK(j["lines"][1]["amount_cents"] == 5000);
}

TEST_CASE("distribute --what-if prints a readable table with the reasons", "[cli][finance]")
{
    TempDir dir;
    const auto run = whatIf(dir, kContract, false);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("California from 2024-05-05") != std::string::npos);
    CHECK(run.out.find("retained_federal") != std::string::npos);
    CHECK(run.out.find("$600.00") != std::string::npos);
    CHECK(run.out.find("19-0000001: $400.00 (was $800.00)") != std::string::npos);
    CHECK(
        run.out.find("1. Current child support for March 2025 is paid first (45 CFR 302.51(a)(1)).")
        != std::string::npos);
}

TEST_CASE("distribute --what-if refuses bad input with exit 2, naming the field", "[cli][finance]")
{
    TempDir dir;
    const auto refused = [&](const std::string& input, const std::string& field) {
        const auto run = whatIf(dir, input);
        INFO(input);
        CHECK(run.exitCode == 2);
        const auto j = nlohmann::json::parse(run.out);
        CHECK(j["ok"] == false);
        CHECK(j["error"]["code"] == "validation");
        CHECK(j["error"]["field"] == field);
    };
    refused(replacedOnce(kContract, "\"NA\": 20000", "\"NA\": -5"), "cases[0].arrears_cents.NA");
    refused(replacedOnce(kContract, "\"ura_cents\"", "\"ura\""), "cases[0].ura");
    refused(replacedOnce(kContract, "2025-03-15", "2025-13-01"), "collection.date");
    refused(replacedOnce(kContract, "wage_withholding", "barter"), "collection.source");
    refused(replacedOnce(kContract, "\"current\"", "\"pending\""), "cases[0].assistance");
    refused(replacedOnce(kContract, "2025-03-15", "1999-03-15"), "collection.date");
    refused("not json", "request");

    const auto text = whatIf(dir, replacedOnce(kContract, "\"NA\": 20000", "\"NA\": -5"), false);
    CHECK(text.exitCode == 2);
    CHECK(text.err.find("cases[0].arrears_cents.NA") != std::string::npos);

    const auto missing
        = runProcess(cliPath(), {"distribute", "--what-if", (dir / "none.json").string()},
            bareCliEnvironment((dir / "state").string()));
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("--what-if") != std::string::npos);
}
