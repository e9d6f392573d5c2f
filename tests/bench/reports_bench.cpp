// Figures for the supervisor reports at county scale (issue 6, "Performance"): the federal
// performance measures (goal <= 5 s) and the equity dashboard (goal <= 5 s) on a generated
// county, plus the caseload and compliance reports, the PDF-free renderers, and a drill-down.
// Prints seconds; asserts nothing (a benchmark is not a test).
//
//   caseledger_bench_reports [cases = 2000]      (350000 for the closing-note figures)
#include "core/reports/reportrenderers.h"
#include "core/services/demoservice.h"
#include "core/services/reportservice.h"
#include "tests/support/testworkspace.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace caseledger;
using namespace caseledger::core;
using Steady = std::chrono::steady_clock;

namespace {

double since(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

bool generate(test::TestWorkspace& t, std::int64_t cases)
{
    DemoRequest request;
    request.cases = cases;
    request.caseworkers = 25;
    request.supervisors = 1;
    request.financialWorkers = 0;
    request.workerPassword = test::kUserPassword;
    const auto start = Steady::now();
    auto generated = DemoService(t.ws()).generate(t.admin(), request);
    if (!generated) {
        std::fprintf(stderr, "generation failed: %s\n", generated.error().message.c_str());
        return false;
    }
    std::printf("generated %lld cases (%lld open) in %.1f s\n",
        static_cast<long long>(generated->stats.cases),
        static_cast<long long>(generated->stats.openCases), since(start));
    return true;
}

// Runs a report once and prints its time and size; returns the run for rendering.
std::optional<ReportRun> timed(
    ReportService& reports, const Session& s, const char* name, const ReportParams& p)
{
    const auto start = Steady::now();
    auto run = reports.run(s, name, p);
    const double seconds = since(start);
    if (!run) {
        std::fprintf(stderr, "%s failed: %s\n", name, run.error().message.c_str());
        return std::nullopt;
    }
    std::printf("%-12s %8.3f s  (%zu rows)\n", name, seconds, run->table.rows.size());
    return *run;
}

} // namespace

int main(int argc, char** argv)
{
    const std::int64_t cases = argc > 1 ? std::atoll(argv[1]) : 2000;
    test::TestWorkspace t;
    if (!generate(t, cases))
        return 1;
    const Session supervisor = t.sessionAs(Role::Supervisor);
    ReportService reports(t.ws());
    ReportParams fy;
    fy.fiscalYear = 2026;
    std::printf("report       seconds\n");
    const auto measures = timed(reports, supervisor, "measures", fy);
    const auto equity = timed(reports, supervisor, "equity", fy);
    ReportParams language = fy;
    language.breakdown = "language";
    timed(reports, supervisor, "equity", language);
    const auto caseload = timed(reports, supervisor, "caseload", fy);
    timed(reports, supervisor, "compliance", fy);
    ReportParams month;
    month.from = Date::fromYmd(2026, 9, 1);
    month.to = Date::fromYmd(2026, 9, 30);
    timed(reports, supervisor, "collections", month);
    if (!measures || !equity || !caseload)
        return 1;
    auto start = Steady::now();
    std::size_t bytes = 0;
    for (const auto* run : {&*measures, &*equity, &*caseload})
        bytes += renderCsv(run->table, run->header).size()
            + renderJson(run->table, run->header).size()
            + renderText(run->table, run->header).size();
    std::printf("render text+csv+json of three reports: %.3f s (%zu bytes)\n", since(start), bytes);
    const auto& line1 = measures->table.rows.front().cells[2];
    start = Steady::now();
    auto drilled = reports.drill(supervisor, "measures", fy, line1.drill);
    if (drilled)
        std::printf("drill-down line 1: %.3f s (%lld cases, first %zu rows)\n", since(start),
            static_cast<long long>(drilled->total), drilled->rows.size());
    return 0;
}
