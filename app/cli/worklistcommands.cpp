// note add, task list|done|compliance
#include "app/cli/caseformat.h"
#include "app/cli/clicontext.h"
#include "core/services/noteservice.h"
#include "core/services/taskservice.h"
#include "core/services/userservice.h"

namespace caseledger::cli {

namespace fmt = caseformat;

namespace {

std::optional<core::Uuid> workerNamed(CliContext& ctx, const std::string& name)
{
    if (name.empty())
        return std::nullopt;
    for (const auto& u : ctx.require(core::UserService(ctx.open()).list(ctx.session())))
        if (u.name == name)
            return u.id;
    throw CommandError {{core::ErrorCode::NotFound, "there is no user " + name, "worker"}};
}

void addNoteCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* group = app.add_subcommand("note", "Case notes (append-only)");
    group->require_subcommand(1);
    static std::string ref, text, kind = "general", date, person, corrects;
    auto* add = group->add_subcommand(
        "add", "Add a note to a case; a correction names the note it corrects");
    add->add_option("case", ref, "Case number or id")->required();
    add->add_option("--text", text, "The note")->required();
    add->add_option("--kind", kind, "contact, action, result or general");
    add->add_option("--date", date, "Date of the contact or action (default today)");
    add->add_option("--person", person, "Whom the contact was with (person id)");
    add->add_option("--corrects", corrects, "The note this one corrects (note id)");
    add->callback([&] {
        action = [&] {
            core::NewNoteRequest r;
            r.kind = fmt::code<core::NoteKind>(kind, "kind");
            r.contactDate = fmt::optionalDate(date, "date");
            r.text = text;
            if (!person.empty())
                r.personId = fmt::id(person, "person");
            if (!corrects.empty())
                r.correctsNoteId = fmt::id(corrects, "corrects");
            auto n = ctx.require(core::NoteService(ctx.open()).add(ctx.session(), ref, r));
            ctx.print(
                {{"ok", true}, {"note", fmt::toJson(n)}}, "Note added; id " + n.id.toString());
        };
    });
}

struct TaskOptions
{
    std::string worker, from, to, ref, outcome, date;
    bool all = false;
    int limit = 100, offset = 0;
};

void addTaskList(CLI::App* group, CliContext& ctx, Action& action, TaskOptions& o)
{
    auto* list = group->add_subcommand("list", "A worklist, overdue first");
    list->add_option("--worker", o.worker, "Whose worklist (supervisors); default yours");
    list->add_flag("--all", o.all, "Include done and cancelled tasks");
    list->add_option("--limit", o.limit, "At most this many");
    list->add_option("--offset", o.offset, "Skip this many");
    list->callback([&] {
        action = [&] {
            core::WorklistQuery q {workerNamed(ctx, o.worker), o.all, {}, o.offset, o.limit};
            auto page = ctx.require(core::TaskService(ctx.open()).worklist(ctx.session(), q));
            nlohmann::json rows = nlohmann::json::array();
            std::vector<std::vector<std::string>> table;
            for (const auto& r : page.rows) {
                auto j = fmt::toJson(r.task);
                j.update({{"case_number", r.caseNumber},
                    {"noncustodial_parent", r.noncustodialParent}, {"overdue", r.overdue}});
                rows.push_back(j);
                table.push_back({r.task.due.toIso() + (r.overdue ? " OVERDUE" : ""), r.caseNumber,
                    std::string(core::labelOf(r.task.rule)), r.noncustodialParent,
                    std::string(core::codeOf(r.task.status)), r.task.id.toString()});
            }
            if (ctx.json)
                return ctx.print({{"tasks", rows}, {"more", page.more}}, "");
            ctx.printTable({"DUE", "CASE", "TASK", "NONCUSTODIAL PARENT", "STATUS", "ID"}, table);
        };
    });
}

void addTaskDone(CLI::App* group, CliContext& ctx, Action& action, TaskOptions& o)
{
    auto* done = group->add_subcommand("done", "Complete a task");
    done->add_option("task", o.ref, "Task id")->required();
    done->add_option(
        "--outcome", o.outcome, "What happened (for a locate task: located or not_found)");
    done->add_option("--date", o.date, "When (default today)");
    done->callback([&] {
        action = [&] {
            auto t = ctx.require(core::TaskService(ctx.open())
                                     .complete(ctx.session(), fmt::id(o.ref, "task"), o.outcome,
                                         fmt::optionalDate(o.date, "date")));
            ctx.print({{"ok", true}, {"task", fmt::toJson(t)}},
                std::string(core::labelOf(t.rule)) + " done.");
        };
    });
}

void addTaskCompliance(CLI::App* group, CliContext& ctx, Action& action, TaskOptions& o)
{
    auto* compliance
        = group->add_subcommand("compliance", "Timeframe compliance per rule (supervisors)");
    compliance->add_option("--worker", o.worker, "One worker (default everybody)");
    compliance->add_option("--from", o.from, "Tasks due from");
    compliance->add_option("--to", o.to, "Tasks due until");
    compliance->callback([&] {
        action = [&] {
            core::ComplianceQuery q {workerNamed(ctx, o.worker), fmt::optionalDate(o.from, "from"),
                fmt::optionalDate(o.to, "to")};
            auto rows = ctx.require(core::TaskService(ctx.open()).compliance(ctx.session(), q));
            nlohmann::json out = nlohmann::json::array();
            std::vector<std::vector<std::string>> table;
            for (const auto& r : rows) {
                out.push_back(
                    {{"rule", core::codeOf(r.rule)}, {"citation", core::timeframe(r.rule).citation},
                        {"met_on_time", r.metOnTime}, {"late", r.late},
                        {"open_overdue", r.openOverdue}, {"open_not_due", r.openNotDue}});
                table.push_back({std::string(core::labelOf(r.rule)),
                    std::string(core::timeframe(r.rule).citation), std::to_string(r.metOnTime),
                    std::to_string(r.late), std::to_string(r.openOverdue),
                    std::to_string(r.openNotDue)});
            }
            if (ctx.json)
                return ctx.print({{"compliance", out}}, "");
            ctx.printTable({"RULE", "CITATION", "MET", "LATE", "OVERDUE", "OPEN"}, table);
        };
    });
}

} // namespace

void registerWorklistCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    addNoteCommands(app, ctx, action);
    auto* group = app.add_subcommand("task", "Timeframe tasks: worklist, completion, compliance");
    group->require_subcommand(1);
    static TaskOptions options;
    addTaskList(group, ctx, action, options);
    addTaskDone(group, ctx, action, options);
    addTaskCompliance(group, ctx, action, options);
}

} // namespace caseledger::cli
