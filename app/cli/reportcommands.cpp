// report list | report NAME [--from --to --fy --county --worker ...] --format table|csv|json|pdf
// --out FILE (issue 6 item 3: so that a supervisor can schedule reports).
#include "app/cli/caseformat.h"
#include "app/cli/clicontext.h"
#include "core/services/reportservice.h"
#include "core/store/atomicfile.h"

#include <iostream>

#ifdef CASELEDGER_HAVE_PDF
#include "ui/print/reportpdf.h"
#endif

namespace caseledger::cli {

namespace fmt = caseformat;

namespace {

struct ReportOptions
{
    std::string name, from, to, worker, office, breakdown = "race_ethnicity", party = "cp",
                                                expenditures;
    std::string format, out, drill;
    int fy = 0, county = 0;
};

void listReports(CliContext& ctx)
{
    nlohmann::json rows = nlohmann::json::array();
    std::vector<std::vector<std::string>> table;
    for (const auto& r : core::ReportService::list()) {
        rows.push_back({{"name", r.name}, {"title", r.title}, {"parameters", r.parameters},
            {"needs_ledger", r.needsLedger}, {"aggregate_only", r.aggregateOnly}});
        table.push_back({std::string(r.name), std::string(r.title), std::string(r.parameters)});
    }
    if (ctx.json)
        ctx.print({{"ok", true}, {"reports", rows}}, "");
    else
        ctx.printTable({"Name", "Report", "Parameters"}, table);
}

core::ReportParams paramsOf(const ReportOptions& o)
{
    core::ReportParams p;
    p.from = fmt::optionalDate(o.from, "from");
    p.to = fmt::optionalDate(o.to, "to");
    if (o.fy != 0)
        p.fiscalYear = o.fy;
    if (o.county != 0)
        p.countyFips = o.county;
    p.worker = o.worker;
    p.office = o.office;
    p.breakdown = o.breakdown;
    p.party = o.party;
    if (!o.expenditures.empty())
        p.expenditures = fmt::amount(o.expenditures, "expenditures");
    return p;
}

std::string render(const core::ReportRun& run, const std::string& format)
{
    if (format == "csv")
        return core::renderCsv(run.table, run.header);
    if (format == "json")
        return core::renderJson(run.table, run.header);
    if (format == "pdf") {
#ifdef CASELEDGER_HAVE_PDF
        return ui::reportPdf(run.table, run.header);
#else
        throw CommandError {
            {core::ErrorCode::Usage, "this build has no PDF support (built without Qt)", "format"}};
#endif
    }
    return core::renderText(run.table, run.header);
}

void runReport(CliContext& ctx, const ReportOptions& o)
{
    const std::string format = o.format.empty() ? (ctx.json ? "json" : "table") : o.format;
    if (format != "table" && format != "csv" && format != "json" && format != "pdf")
        throw CommandError {
            {core::ErrorCode::Usage, "--format must be table, csv, json or pdf", "format"}};
    if (format == "pdf" && o.out.empty())
        throw CommandError {{core::ErrorCode::Usage, "a PDF needs --out FILE", "out"}};
    core::ReportService reports(ctx.open());
    // On the terminal it is a look (report.run); a file or another format is an export.
    const bool exported = !o.out.empty() || format != "table";
    auto run
        = ctx.require(exported ? reports.runForExport(ctx.session(), o.name, paramsOf(o), format)
                               : reports.run(ctx.session(), o.name, paramsOf(o)));
    const std::string bytes = render(run, format);
    if (o.out.empty()) {
        std::cout << bytes;
        return;
    }
    core::writeFileAtomically(o.out, bytes); // SECURITY S22
    ctx.print({{"ok", true}, {"report", o.name}, {"format", format}, {"out", o.out}},
        "Wrote " + run.table.title + " (" + format + ") to " + o.out);
}

void drillReport(CliContext& ctx, const ReportOptions& o)
{
    auto result = ctx.require(
        core::ReportService(ctx.open()).drill(ctx.session(), o.name, paramsOf(o), o.drill));
    nlohmann::json rows = nlohmann::json::array();
    std::vector<std::vector<std::string>> table;
    for (const auto& r : result.rows) {
        rows.push_back({{"case_number", r.number}, {"status", core::codeOf(r.status)},
            {"phase", core::codeOf(r.phase)}, {"worker", r.workerName},
            {"custodial_party", r.custodialParty}, {"noncustodial_parent", r.noncustodialParent}});
        table.push_back(
            {r.number, std::string(core::labelOf(r.status)), std::string(core::labelOf(r.phase)),
                r.workerName, r.noncustodialParent, r.custodialParty});
    }
    if (ctx.json) {
        ctx.print({{"ok", true}, {"total", result.total}, {"cases", rows}}, "");
        return;
    }
    ctx.printTable(
        {"Case", "Status", "Phase", "Worker", "Noncustodial parent", "Custodial party"}, table);
    std::cout << result.total << " case(s)\n";
}

} // namespace

void registerReportCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    static ReportOptions o;
    auto* report
        = app.add_subcommand("report", "Supervisor reports: `report list`, `report NAME ...`");
    report->add_option("name", o.name, "A report name, or list")->required();
    report->add_option("--from", o.from, "Period start (YYYY-MM-DD)");
    report->add_option("--to", o.to, "Period end (YYYY-MM-DD)");
    report->add_option("--fy", o.fy, "Federal fiscal year (FY 2026 = 2025-10-01 .. 2026-09-30)");
    report->add_option("--county", o.county, "Managing county (FIPS)");
    report->add_option("--worker", o.worker, "Worker (sign-in name)");
    report->add_option("--office", o.office, "Office (not recorded yet)");
    report->add_option(
        "--breakdown", o.breakdown, "Equity: race_ethnicity, language, gender or disability");
    report->add_option("--party", o.party, "Equity: whose answers: cp or ncp");
    report->add_option(
        "--expenditures", o.expenditures, "IV-D expenditures of the year (cost-effectiveness)");
    report->add_option("--format", o.format, "table, csv, json or pdf");
    report->add_option("--out", o.out, "Write to this file (written whole or not at all)");
    report->add_option("--drill", o.drill, "List the cases behind a figure (its drill-down key)");
    report->callback([&] {
        action = [&] {
            if (o.name == "list")
                listReports(ctx);
            else if (!o.drill.empty())
                drillReport(ctx, o);
            else
                runReport(ctx, o);
        };
    });
}

} // namespace caseledger::cli
