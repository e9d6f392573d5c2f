// case open|show|list|assign|close|reopen|event
#include "app/cli/caseformat.h"
#include "app/cli/clicontext.h"
#include "core/services/caseservice.h"
#include "core/services/taskservice.h"
#include "core/services/userservice.h"

namespace caseledger::cli {

namespace fmt = caseformat;

namespace {

int countyFips(const std::string& text)
{
    const auto* county = core::findCounty(text);
    if (!county)
        throw CommandError {{core::ErrorCode::Validation,
            "is not a California county (name, FIPS 06037 or number 19)", "county"}};
    return county->fips;
}

// A worker's id from their sign-in name (a supervisor's question; the lookup is audited).
core::Uuid workerId(CliContext& ctx, const std::string& name)
{
    auto users = ctx.require(core::UserService(ctx.open()).list(ctx.session()));
    for (const auto& u : users)
        if (u.name == name)
            return u.id;
    throw CommandError {{core::ErrorCode::NotFound, "there is no user " + name, "worker"}};
}

struct OpenOptions
{
    std::string county = "06037", source = "application", applicationDate, assistance = "never", cp,
                ncp, worker;
    std::vector<std::string> alleged, children, students;
};

void addOpen(CLI::App& group, CliContext& ctx, Action& action)
{
    static OpenOptions o;
    auto* cmd = group.add_subcommand("open", "Open a case for a family");
    cmd->add_option("--cp", o.cp, "Custodial party (person id)")->required();
    cmd->add_option("--child", o.children, "A child (person id); repeat for each")->required();
    cmd->add_option("--ncp", o.ncp, "Noncustodial parent (person id)");
    cmd->add_option("--alleged-father", o.alleged, "Alleged father (person id); repeatable");
    cmd->add_option(
        "--student", o.students, "A child (person id) who is a full-time high-school student");
    cmd->add_option(
        "--county", o.county, "County: name, FIPS code or number (default Los Angeles)");
    cmd->add_option(
        "--source", o.source, "application, assistance_referral, medicaid_referral, ...");
    cmd->add_option(
        "--application-date", o.applicationDate, "When the application or referral was received");
    cmd->add_option("--assistance", o.assistance, "current, former, never or medicaid_only");
    cmd->add_option("--worker", o.worker, "Assign to this worker (default: yourself)");
    cmd->callback([&] {
        action = [&] {
            core::OpenCaseRequest r;
            r.countyFips = countyFips(o.county);
            r.source = fmt::code<core::CaseSource>(o.source, "source");
            r.applicationDate = fmt::optionalDate(o.applicationDate, "application-date");
            r.assistance = fmt::code<core::AssistanceStatus>(o.assistance, "assistance");
            r.assignedWorker = o.worker;
            r.participants.push_back(
                {fmt::id(o.cp, "cp"), core::ParticipantRole::CustodialParty, false, {}});
            if (!o.ncp.empty())
                r.participants.push_back(
                    {fmt::id(o.ncp, "ncp"), core::ParticipantRole::NoncustodialParent, false, {}});
            for (const auto& a : o.alleged)
                r.participants.push_back({fmt::id(a, "alleged-father"),
                    core::ParticipantRole::AllegedFather, false, {}});
            for (const auto& c : o.children) {
                const bool student
                    = std::find(o.students.begin(), o.students.end(), c) != o.students.end();
                r.participants.push_back(
                    {fmt::id(c, "child"), core::ParticipantRole::Child, student, {}});
            }
            auto c = ctx.require(core::CaseService(ctx.open()).open(ctx.session(), r));
            ctx.print({{"ok", true}, {"case", fmt::toJson(c)}},
                "Opened case " + c.number + " (" + std::string(core::labelOf(c.phase)) + ")");
        };
    });
}

void addShow(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref;
    auto* cmd = group.add_subcommand(
        "show", "Show a case with its people, parentage, orders, notes and tasks");
    cmd->add_option("case", ref, "Case number or id")->required();
    cmd->callback([&] {
        action = [&] {
            auto file = ctx.require(core::CaseService(ctx.open()).view(ctx.session(), ref));
            ctx.print({{"case", fmt::toJson(file)}}, fmt::toText(file));
        };
    });
}

struct ListOptions
{
    std::string worker, status = "active", phase, sort = "number";
    bool mine = false, overdue = false, unassigned = false, descending = false;
    int offset = 0, limit = 50;
};

void addList(CLI::App& group, CliContext& ctx, Action& action)
{
    static ListOptions o;
    auto* cmd = group.add_subcommand("list", "List the caseload, filtered and sorted");
    cmd->add_flag("--mine", o.mine, "Only my cases");
    cmd->add_option("--worker", o.worker, "Only this worker's cases (supervisors)");
    cmd->add_flag("--unassigned", o.unassigned, "Only unassigned cases");
    cmd->add_option("--status", o.status, "active, close_pending, closed or any");
    cmd->add_option("--phase", o.phase, "intake, locate, parentage, establishment or enforcement");
    cmd->add_flag("--overdue", o.overdue, "Only cases with an overdue task");
    cmd->add_option("--sort", o.sort, "number, ncp, cp, opened or due");
    cmd->add_flag("--descending", o.descending, "Reverse the order");
    cmd->add_option("--offset", o.offset, "Skip this many rows");
    cmd->add_option("--limit", o.limit, "At most this many rows (up to 500)");
    cmd->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            core::CaseListQuery q;
            if (o.mine)
                q.worker = ctx.session().userId;
            else if (!o.worker.empty())
                q.worker = workerId(ctx, o.worker);
            q.unassignedOnly = o.unassigned;
            q.status = fmt::code<core::CaseStatusFilter>(o.status, "status");
            if (!o.phase.empty())
                q.phase = fmt::code<core::CasePhase>(o.phase, "phase");
            q.overdueOnly = o.overdue;
            q.sort = fmt::code<core::CaseSort>(o.sort, "sort");
            q.descending = o.descending;
            q.offset = o.offset;
            q.limit = o.limit;
            q.withTotal = true;
            auto page = ctx.require(core::CaseService(ws).list(ctx.session(), q));
            nlohmann::json rows = nlohmann::json::array();
            std::vector<std::vector<std::string>> table;
            for (const auto& r : page.rows) {
                rows.push_back(fmt::toJson(r));
                table.push_back({r.number, std::string(core::codeOf(r.phase)), r.custodialParty,
                    r.noncustodialParent, std::to_string(r.children),
                    r.nextDue ? r.nextDue->toIso() + (r.overdue ? " !" : "") : "-", r.workerName,
                    r.familyViolence ? "FVI" : ""});
            }
            if (ctx.json)
                return ctx.print({{"cases", rows}, {"total", *page.total}, {"offset", page.offset},
                                     {"more", page.more}},
                    "");
            ctx.printTable({"CASE", "PHASE", "CUSTODIAL PARTY", "NONCUSTODIAL PARENT", "KIDS",
                               "NEXT DUE", "WORKER", ""},
                table);
            ctx.print({},
                std::to_string(page.rows.size()) + " of " + std::to_string(*page.total) + " cases");
        };
    });
}

