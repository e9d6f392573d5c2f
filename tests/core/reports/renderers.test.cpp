// The renderers without Qt: text, CSV (SECURITY S25) and JSON.
#include "core/reports/reportrenderers.h"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace caseledger::core;

namespace {

ReportTable sample(const std::string& label)
{
    ReportTable t;
    t.name = "sample";
    t.title = "Sample report";
    t.parameters = "fy=2026";
    t.columns = {{"label", "Label", ColumnType::Text}, {"count", "Count", ColumnType::Count},
        {"amount", "Amount", ColumnType::Money}, {"rate", "Rate", ColumnType::Percent}};
    ReportRow r;
    r.cells = {ReportCell::ofText(label), ReportCell::ofNumber(1234, "caseload;phase=intake"),
        ReportCell::ofNumber(-1050), ReportCell::ofNumber(7950)};
    t.rows.push_back(r);
    ReportRow hidden;
    hidden.cells = {ReportCell::ofText("Small"), ReportCell::ofNumber(4), ReportCell::none(),
        ReportCell::none()};
    hidden.cells[1].suppressed = true;
    t.rows.push_back(hidden);
    t.totals = ReportRow {{ReportCell::ofText("Total"), ReportCell::ofNumber(1238),
        ReportCell::ofNumber(-1050), ReportCell::none()}};
    t.footnotes = {"A note, with a comma"};
    return t;
}

const RenderHeader kHeader {"2026-11-02T12:00:00.000Z", "supervisor01"};

} // namespace

TEST_CASE("CSV neutralizes spreadsheet formulas (S25)", "[reports][render]")
{
    CHECK(csvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csvField("+1") == "'+1");
    CHECK(csvField("-2") == "'-2");
    CHECK(csvField("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvField("\tx") == "'\tx");
    CHECK(csvField("\rx") == "\"'\rx\"");
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");

    const auto csv = renderCsv(sample("=cmd|' /C calc'!A0"), kHeader);
    CHECK(csv.find("\r\n'=cmd|' /C calc'!A0,") != std::string::npos);
    // No line of the file starts a field with a formula character unless it is a number.
    CHECK(csv.find(",=") == std::string::npos);
    CHECK(csv.find("\r\n=") == std::string::npos);
    CHECK(csv.find("1234,-10.50,79.50") != std::string::npos); // numbers stay numbers
    CHECK(csv.find("Small,<11,,") == std::string::npos);
    CHECK(csv.find("Small,<11,—,—") != std::string::npos);
    CHECK(csv.find("Note,\"A note, with a comma\"") != std::string::npos);
    CHECK(csv.find("Parameters,fy=2026") != std::string::npos);
}

TEST_CASE("Text shows grouping, suppression, totals and the header", "[reports][render]")
{
    const auto text = renderText(sample("Worker A"), kHeader);
    CHECK(text.find("Sample report") == 0);
    CHECK(text.find("Parameters: fy=2026") != std::string::npos);
    CHECK(text.find("supervisor01") != std::string::npos);
    CHECK(text.find("1,234") != std::string::npos);
    CHECK(text.find("79.50 %") != std::string::npos);
    CHECK(text.find("-$10.50") != std::string::npos);
    CHECK(text.find("<11") != std::string::npos);
    CHECK(text.find("1,238") != std::string::npos);
    CHECK(text.find("* A note, with a comma") != std::string::npos);
}

TEST_CASE("Money reads as dollars on a page and as a number in a spreadsheet", "[reports][render]")
{
    const auto line24 = ReportCell::ofNumber(1267243494);
    CHECK(formatCell(line24, ColumnType::Money) == "$12,672,434.94");
    CHECK(formatCell(line24, ColumnType::Money, false) == "12672434.94");
    CHECK(formatCell(ReportCell::ofNumber(-5), ColumnType::Money) == "-$0.05");
}

TEST_CASE("JSON keeps numbers as numbers and names drill-downs", "[reports][render]")
{
    const auto j = nlohmann::json::parse(renderJson(sample("Worker A"), kHeader));
    CHECK(j["report"] == "sample");
    CHECK(j["rows"][0]["count"] == 1234);
    CHECK(j["rows"][0]["amount"] == -1050);
    CHECK(j["rows"][0]["rate"] == 7950);
    CHECK(j["rows"][0]["drill"]["count"] == "caseload;phase=intake");
    CHECK(j["rows"][1]["count"] == "<11");
    CHECK(j["rows"][1]["amount"].is_null());
    CHECK(j["totals"]["count"] == 1238);
    CHECK(j["columns"][2]["type"] == "money_cents");
}
