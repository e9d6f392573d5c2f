#pragma once

#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/base/error.h"
#include "core/services/workspace.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::cli {

// DESIGN §9: 0 ok, 1 usage, 2 refused (permission, validation), 3 wrong password,
// 4 damaged file, 5 conflict; 6 when the machine could not do it (disk, I/O, internal).
enum ExitCode
{
    kOk = 0,
    kUsage = 1,
    kRefused = 2,
    kWrongPassword = 3,
    kDamaged = 4,
    kConflict = 5,
    kFailed = 6
};
int exitCodeFor(core::ErrorCode code);

// Thrown by commands to stop with a message and an exit code.
struct CommandError
{
    core::Error error;
};

// The global options and what every command needs: the database, who signs in, how to
// print. Passwords come from CASELEDGER_PASSWORD, --password-file or a TTY prompt, never
// from an argument (DESIGN §9).
class CliContext
{
public:
    explicit CliContext(const core::Clock& clock)
        : m_clock(clock)
    { }

    void addGlobalOptions(CLI::App& app);

    std::string dbPath;
    std::string userName;
    std::string passwordFile;
    bool json = false;

    const core::Clock& clock() const { return m_clock; }

    // Signs in with the global options; throws CommandError on failure.
    core::Workspace& open();
    core::Session& session() { return m_session; }
    void close();

    // The sign-in password (env, file or prompt).
    std::string password();
    // A new password for someone: CASELEDGER_NEW_PASSWORD, --new-password-file, or asked twice.
    std::string newPassword(const std::string& newPasswordFile, const std::string& prompt);
    std::string readSecretFile(const std::string& path, const std::string& what);

    // Output: JSON when --json, otherwise the text.
    void print(const nlohmann::json& json, const std::string& text);
    void printTable(
        const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows);
    template<class T>
    T require(core::Result<T> result)
    {
        if (!result)
            throw CommandError {result.error()};
        return std::move(result).value();
    }

private:
    const core::Clock& m_clock;
    std::unique_ptr<core::Workspace> m_workspace;
    core::Session m_session;
};

std::string promptHidden(const std::string& prompt);

// Each command group registers its subcommands here (one file per group).
using Action = std::function<void()>;
void registerDatabaseCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerUserCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerAuditCommands(CLI::App& app, CliContext& ctx, Action& action);
// Casework (issue 3)
void registerPersonCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerCaseCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerOrderCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerWorklistCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerDemoCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerGuidelineCommands(CLI::App& app, CliContext& ctx, Action& action);
void registerFinanceCommands(CLI::App& app, CliContext& ctx, Action& action);
// Supervisor reports (issue 6)
void registerReportCommands(CLI::App& app, CliContext& ctx, Action& action);
// The finance ledger (issue 4): accrue, pay, ledger, explain, grants, rules
void registerLedgerCommands(CLI::App& app, CliContext& ctx, Action& action);

} // namespace caseledger::cli
