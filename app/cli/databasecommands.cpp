// init, rekey, recover, policy: the database itself.
#include "app/cli/clicontext.h"
#include "core/services/databaseservice.h"
#include "core/store/atomicfile.h"

#include <cstdlib>
#include <iostream>

namespace caseledger::cli {

namespace {

void deliverRecoveryCode(CliContext& ctx, const std::string& code, const std::string& file, nlohmann::json& out)
{
    if (!file.empty()) {
        core::writeFileAtomically(file, code + "\n");
        out["recovery_code_file"] = file;
    } else {
        out["recovery_code"] = code;
    }
    if (!ctx.json) {
        if (file.empty())
            std::cout << "Agency recovery code (shown once; print it and keep it in the agency's safe):\n  " << code
                      << "\n";
        else
            std::cout << "Agency recovery code written to " << file << " -- move it to the agency's safe.\n";
    }
}

} // namespace

void registerDatabaseCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* init = app.add_subcommand("init", "Create an encrypted database and its first administrator");
    static std::string admin, displayName, agency, recoveryFile, deviceName;
    init->add_option("--admin", admin, "The administrator's user name")->required();
    init->add_option("--display-name", displayName, "The administrator's full name");
    init->add_option("--agency", agency, "The agency's name, e.g. 'Fresno County DCSS'");
    init->add_option("--device-name", deviceName, "A name for this desktop");
    init->add_option("--recovery-code-file", recoveryFile, "Write the agency recovery code to this file");
    init->callback([&] {
        action = [&] {
            if (ctx.dbPath.empty())
                throw CommandError{{core::ErrorCode::Usage, "give --db PATH for the new database", "db"}};
            core::CreateRequest request;
            request.adminName = admin;
            request.adminDisplayName = displayName;
            request.agencyName = agency;
            if (!deviceName.empty())
                request.deviceName = deviceName;
            ctx.userName = admin;
            // The administrator's password: CASELEDGER_PASSWORD, --password-file, or asked twice.
            if (const char* env = std::getenv("CASELEDGER_PASSWORD"); env && *env)
                request.adminPassword = env;
            else
                request.adminPassword = ctx.newPassword(ctx.passwordFile, "Password for " + admin);
            auto created = ctx.require(core::Workspace::create(ctx.dbPath, request, ctx.clock()));
            nlohmann::json out = {{"ok", true}, {"database", ctx.dbPath}, {"admin", created.session.userName},
                                  {"database_id", created.workspace->databaseId().toString()}};
            if (!ctx.json)
                std::cout << "Created " << ctx.dbPath << " with administrator " << created.session.userName << "\n";
            deliverRecoveryCode(ctx, created.recoveryCode, recoveryFile, out);
            created.workspace->signOut(created.session);
            if (ctx.json)
                ctx.print(out, "");
        };
    });

    auto* rekey = app.add_subcommand("rekey", "Rotate the database key (administrator)");
    static std::string rekeyRecoveryFile;
    rekey->add_option("--recovery-code-file", rekeyRecoveryFile, "Write the new recovery code to this file");
    rekey->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            const std::string pw = ctx.password();
            auto result = ctx.require(core::DatabaseService(ws).rekey(ctx.session(), pw));
            nlohmann::json out = {{"ok", true}, {"revoked_slots", result.revokedSlots}};
            if (!ctx.json) {
                std::cout << "The database key was rotated.\n";
                if (!result.revokedSlots.empty()) {
                    std::cout << "These users need a new password from an administrator (user enable / user passwd):\n";
                    for (const auto& name : result.revokedSlots)
                        std::cout << "  " << name << "\n";
                }
            }
            deliverRecoveryCode(ctx, result.recoveryCode, rekeyRecoveryFile, out);
            if (ctx.json)
                ctx.print(out, "");
        };
    });

    auto* recover = app.add_subcommand("recover", "Give an administrator a new password with the agency recovery code");
    static std::string codeFile, newPasswordFile;
    recover->add_option("--recovery-code-file", codeFile, "The file holding the recovery code")->required();
    recover->add_option("--new-password-file", newPasswordFile, "Read the new password from this file");
    recover->callback([&] {
        action = [&] {
            if (ctx.dbPath.empty() || ctx.userName.empty())
                throw CommandError{{core::ErrorCode::Usage, "give --db PATH and --user ADMINISTRATOR"}};
            const std::string code = ctx.readSecretFile(codeFile, "recovery code");
            const std::string pw = ctx.newPassword(newPasswordFile, "New password for " + ctx.userName);
            auto opened = ctx.require(core::Workspace::recover(ctx.dbPath, code, ctx.userName, pw, ctx.clock()));
            opened.workspace->signOut(opened.session);
            ctx.print({{"ok", true}, {"user", opened.session.userName}},
                      "A new password was set for " + opened.session.userName + ".");
        };
    });

    auto* policy = app.add_subcommand("policy", "Show or change the sign-in and idle-lock policy");
    policy->require_subcommand(1);
    auto* show = policy->add_subcommand("show", "Show the policy");
    show->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            auto p = ctx.require(core::DatabaseService(ws).policy(ctx.session()));
            ctx.print({{"lockout_threshold", p.lockout.threshold},
                       {"lockout_minutes", p.lockout.minutes},
                       {"idle_lock_minutes", p.idleLockMinutes}},
                      "Lock an account after " + std::to_string(p.lockout.threshold) + " failed sign-ins for "
                          + std::to_string(p.lockout.minutes) + " minutes.\nLock the screen after "
                          + std::to_string(p.idleLockMinutes) + " idle minutes.");
        };
    });
    auto* set = policy->add_subcommand("set", "Change the policy (administrator)");
    static int threshold = 0, lockMinutes = 0, idleMinutes = 0;
    set->add_option("--lockout-threshold", threshold, "Failed sign-ins before an account locks (3-10)");
    set->add_option("--lockout-minutes", lockMinutes, "How long a locked account stays locked");
    set->add_option("--idle-lock-minutes", idleMinutes, "Idle minutes before the screen locks (1-15)");
    set->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            core::DatabaseService service(ws);
            auto p = ctx.require(service.policy(ctx.session()));
            if (threshold)
                p.lockout.threshold = threshold;
            if (lockMinutes)
                p.lockout.minutes = lockMinutes;
            if (idleMinutes)
                p.idleLockMinutes = idleMinutes;
            ctx.require(service.setPolicy(ctx.session(), p));
            ctx.print({{"ok", true}}, "Policy changed.");
        };
    });
}

} // namespace caseledger::cli
