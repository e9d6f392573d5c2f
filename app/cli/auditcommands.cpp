// audit verify|log
#include "app/cli/clicontext.h"
#include "core/services/auditservice.h"

#include <iostream>

namespace caseledger::cli {

void registerAuditCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* audit = app.add_subcommand("audit", "Verify and read the audit log");
    audit->require_subcommand(1);

    audit->add_subcommand("verify", "Check the audit chain and its signed checkpoints")->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            auto v = ctx.require(core::AuditService(ws).verify(ctx.session()));
            nlohmann::json out = {{"ok", v.ok}, {"records_checked", v.checked}, {"checkpoints_verified", v.checkpoints}};
            if (!v.ok) {
                out["first_bad_seq"] = *v.firstBadSeq;
                out["fault"] = v.fault;
                out["detail"] = v.detail;
            }
            ctx.print(out, v.ok ? "The audit log is intact: " + std::to_string(v.checked) + " records, "
                                      + std::to_string(v.checkpoints) + " signed checkpoints."
                                : "The audit log is NOT intact: record " + std::to_string(*v.firstBadSeq) + " is "
                                      + v.fault + ". " + v.detail);
            if (!v.ok)
                throw CommandError{{core::ErrorCode::Damaged, "audit chain broken at record " + std::to_string(*v.firstBadSeq)}};
        };
    });

    auto* log = audit->add_subcommand("log", "Show the latest audit records");
    static int limit = 50;
    log->add_option("--limit", limit, "How many records")->check(CLI::Range(1, 100000));
    log->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            auto records = ctx.require(core::AuditService(ws).latest(ctx.session(), limit));
            nlohmann::json list = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& r : records) {
                list.push_back({{"seq", r.seq}, {"at", r.atUtc}, {"user", r.userName}, {"action", r.action},
                                {"outcome", r.outcome}, {"object_type", r.objectType}, {"object_id", r.objectId},
                                {"description", r.description}});
                rows.push_back({std::to_string(r.seq), r.atUtc, r.userName, r.action, r.outcome,
                                r.objectType + (r.objectId.empty() ? "" : ":" + r.objectId), r.description});
            }
            if (ctx.json)
                ctx.print({{"records", list}}, "");
            else
                ctx.printTable({"SEQ", "AT (UTC)", "USER", "ACTION", "OUTCOME", "OBJECT", "DESCRIPTION"}, rows);
        };
    });
}

} // namespace caseledger::cli
