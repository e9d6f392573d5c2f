#include "app/cli/clicontext.h"

#include "core/base/text.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#ifndef _WIN32
#include <termios.h>
#include <unistd.h>
#endif

namespace caseledger::cli {

int exitCodeFor(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::Usage: return kUsage;
    case ErrorCode::PermissionDenied:
    case ErrorCode::Validation:
    case ErrorCode::NotFound: return kRefused;
    case ErrorCode::WrongPassword:
    case ErrorCode::AccountLocked: return kWrongPassword;
    case ErrorCode::Damaged: return kDamaged;
    case ErrorCode::Conflict: return kConflict;
    default: return kFailed;
    }
}

void CliContext::addGlobalOptions(CLI::App& app)
{
    app.add_option("--db", dbPath, "The database file")->envname("CASELEDGER_DB");
    app.add_option("--user", userName, "Who signs in")->envname("CASELEDGER_USER");
    app.add_option("--password-file", passwordFile, "Read the password from the first line of this file");
    app.add_flag("--json", json, "Machine-readable output");
}

std::string promptHidden(const std::string& prompt)
{
#ifdef _WIN32
    std::cerr << prompt << std::flush;
    std::string line;
    std::getline(std::cin, line);
    return line;
#else
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        throw CommandError{{core::ErrorCode::Usage,
                            "no terminal to ask for a password: use --password-file or CASELEDGER_PASSWORD"}};
    std::fputs(prompt.c_str(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTerm = tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios silent = old;
        silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line += static_cast<char>(c);
    if (haveTerm)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    return line;
#endif
}

std::string CliContext::readSecretFile(const std::string& path, const std::string& what)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CommandError{{core::ErrorCode::Usage, "cannot read the " + what + " file " + path}};
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

std::string CliContext::password()
{
    if (const char* env = std::getenv("CASELEDGER_PASSWORD"); env && *env)
        return env;
    if (!passwordFile.empty())
        return readSecretFile(passwordFile, "password");
    return promptHidden("Password for " + userName + ": ");
}

std::string CliContext::newPassword(const std::string& newPasswordFile, const std::string& prompt)
{
    if (const char* env = std::getenv("CASELEDGER_NEW_PASSWORD"); env && *env)
        return env;
    if (!newPasswordFile.empty())
        return readSecretFile(newPasswordFile, "new password");
    const std::string first = promptHidden(prompt + ": ");
    const std::string second = promptHidden("Again: ");
    if (first != second)
        throw CommandError{{core::ErrorCode::Validation, "the two passwords differ", "password"}};
    return first;
}

core::Workspace& CliContext::open()
{
    if (m_workspace)
        return *m_workspace;
    if (dbPath.empty())
        throw CommandError{{core::ErrorCode::Usage, "which database? give --db PATH or set CASELEDGER_DB", "db"}};
    if (userName.empty())
        throw CommandError{{core::ErrorCode::Usage, "who signs in? give --user NAME or set CASELEDGER_USER", "user"}};
    auto opened = core::Workspace::unlock(dbPath, userName, password(), m_clock);
    if (!opened)
        throw CommandError{opened.error()};
    m_workspace = std::move(opened->workspace);
    m_session = opened->session;
    if (m_session.mustChangePassword && !json)
        std::cerr << "note: your password was set by an administrator; change it with 'caseledger-cli user passwd'\n";
    return *m_workspace;
}

void CliContext::close()
{
    if (m_workspace)
        m_workspace->signOut(m_session);
    m_workspace.reset();
}

void CliContext::print(const nlohmann::json& j, const std::string& text)
{
    if (json)
        std::cout << j.dump(2) << "\n";
    else if (!text.empty())
        std::cout << text << (text.back() == '\n' ? "" : "\n");
}

void CliContext::printTable(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths(headers.size());
    for (std::size_t i = 0; i < headers.size(); ++i)
        widths[i] = core::text::codePointCount(headers[i]);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], core::text::codePointCount(row[i]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
            out += cells[i];
            if (i + 1 < cells.size())
                out += std::string(widths[i] - core::text::codePointCount(cells[i]) + 2, ' ');
        }
        std::cout << out << "\n";
    };
    line(headers);
    for (const auto& row : rows)
        line(row);
}

} // namespace caseledger::cli
