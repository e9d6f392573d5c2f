#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/caselist.h"
#include "core/reports/reportparams.h"
#include "core/reports/reportregistry.h"
#include "core/reports/reportrenderers.h"
#include "core/reports/reporttable.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

// A report as run: the table and who ran it when (every page's header, DESIGN §8).
struct ReportRun
{
    ReportTable table;
    RenderHeader header;
};

struct DrillResult
{
    std::vector<CaseListRow> rows; // at most kMaxCasePage, masked as the caseload list is
    std::int64_t total = 0; // all the cases behind the number
};

// The supervisor reports (issue 6) through the one door: permission, one transaction, one
// audit record naming the report and its parameters -- never personal data (SECURITY S10).
class ReportService
{
public:
    explicit ReportService(Workspace& workspace)
        : m_ws(workspace)
    { }
    static std::span<const ReportInfo> list() { return reportRegistry(); }

    // On screen (Action::ReportRun). When `*cancel` turns true (another thread: the person
    // pressed Cancel) the run stops within moments with ErrorCode::Cancelled, and the audit
    // record says it was refused as cancelled.
    Result<ReportRun> run(const Session& session, std::string_view name, ReportParams params,
        const std::atomic<bool>* cancel = nullptr);
    // For a file or a printer (Action::ReportExport): `format` ("csv", "pdf", "print", ...)
    // goes in the audit record; the caller renders the table it gets back.
    Result<ReportRun> runForExport(const Session& session, std::string_view name,
        ReportParams params, std::string_view format, const std::atomic<bool>* cancel = nullptr);
    // The cases behind one number of a report (Action::ReportDrill).
    Result<DrillResult> drill(const Session& session, std::string_view name, ReportParams params,
        std::string_view drillKey, const std::atomic<bool>* cancel = nullptr);

private:
    Result<ReportRun> runAs(const Session& session, Action action, std::string_view name,
        ReportParams params, std::string_view format, const std::atomic<bool>* cancel);
    Workspace& m_ws;
};

} // namespace caseledger::core
