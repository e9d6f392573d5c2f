#pragma once

#include "core/reports/reportcontext.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// The supervisor reports (issue 6, DESIGN §8), in one list: the CLI's `report list`, the GUI's
// report chooser and the service all read it.
struct ReportInfo
{
    std::string_view name; // "measures"
    std::string_view title;
    std::string_view description;
    std::string_view parameters; // which parameters it reads: "fy county worker expenditures"
    bool needsLedger = false;
    bool aggregateOnly = false; // no drill-down (the equity dashboard)
    bool caseworkerMay = false; // a caseworker may run it for her own caseload
    ReportTable (*build)(ReportContext&, const ReportParams&) = nullptr;
};

std::span<const ReportInfo> reportRegistry();
const ReportInfo* findReport(std::string_view name);

} // namespace caseledger::core
