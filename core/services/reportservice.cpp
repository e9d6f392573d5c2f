#include "core/services/reportservice.h"

#include "core/access/userrepository.h"
#include "core/reports/drillkey.h"
#include "core/reports/drillrepository.h"
#include "core/reports/ledgerfactsrepository.h"
#include "core/reports/measuresrepository.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

namespace caseledger::core {

namespace {

const ReportInfo& requireReport(std::string_view name)
{
    if (const auto* info = findReport(name))
        return *info;
    failValidation("report", "is not a report name; `report list` names them");
}

// Checks the parameters (S26: the message names the field, not the value) and resolves the
// worker's sign-in name to an id.
void resolveParams(Operation& op, ReportParams& p)
{
    if (!p.office.empty())
        failValidation("office", "offices are not recorded on cases yet; leave it out");
    if (p.fiscalYear && (*p.fiscalYear < 1990 || *p.fiscalYear > 2100))
        failValidation("fy", "must be a federal fiscal year such as 2026");
    if (p.from && p.to && *p.from > *p.to)
        failValidation("from", "must not be after --to");
    if (p.expenditures && !p.expenditures->isPositive())
        failValidation("expenditures", "must be a positive amount");
    if (!p.worker.empty() && !p.workerId) {
        UserRepository users(op.db());
        auto user = users.findByName(p.worker);
        if (!user)
            if (auto id = Uuid::parse(p.worker))
                user = users.findById(*id);
        if (!user)
            failValidation("worker", "names no user of this database");
        p.workerId = user->id;
    }
}

// A caseworker sees her own caseload only (the role table gives her CaseList, not the
// supervisor's TaskCompliance or the agency's measures).
void checkCaseworker(const Session& session, const ReportInfo& info, ReportParams& p)
{
    if (session.role != Role::Caseworker)
        return;
    if (!info.caseworkerMay)
        throw Failure(ErrorCode::PermissionDenied,
            "a caseworker may run only her own caseload report", "report");
    if (p.workerId && *p.workerId != session.userId)
        throw Failure(
            ErrorCode::PermissionDenied, "a caseworker may see only her own caseload", "worker");
    p.workerId = session.userId;
    p.worker = session.userName;
}

// Lines 24, 25, 28 and 29 come from the ledger (measures.md): their cases are the ones with
// money of that kind in the year, within the report's scope.
std::optional<std::vector<Uuid>> ledgerLineCases(
    Operation& op, const DrillKey& key, const ReportParams& params)
{
    const auto line = key.field("line");
    if (key.kind != "measure" || (line != "24" && line != "25" && line != "28" && line != "29"))
        return std::nullopt;
    const auto from = Date::parseIso(key.field("from")), to = Date::parseIso(key.field("to"));
    if (!from || !to)
        failValidation("drill-down key", "has no valid period");
    auto ledger = ledgerFactsFor(op.db(), servicesupport::today(op));
    const auto scope = MeasuresRepository(op.db()).casesInScope(params);
    std::vector<Uuid> ids;
    for (const auto& f : ledger->perCase(*from, *to)) {
        const bool counted = line == "24" ? f.currentSupportDue.isPositive()
            : line == "25"                ? f.currentSupportDistributed.isPositive()
            : line == "28"                ? f.arrearsDue.isPositive()
                           : f.arrearsDue.isPositive() && f.arrearsDistributed.isPositive();
        if (counted && scope.contains(f.caseId))
            ids.push_back(f.caseId);
    }
    return ids;
}

} // namespace

Result<ReportRun> ReportService::run(const Session& session, std::string_view name,
    ReportParams params, const std::atomic<bool>* cancel)
{
    return runAs(session, Action::ReportRun, name, std::move(params), "screen", cancel);
}

Result<ReportRun> ReportService::runForExport(const Session& session, std::string_view name,
    ReportParams params, std::string_view format, const std::atomic<bool>* cancel)
{
    return runAs(session, Action::ReportExport, name, std::move(params), format, cancel);
}

Result<ReportRun> ReportService::runAs(const Session& session, Action action, std::string_view name,
    ReportParams params, std::string_view format, const std::atomic<bool>* cancel)
{
    return m_ws.perform(session, action, [&](Operation& op) {
        const auto& info = requireReport(name);
        op.target("report", std::string(info.name));
        const CancelScope stoppable(op.db(), cancel); // the audit record names the report
        resolveParams(op, params);
        checkCaseworker(session, info, params);
        auto ledger = ledgerFactsFor(op.db(), servicesupport::today(op));
        ReportContext ctx {op.db(), *ledger, servicesupport::today(op)};
        ReportRun run;
        run.table = info.build(ctx, params);
        run.table.name = std::string(info.name);
        run.table.title = std::string(info.title);
        run.table.parameters = params.describe();
        run.header = {formatUtc(op.now()), session.userName};
        // SECURITY S10: the report and its parameters only.
        op.describe(run.table.parameters + " format=" + std::string(format));
        return run;
    });
}

Result<DrillResult> ReportService::drill(const Session& session, std::string_view name,
    ReportParams params, std::string_view drillKey, const std::atomic<bool>* cancel)
{
    return m_ws.perform(session, Action::ReportDrill, [&](Operation& op) {
        const auto& info = requireReport(name);
        op.target("report", std::string(info.name));
        const CancelScope stoppable(op.db(), cancel);
        if (info.aggregateOnly)
            failValidation("report", "is aggregate only: it has no case lists");
        const auto key = DrillKey::parse(drillKey);
        if (!key || key->kind != (info.name == "measures" ? "measure" : std::string(info.name)))
            failValidation("drill-down key", "does not belong to this report");
        resolveParams(op, params);
        checkCaseworker(session, info, params);
        DrillRepository repo(op.db());
        auto ledgerCases = ledgerLineCases(op, *key, params);
        const auto cases = ledgerCases ? std::move(*ledgerCases) : repo.cases(*key, params);
        DrillResult result;
        result.total = static_cast<std::int64_t>(cases.size());
        result.rows = repo.rows(cases, servicesupport::today(op), kMaxCasePage);
        op.describe(
            params.describe() + " cell=" + key->str() + " cases=" + std::to_string(result.total));
        return result;
    });
}

} // namespace caseledger::core