void addAssign(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref, worker, county;
    auto* cmd = group.add_subcommand(
        "assign", "Assign a case to a worker or another county (supervisor)");
    cmd->add_option("case", ref, "Case number or id")->required();
    cmd->add_option("--worker", worker, "The worker's sign-in name (empty: unassigned)")
        ->required();
    cmd->add_option("--county", county, "Move the case to this managing county (the number stays)");
    cmd->callback([&] {
        action = [&] {
            std::optional<int> fips;
            if (!county.empty())
                fips = countyFips(county);
            auto c = ctx.require(
                core::CaseService(ctx.open()).assign(ctx.session(), ref, worker, fips));
            ctx.print({{"ok", true}, {"case", fmt::toJson(c)}},
                "Case " + c.number
                    + (worker.empty() ? " is unassigned" : " is assigned to " + worker));
        };
    });
}

struct CloseOptions
{
    std::string ref, reason, explanation, arrears, assignedArrears;
    bool unenforceable = false;
};

void addClose(CLI::App& group, CliContext& ctx, Action& action)
{
    static CloseOptions o;
    auto* cmd = group.add_subcommand("close", "Close a case under a 45 CFR 303.11(b) criterion");
    cmd->add_option("case", o.ref, "Case number or id")->required();
    cmd->add_option(
           "--reason", o.reason, "The criterion: 1-21 or its code (e.g. 12 or recipient_requests)")
        ->required();
    cmd->add_option("--explanation", o.explanation, "Why (becomes a case note)")->required();
    cmd->add_option(
        "--arrears", o.arrears, "Arrears balance in dollars (until the ledger supplies it)");
    cmd->add_option(
        "--assigned-arrears", o.assignedArrears, "Arrears assigned to the State, in dollars");
    cmd->add_flag("--arrears-unenforceable", o.unenforceable,
        "The arrears are unenforceable under State law");
    cmd->callback([&] {
        action = [&] {
            core::CloseRequest r;
            try {
                r.reason = core::parseClosureReason(o.reason);
            } catch (const core::Failure& f) {
                throw CommandError {f.error()};
            }
            r.explanation = o.explanation;
            if (!o.arrears.empty())
                r.arrears = fmt::amount(o.arrears, "arrears");
            if (!o.assignedArrears.empty())
                r.assignedArrears = fmt::amount(o.assignedArrears, "assigned-arrears");
            r.arrearsUnenforceable = o.unenforceable;
            auto result = ctx.require(core::CaseService(ctx.open()).close(ctx.session(), o.ref, r));
            nlohmann::json j = {{"ok", true}, {"case", fmt::toJson(result.record)},
                {"pending_notice", result.pendingNotice}};
            if (result.noticeTask)
                j["notice_task"] = fmt::toJson(*result.noticeTask);
            ctx.print(j,
                result.pendingNotice
                    ? "Closure notice sent; case " + result.record.number + " closes on or after "
                        + result.noticeTask->due.toIso() + " unless the recipient answers."
                    : "Case " + result.record.number + " is closed.");
        };
    });
}

