// Casework end to end through caseledger-cli (issue 3 item 6), with canaries for SECURITY S13
// (no full SSN in any output) and S14 (no protected address without the override).
#include "tests/support/clicounty.h"
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace caseledger::test;
using nlohmann::json;

namespace {

constexpr const char* kCanarySsn = "512-34-9876";
constexpr const char* kCanaryDigits = "512349876";
constexpr const char* kCanaryStreet = "1 Canary Lane";

using Cli = CliCounty;

void requireNoCanaries(const std::string& text)
{
    CHECK(text.find(kCanarySsn) == std::string::npos);
    CHECK(text.find(kCanaryDigits) == std::string::npos);
    CHECK(text.find("Canary Lane") == std::string::npos);
}

} // namespace

TEST_CASE("A caseworker's day on the command line never shows a full SSN or a protected address",
    "[cli][cases][S13][S14]")
{
    Cli cli;
    cli.addUser("mgarcia", "caseworker");
    cli.addUser("lkim", "supervisor");
    cli.addUser("trusted", "caseworker", {"reveal_ssn", "override_family_violence"});

    const auto cp = cli.ok("mgarcia",
        {"person", "add", "--name", "María Hernández", "--dob", "1990-04-02", "--ssn", kCanarySsn});
    const std::string cpId = cp["person"]["id"];
    CHECK(cp["person"]["ssn"] == "***-**-9876");
    const std::string ncpId = cli.ok("mgarcia",
        {"person", "add", "--given", "José", "--family", "Ramírez", "--dob",
            "1988-07-09"})["person"]["id"];
    const std::string childId = cli.ok("mgarcia",
        {"person", "add", "--name", "Ramírez, Sofía", "--dob", "2019-01-15"})["person"]["id"];
    cli.ok("mgarcia", {"person", "fvi", cpId, "--kind", "protective_order"});
    cli.ok("mgarcia",
        {"person", "address", cpId, "--street", kCanaryStreet, "--city", "Pasadena", "--zip",
            "91101"});

    const auto opened
        = cli.ok("mgarcia", {"case", "open", "--cp", cpId, "--ncp", ncpId, "--child", childId});
    const std::string number = opened["case"]["number"];
    CHECK(number == "19-0000001");

    const auto shown = cli.ok("mgarcia", {"case", "show", number});
    CHECK(shown["case"]["people"].size() == 3);
    CHECK(shown["case"]["family_violence"] == true);
    CHECK(shown["case"]["tasks"].size() == 2);
    const auto person = cli.ok("mgarcia", {"person", "show", cpId});
    CHECK(person["person"]["whereabouts_withheld"] == true);
    CHECK_FALSE(person["person"].contains("addresses"));

    const auto found = cli.ok("mgarcia", {"person", "find", "Hernandes"});
    REQUIRE(found["results"].size() >= 1);
    CHECK(found["results"][0]["name"] == "María Hernández");
    CHECK(found["results"][0]["matched_by"] == "sound_alike");
    CHECK(cli.ok("mgarcia", {"person", "find", "9876 1990-04-02"})["results"].size() == 1);

    cli.ok("mgarcia",
        {"note", "add", number, "--text",
            "Called CP; new address 1 Canary Lane; SSN 512-34-9876 confirmed.", "--kind",
            "contact"});
    cli.ok("mgarcia",
        {"parentage", "record", "--case", number, "--child", childId, "--parent", ncpId, "--status",
            "established", "--method", "declaration", "--mother-signed", "2019-01-16",
            "--parent-signed", "2019-01-16"});
    const auto order = cli.ok("mgarcia",
        {"order", "add", number, "--kind", "court", "--court-case-number", "26STFL01234",
            "--effective", "2026-01-01", "--current", "612.00"});
    CHECK(order["order"]["versions"][0]["current_support"] == "612.00");
    cli.ok("mgarcia",
        {"order", "modify", order["order"]["id"], "--effective", "2026-06-01", "--filed",
            "2026-05-01", "--current", "650"});
    const auto tasks = cli.ok("mgarcia", {"task", "list"});
    CHECK_FALSE(tasks["tasks"].empty());
    const auto list = cli.ok("mgarcia", {"case", "list", "--mine"});
    CHECK(list["total"] == 1);
    CHECK(list["cases"][0]["family_violence"] == true);
    CHECK(cli.ok("mgarcia", {"case", "show", number})["case"]["notes"][0]["text"]
              .get<std::string>()
              .find("***-**-9876")
        != std::string::npos);

    cli.ok("lkim", {"case", "assign", number, "--worker", "mgarcia"});
    CHECK(cli.ok("lkim", {"task", "compliance"})["compliance"].size() >= 2);
    cli.ok("mgarcia",
        {"case", "close", number, "--reason", "12", "--explanation", "CP asked in writing."});
    cli.ok("mgarcia", {"case", "reopen", number, "--reason", "CP asked for services again."});

    // No grant: refused with exit 2, and nothing shown.
    auto reveal = cli.run(
        "mgarcia", kCliWorkerPw, {"person", "show", cpId, "--reveal-ssn", "--reason", "verify"});
    CHECK(reveal.exitCode == 2);
    auto override = cli.run("mgarcia", kCliWorkerPw,
        {"person", "show", cpId, "--override-authority", "Court order 26FL1"});
    CHECK(override.exitCode == 2);

    cli.ok("lkim", {"case", "list", "--worker", "mgarcia"});
    const auto audit = cli.ok("admin", {"audit", "log", "--limit", "100000"});
    CHECK(audit["records"].size() > 20);
    requireNoCanaries(cli.outputs());

    // With the grants, and only on asking: the full SSN, the protected address.
    cli.forget();
    const auto revealed = cli.ok(
        "trusted", {"person", "show", cpId, "--reveal-ssn", "--reason", "SSA verification"});
    CHECK(revealed["person"]["ssn"] == kCanarySsn);
    const auto overridden = cli.ok(
        "trusted", {"person", "show", cpId, "--override-authority", "Court order 26FL00417"});
    CHECK(overridden["person"]["addresses"][0]["line1"] == kCanaryStreet);
    cli.forget();
    requireNoCanaries(cli.ok("admin", {"audit", "log", "--limit", "100000"}).dump());
}

