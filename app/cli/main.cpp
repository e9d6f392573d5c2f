// caseledger-cli: the scripting face of CaseLedger (DESIGN §9). main() only wires.
#include "app/cli/clicontext.h"

#include <iostream>

int main(int argc, char** argv)
{
    using namespace caseledger;
    core::SystemClock clock;
    cli::CliContext ctx(clock);
    CLI::App app {"CaseLedger command line: child support case management for California LCSAs"};
    app.set_version_flag("--version", std::string("caseledger-cli ") + CASELEDGER_VERSION);
    app.require_subcommand(1);
    app.fallthrough(); // global options may follow the subcommand: "user list --json"
    ctx.addGlobalOptions(app);

    cli::Action action;
    cli::registerDatabaseCommands(app, ctx, action);
    cli::registerUserCommands(app, ctx, action);
    cli::registerAuditCommands(app, ctx, action);
    cli::registerPersonCommands(app, ctx, action);
    cli::registerCaseCommands(app, ctx, action);
    cli::registerOrderCommands(app, ctx, action);
    cli::registerWorklistCommands(app, ctx, action);
    cli::registerDemoCommands(app, ctx, action);
    cli::registerGuidelineCommands(app, ctx, action);
    cli::registerFinanceCommands(app, ctx, action);
    cli::registerReportCommands(app, ctx, action);
    cli::registerLedgerCommands(app, ctx, action);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : cli::kUsage;
    }
    try {
        if (action)
            action();
        ctx.close();
        return cli::kOk;
    } catch (const cli::CommandError& e) {
        ctx.close();
        if (ctx.json) {
            nlohmann::json j = {{"ok", false},
                {"error",
                    {{"code", core::errorCodeName(e.error.code)}, {"message", e.error.message}}}};
            if (!e.error.field.empty())
                j["error"]["field"] = e.error.field;
            std::cout << j.dump(2) << "\n";
        } else {
            std::cerr << "caseledger-cli: " << (e.error.field.empty() ? "" : e.error.field + ": ")
                      << e.error.message << "\n";
        }
        return cli::exitCodeFor(e.error.code);
    } catch (const core::Failure& f) {
        ctx.close();
        std::cerr << "caseledger-cli: " << f.error().message << "\n";
        return cli::exitCodeFor(f.code());
    }
}