void addReopen(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref, reason;
    auto* cmd
        = group.add_subcommand("reopen", "Reopen a closed case, or withdraw a pending closure");
    cmd->add_option("case", ref, "Case number or id")->required();
    cmd->add_option("--reason", reason, "Why (becomes a case note)")->required();
    cmd->callback([&] {
        action = [&] {
            auto c = ctx.require(core::CaseService(ctx.open()).reopen(ctx.session(), ref, reason));
            ctx.print({{"ok", true}, {"case", fmt::toJson(c)}}, "Case " + c.number + " is open.");
        };
    });
}

void addEvent(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref, event, date;
    static bool service = false;
    auto* cmd = group.add_subcommand(
        "event", "Record a timeframe event (locate needed, delinquency, review request...)");
    cmd->add_option("case", ref, "Case number or id")->required();
    cmd->add_option("--event", event,
           "locate_needed, ncp_located, delinquency, income_source, review_requested, "
           "collection_received")
        ->required();
    cmd->add_option("--date", date, "When it happened (default today)");
    cmd->add_flag(
        "--service-needed", service, "Delinquency: service of process is needed (60 days)");
    cmd->callback([&] {
        action = [&] {
            auto tasks = ctx.require(
                core::TaskService(ctx.open())
                    .recordEvent(ctx.session(), ref, fmt::code<core::CaseEvent>(event, "event"),
                        fmt::optionalDate(date, "date"), service));
            nlohmann::json list = nlohmann::json::array();
            std::string text;
            for (const auto& t : tasks) {
                list.push_back(fmt::toJson(t));
                text += std::string(core::labelOf(t.rule)) + " due " + t.due.toIso() + "\n";
            }
            ctx.print({{"ok", true}, {"tasks", list}}, text.empty() ? "No new task." : text);
        };
    });
}

} // namespace

void registerCaseCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* group = app.add_subcommand("case", "Cases: open, show, list, assign, close, reopen");
    group->require_subcommand(1);
    addOpen(*group, ctx, action);
    addShow(*group, ctx, action);
    addList(*group, ctx, action);
    addAssign(*group, ctx, action);
    addClose(*group, ctx, action);
    addReopen(*group, ctx, action);
    addEvent(*group, ctx, action);
}

} // namespace caseledger::cli
