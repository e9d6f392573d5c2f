#include "core/reports/reportregistry.h"

#include <array>

namespace caseledger::core {

namespace {

const std::array<ReportInfo, 6> kReports = {{
    {"caseload", "Caseload by worker, phase and status",
        "Open, pending and closed cases per worker and phase, with overdue tasks",
        "from to county worker", false, false, true, caseloadReport},
    {"compliance", "Timeframe compliance",
        "Federal timeframes met on time, late, open and overdue, per worker",
        "from to fy county worker", false, false, false, complianceReport},
    {"measures", "Federal performance measures (OCSE-157)",
        "OCSE-157 lines, the five incentive ratios, last year and the 45 CFR 305.33 percentages",
        "fy county worker expenditures", true, false, false, measuresReport},
    {"equity", "Equity dashboard", "Outcomes by reported demographics, small cells suppressed",
        "from to fy county worker breakdown party", true, true, false, equityReport},
    {"collections", "Collections and distribution by month",
        "Collected by source, distributed, retained, passed through, undistributed", "from to fy",
        true, true, false, collectionsReport},
    {"aging", "Arrears aging by category", "Arrears owed by category and age", "to", true, true,
        false, agingReport},
}};

} // namespace

std::span<const ReportInfo> reportRegistry()
{
    return kReports;
}

const ReportInfo* findReport(std::string_view name)
{
    for (const auto& r : kReports)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace caseledger::core