TEST_CASE("Bad input names the field and changes nothing", "[cli][cases]")
{
    Cli cli;
    cli.addUser("mgarcia", "caseworker");
    auto bad = cli.run("mgarcia", kCliWorkerPw,
        {"person", "add", "--name", "Ana Cruz", "--dob", "1990-01-01", "--ssn", "666-12-3456",
            "--json"});
    CHECK(bad.exitCode == 2);
    const auto j = json::parse(bad.out);
    CHECK(j["error"]["field"] == "ssn");
    CHECK(bad.out.find("666-12") == std::string::npos);
    auto date = cli.run("mgarcia", kCliWorkerPw,
        {"person", "add", "--name", "Ana Cruz", "--dob", "1990-13-01", "--json"});
    CHECK(date.exitCode == 2);
    CHECK(json::parse(date.out)["error"]["field"] == "dob");
    auto missing = cli.run("mgarcia", kCliWorkerPw, {"case", "show", "19-0999999", "--json"});
    CHECK(missing.exitCode == 2);
    CHECK(json::parse(missing.out)["error"]["code"] == "not_found");
    CHECK(cli.ok("mgarcia", {"person", "find", "Cruz"})["results"].empty());
}

TEST_CASE("demo builds a county and names its worker accounts", "[cli][cases][demo]")
{
    Cli cli;
    auto r = cli.run("admin", kCliAdminPw,
        {"demo", "--cases", "60", "--seed", "4", "--caseworkers", "2", "--supervisors", "1"},
        kCliFirstPw);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("caseworker01") != std::string::npos);
    CHECK(r.out.find("supervisor01") != std::string::npos);
    // Two federal fiscal years of money by default.
    CHECK(r.out.find("Money history") != std::string::npos);
    REQUIRE(cli.run("caseworker01", kCliFirstPw, {"user", "passwd"}, kCliWorkerPw).exitCode == 0);
    const auto mine = cli.ok("caseworker01", {"case", "list", "--mine", "--limit", "5"});
    CHECK(mine["cases"].size() == 5);
    CHECK(mine["total"].get<int>() > 10);
    // Generated SSNs stay masked in every listing.
    const auto found = cli.ok("caseworker01", {"person", "find", "Garcia"});
    for (const auto& h : found["results"])
        if (h["kind"] == "person" && !h["ssn"].get<std::string>().empty())
            CHECK(h["ssn"].get<std::string>().rfind("***-**-", 0) == 0);
}
