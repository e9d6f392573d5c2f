// Supervisor reports end to end through caseledger-cli (issue 6 item 3): every format, the
// canaries of SECURITY S13/S14 absent from all of them, a formula canary neutralized in the
// CSV (S25), and the PDF read back with pdftotext (headings, totals, page numbers).
#include "tests/support/clicounty.h"
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace caseledger::test;
using nlohmann::json;

namespace {

constexpr const char* kCanarySsn = "512-34-9876";
constexpr const char* kCanaryDigits = "512349876";
constexpr const char* kCanaryStreet = "1 Canary Lane";
constexpr const char* kFormula = "=HYPERLINK(\"http://evil\")";

using Cli = CliCounty;

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// pdftotext from poppler-utils (STACK-NOTES "Packages"); runProcess does not search PATH.
std::string pdfText(const std::string& pdf)
{
    for (const char* dir : {"/usr/bin/", "/usr/local/bin/", "/bin/"}) {
        const std::string tool = std::string(dir) + "pdftotext";
        if (std::filesystem::exists(tool)) {
            const auto r = runProcess(tool, {"-layout", pdf, "-"});
            REQUIRE(r.exitCode == 0);
            return r.out;
        }
    }
    FAIL("pdftotext (poppler-utils) is not installed");
    return {};
}

void requireNoCanaries(const std::string& text)
{
    CHECK(text.find(kCanarySsn) == std::string::npos);
    CHECK(text.find(kCanaryDigits) == std::string::npos);
    CHECK(text.find("Canary Lane") == std::string::npos);
}

// A protected custodial party (canary SSN and address) on a case of a worker whose display
// name is a spreadsheet formula.
std::string openProtectedCase(Cli& cli)
{
    const std::string cpId = cli.ok("cw",
        {"person", "add", "--name", "María Hernández", "--dob", "1990-04-02", "--ssn",
            kCanarySsn})["person"]["id"];
    const std::string ncpId = cli.ok("cw",
        {"person", "add", "--given", "José", "--family", "Ramírez", "--dob",
            "1988-07-09"})["person"]["id"];
    const std::string childId = cli.ok(
        "cw", {"person", "add", "--name", "Ramírez, Sofía", "--dob", "2019-01-15"})["person"]["id"];
    cli.ok("cw", {"person", "fvi", cpId, "--kind", "protective_order"});
    cli.ok("cw",
        {"person", "address", cpId, "--street", kCanaryStreet, "--city", "Pasadena", "--zip",
            "91101"});
    return cli.ok(
        "cw", {"case", "open", "--cp", cpId, "--ncp", ncpId, "--child", childId})["case"]["number"];
}

} // namespace

TEST_CASE("report list names every report", "[cli][reports]")
{
    Cli cli;
    const auto list = cli.ok("admin", {"report", "list"});
    std::vector<std::string> names;
    for (const auto& r : list["reports"])
        names.push_back(r["name"]);
    CHECK(names
        == std::vector<std::string> {
            "caseload", "compliance", "measures", "equity", "collections", "aging"});
}

TEST_CASE("Reports in every format: no canary, formula-safe CSV, a framed PDF",
    "[cli][reports][S13][S14][S25]")
{
    Cli cli;
    cli.addUser("cw", "caseworker", {}, kFormula);
    cli.addUser("sup", "supervisor", {}, "Sam Supervisor");
    const auto number = openProtectedCase(cli);
    std::string everything;

    auto table = cli.as("sup", {"report", "caseload"});
    INFO(table.out << table.err);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.find("Caseload by worker, phase and status") != std::string::npos);
    everything += table.out;

    const auto j = cli.ok("sup", {"report", "caseload", "--format", "json"});
    CHECK(j["totals"]["open"] == 1);
    const std::string drill = j["rows"][0]["drill"]["open"];
    const auto cases = cli.ok("sup", {"report", "caseload", "--drill", drill});
    REQUIRE(cases["total"] == 1);
    CHECK(cases["cases"][0]["case_number"] == number);
    everything += j.dump() + cases.dump();

    const auto csvPath = cli.path("caseload.csv");
    REQUIRE(
        cli.as("sup", {"report", "caseload", "--format", "csv", "--out", csvPath}).exitCode == 0);
    const auto csv = readAll(csvPath);
    CHECK(csv.find("'=HYPERLINK(") != std::string::npos); // S25: the worker's name is inert
    CHECK(csv.find(",=") == std::string::npos);
    CHECK(csv.find("\n=") == std::string::npos);
    everything += csv;

    for (const char* name : {"measures", "equity", "compliance", "collections", "aging"}) {
        const auto r = cli.as("sup", {"report", name, "--fy", "2026", "--format", "json"});
        INFO(name << r.err);
        REQUIRE(r.exitCode == 0);
        everything += r.out;
    }

    const auto pdfPath = cli.path("measures.pdf");
    auto pdf = cli.as(
        "sup", {"report", "measures", "--fy", "2026", "--format", "pdf", "--out", pdfPath});
    INFO(pdf.out << pdf.err);
    REQUIRE(pdf.exitCode == 0);
    const std::string text = pdfText(pdfPath);
    CHECK(text.find("Federal performance measures (OCSE-157)") != std::string::npos);
    CHECK(text.find("fy=2026") != std::string::npos);
    CHECK(text.find("Page 1 of 1") != std::string::npos);
    CHECK(text.find("Run by sup") != std::string::npos);
    CHECK(text.find("Support orders") != std::string::npos);
    everything += text;

    const auto caseloadPdf = cli.path("caseload.pdf");
    REQUIRE(cli.as("sup", {"report", "caseload", "--format", "pdf", "--out", caseloadPdf}).exitCode
        == 0);
    const std::string caseloadText = pdfText(caseloadPdf);
    CHECK(caseloadText.find("Total") != std::string::npos);
    CHECK(caseloadText.find("Page 1 of 1") != std::string::npos);
    everything += caseloadText;

    requireNoCanaries(everything);
    requireNoCanaries(cli.as("admin", {"audit", "verify"}).out);
}

TEST_CASE("A caseworker may not run the agency's measures", "[cli][reports]")
{
    Cli cli;
    cli.addUser("cw", "caseworker", {}, "Casey Worker");
    auto r = cli.as("cw", {"report", "measures", "--fy", "2026"});
    CHECK(r.exitCode == 2);
    CHECK(cli.as("cw", {"report", "caseload"}).exitCode == 0);
    CHECK(cli.as("cw", {"report", "nonsense"}).exitCode == 2);
    CHECK(cli.as("cw", {"report", "caseload", "--format", "xls"}).exitCode == 1);
}
