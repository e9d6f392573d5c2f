// user list|add|passwd|disable|enable|role
#include "app/cli/clicontext.h"
#include "core/base/text.h"
#include "core/services/userservice.h"

namespace caseledger::cli {

namespace {

core::Role roleFrom(const std::string& name)
{
    auto role = core::parseRole(name);
    if (!role)
        throw CommandError{{core::ErrorCode::Validation,
                            "unknown role '" + name
                                + "'; one of caseworker, supervisor, financial_worker, auditor, administrator",
                            "role"}};
    return *role;
}

core::Grants grantsFrom(const std::vector<std::string>& names)
{
    core::Grants grants = 0;
    for (const auto& n : names) {
        auto g = core::parseGrant(n);
        if (!g)
            throw CommandError{{core::ErrorCode::Validation,
                                "unknown grant '" + n + "'; one of reveal_ssn, override_family_violence, view_federal_tax_info",
                                "grant"}};
        grants |= static_cast<core::Grants>(*g);
    }
    return grants;
}

std::vector<std::string> grantNames(core::Grants grants)
{
    std::vector<std::string> names;
    for (auto g : core::kAllGrants)
        if (core::hasGrant(grants, g))
            names.emplace_back(core::grantName(g));
    return names;
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ",") + p;
    return out.empty() ? "-" : out;
}

} // namespace

void registerUserCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* user = app.add_subcommand("user", "Manage user accounts");
    user->require_subcommand(1);

    user->add_subcommand("list", "List user accounts")->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            auto users = ctx.require(core::UserService(ws).list(ctx.session()));
            nlohmann::json list = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& u : users) {
                const std::string status = u.disabled ? "disabled" : (!u.hasKeySlot ? "needs password" : "active");
                list.push_back({{"name", u.name}, {"display_name", u.displayName}, {"role", core::roleName(u.role)},
                                {"grants", grantNames(u.grants)}, {"status", status},
                                {"must_change_password", u.mustChangePassword}});
                rows.push_back({u.name, u.displayName, std::string(core::roleName(u.role)), joined(grantNames(u.grants)), status});
            }
            if (ctx.json)
                ctx.print({{"users", list}}, "");
            else
                ctx.printTable({"NAME", "DISPLAY NAME", "ROLE", "GRANTS", "STATUS"}, rows);
        };
    });

    auto* add = user->add_subcommand("add", "Create a user account (administrator)");
    static std::string addName, addDisplay, addRole = "caseworker", addPasswordFile;
    static std::vector<std::string> addGrants;
    add->add_option("name", addName, "Sign-in name")->required();
    add->add_option("--display-name", addDisplay, "Full name")->required();
    add->add_option("--role", addRole, "caseworker, supervisor, financial_worker, auditor or administrator");
    add->add_option("--grant", addGrants, "reveal_ssn, override_family_violence, view_federal_tax_info");
    add->add_option("--new-password-file", addPasswordFile, "Read the first password from this file");
    add->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            core::NewUserRequest r{addName, addDisplay, roleFrom(addRole), grantsFrom(addGrants), {}};
            r.password = ctx.newPassword(addPasswordFile, "First password for " + addName);
            auto u = ctx.require(core::UserService(ws).add(ctx.session(), r));
            ctx.print({{"ok", true}, {"name", u.name}, {"role", core::roleName(u.role)}},
                      "Created " + std::string(core::roleName(u.role)) + " " + u.name
                          + "; the password must be changed at first sign-in.");
        };
    });

    auto* passwd = user->add_subcommand("passwd", "Change your password, or set another user's (administrator)");
    static std::string passwdName, passwdFile;
    passwd->add_option("name", passwdName, "Whose password (default: your own)");
    passwd->add_option("--new-password-file", passwdFile, "Read the new password from this file");
    passwd->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            core::UserService users(ws);
            if (passwdName.empty() || core::text::toLowerAscii(passwdName) == ctx.session().userName) {
                const std::string current = ctx.password();
                const std::string next = ctx.newPassword(passwdFile, "New password");
                ctx.require(users.changeOwnPassword(ctx.session(), current, next));
                ctx.print({{"ok", true}}, "Your password was changed.");
            } else {
                const std::string next = ctx.newPassword(passwdFile, "Temporary password for " + passwdName);
                ctx.require(users.resetPassword(ctx.session(), passwdName, next));
                ctx.print({{"ok", true}}, "A temporary password was set; " + passwdName + " must change it at next sign-in.");
            }
        };
    });

    auto* disable = user->add_subcommand("disable", "Disable an account and revoke its key slot (administrator)");
    static std::string disableName;
    disable->add_option("name", disableName, "Sign-in name")->required();
    disable->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            ctx.require(core::UserService(ws).disable(ctx.session(), disableName));
            ctx.print({{"ok", true}}, disableName + " is disabled; their key slot was removed.");
        };
    });

    auto* enable = user->add_subcommand("enable", "Enable an account with a temporary password (administrator)");
    static std::string enableName, enableFile;
    enable->add_option("name", enableName, "Sign-in name")->required();
    enable->add_option("--new-password-file", enableFile, "Read the temporary password from this file");
    enable->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            const std::string pw = ctx.newPassword(enableFile, "Temporary password for " + enableName);
            ctx.require(core::UserService(ws).enable(ctx.session(), enableName, pw));
            ctx.print({{"ok", true}}, enableName + " is enabled with a temporary password.");
        };
    });

    auto* role = user->add_subcommand("role", "Change a user's role and grants (administrator)");
    static std::string roleUser, roleNameArg;
    static std::vector<std::string> roleGrants;
    role->add_option("name", roleUser, "Sign-in name")->required();
    role->add_option("role", roleNameArg, "The new role")->required();
    role->add_option("--grant", roleGrants, "Grants to hold (replaces the current ones)");
    role->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            ctx.require(core::UserService(ws).setRole(ctx.session(), roleUser, roleFrom(roleNameArg), grantsFrom(roleGrants)));
            ctx.print({{"ok", true}}, roleUser + " is now " + roleNameArg + ".");
        };
    });
}

} // namespace caseledger::cli
