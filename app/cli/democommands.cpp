// demo --cases N --seed S
#include "app/cli/clicontext.h"
#include "core/cases/casenumber.h"
#include "core/services/demoservice.h"

#include <cstdlib>
#include <iostream>

namespace caseledger::cli {

void registerDemoCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    static core::DemoRequest r;
    static std::string county = "Los Angeles", passwordFile;
    auto* demo
        = app.add_subcommand("demo", "Add a generated, realistic county caseload (administrator)");
    demo->add_option("--cases", r.cases, "How many cases (default 1000)");
    demo->add_option("--seed", r.seed, "Seed: the same seed gives the same families (default 1)");
    demo->add_option("--county", county, "County: name, FIPS code or number (default Los Angeles)");
    r.ledgerYears = 2;
    demo->add_option("--ledger-years", r.ledgerYears,
        "Money history: charges and collections for this many federal fiscal years before the "
        "current one, through last month (default 2; 0 for none)");
    demo->add_option("--caseworkers", r.caseworkers, "Demo caseworker accounts (default 10)");
    demo->add_option("--supervisors", r.supervisors, "Demo supervisor accounts (default 2)");
    demo->add_option("--new-password-file", passwordFile,
        "First password of the demo accounts that are created (default: "
        "CASELEDGER_NEW_PASSWORD, else your own)");
    demo->callback([&] {
        action = [&] {
            const auto* c = core::findCounty(county);
            if (!c)
                throw CommandError {
                    {core::ErrorCode::Validation, "is not a California county", "county"}};
            r.countyFips = c->fips;
            auto& ws = ctx.open();
            // The demo accounts' first password: a file, CASELEDGER_NEW_PASSWORD, or else the
            // password of the administrator running the demo (it must be changed at first sign-in).
            bool sameAsAdmin = false;
            if (!passwordFile.empty()) {
                r.workerPassword = ctx.readSecretFile(passwordFile, "new password");
            } else if (const char* env = std::getenv("CASELEDGER_NEW_PASSWORD"); env && *env) {
                r.workerPassword = env;
            } else {
                r.workerPassword = ctx.password();
                sameAsAdmin = true;
            }
            const bool tty = !ctx.json;
            auto result = ctx.require(core::DemoService(ws).generate(
                ctx.session(), r,
                [&](std::int64_t done, std::int64_t total) {
                    if (tty)
                        std::cerr << "\r" << done << " / " << total << " cases" << std::flush;
                    return true;
                },
                [&](std::int64_t done, std::int64_t total) {
                    if (tty)
                        std::cerr << (done == 1 ? "\n" : "\r") << done << " / " << total
                                  << " payers' money history" << std::flush;
                    return true;
                }));
            if (tty)
                std::cerr << "\n";
            std::string text = "Generated " + std::to_string(result.stats.cases) + " cases with "
                + std::to_string(result.stats.people) + " people in "
                + std::to_string(result.seconds) + " s.\n";
            const auto& money = result.ledger;
            if (money.months > 0)
                text += "Money history " + result.ledgerFrom.toIso() + " to "
                    + result.ledgerThrough.lastOfMonth().toIso() + ": "
                    + std::to_string(money.collections) + " collections ("
                    + money.collected.toDisplayString() + "), " + std::to_string(money.reversals)
                    + " reversed, " + std::to_string(money.charges) + " accrual entries, in "
                    + std::to_string(result.ledgerSeconds) + " s.\n";
            if (!result.createdAccounts.empty()) {
                text += std::string("Demo worker accounts created")
                    + (sameAsAdmin ? ", with your password as their first password" : "")
                    + " (each changes it at first sign-in):\n";
                for (const auto& name : result.createdAccounts)
                    text += "  " + name + "\n";
            }
            if (!result.existingAccounts.empty()) {
                text += "Demo worker accounts already there:\n";
                for (const auto& name : result.existingAccounts)
                    text += "  " + name + "\n";
            }
            const auto& s = result.stats;
            ctx.print({{"ok", true}, {"cases", s.cases}, {"people", s.people},
                          {"children", s.children}, {"orders", s.orders}, {"tasks", s.tasks},
                          {"notes", s.notes}, {"family_violence_cases", s.familyViolenceCases},
                          {"shared_noncustodial_parents", s.sharedNoncustodialParents},
                          {"seconds", result.seconds}, {"ledger_months", money.months},
                          {"ledger_collections", money.collections},
                          {"ledger_collected_cents", money.collected.cents()},
                          {"ledger_reversals", money.reversals}, {"ledger_charges", money.charges},
                          {"ledger_seconds", result.ledgerSeconds},
                          {"created_accounts", result.createdAccounts},
                          {"existing_accounts", result.existingAccounts}},
                text);
        };
    });
}

} // namespace caseledger::cli
