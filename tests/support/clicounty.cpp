#include "tests/support/clicounty.h"

#include <catch2/catch_test_macros.hpp>
#include <filesystem>
#include <fstream>
#include <map>

namespace caseledger::test {

CliCounty::CliCounty()
    : m_db((m_dir / "county.cldb").string())
{
    std::filesystem::create_directories(m_dir / "state");
    REQUIRE(run("admin", kCliAdminPw, {"init", "--admin", "admin", "--display-name", "Ada Admin"})
                .exitCode
        == 0);
}

ProcessResult CliCounty::run(const std::string& user, const std::string& password,
    std::vector<std::string> args, const std::string& newPassword)
{
    std::vector<std::string> all {"--db", m_db, "--user", user};
    all.insert(all.end(), args.begin(), args.end());
    std::map<std::string, std::string> env {
        {"CASELEDGER_PASSWORD", password}, {"CASELEDGER_STATE_DIR", (m_dir / "state").string()}};
    if (!newPassword.empty())
        env["CASELEDGER_NEW_PASSWORD"] = newPassword;
    auto r = runProcess(cliPath(), all, env);
    m_outputs += r.out + r.err;
    return r;
}

ProcessResult CliCounty::as(const std::string& user, std::vector<std::string> args)
{
    return run(user, user == "admin" ? kCliAdminPw : kCliWorkerPw, std::move(args));
}

nlohmann::json CliCounty::ok(const std::string& user, std::vector<std::string> args)
{
    args.push_back("--json");
    auto r = as(user, args);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out);
}

void CliCounty::addUser(const std::string& name, const std::string& role,
    const std::vector<std::string>& grants, const std::string& displayName)
{
    std::vector<std::string> args {"user", "add", name, "--display-name",
        displayName.empty() ? "Worker " + name : displayName, "--role", role};
    for (const auto& g : grants)
        args.insert(args.end(), {"--grant", g});
    REQUIRE(run("admin", kCliAdminPw, args, kCliFirstPw).exitCode == 0);
    REQUIRE(run(name, kCliFirstPw, {"user", "passwd"}, kCliWorkerPw).exitCode == 0);
}

std::string CliCounty::file(const std::string& name, const std::string& text) const
{
    const auto p = m_dir / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
}

} // namespace caseledger::test
