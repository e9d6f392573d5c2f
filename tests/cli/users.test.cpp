// caseledger-cli user ... end to end: JSON output, exit codes, passwords never in arguments.
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace caseledger::test;

namespace {
constexpr const char* kAdminPassword = "orange tractor river";
constexpr const char* kClerkPassword = "violet harbor kettle 17";

struct Cli
{
    TempDir dir;
    std::string db = (dir / "county.cldb").string();

    ProcessResult run(const std::vector<std::string>& args, const std::string& user = "mgarcia",
        const std::string& password = kAdminPassword, std::map<std::string, std::string> extra = {})
    {
        std::vector<std::string> all {"--db", db, "--user", user};
        all.insert(all.end(), args.begin(), args.end());
        extra["CASELEDGER_PASSWORD"] = password;
        extra["CASELEDGER_STATE_DIR"] = (dir / "state").string();
        return runProcess(cliPath(), all, extra);
    }
    Cli()
    {
        auto init = runProcess(cliPath(),
            {"init", "--db", db, "--admin", "mgarcia", "--recovery-code-file",
                (dir / "recovery.txt").string()},
            {{"CASELEDGER_PASSWORD", kAdminPassword},
                {"CASELEDGER_STATE_DIR", (dir / "state").string()}});
        REQUIRE(init.exitCode == 0);
    }
};
} // namespace

TEST_CASE("user add, list, role, disable through the command line", "[cli][users]")
{
    Cli cli;
    auto add = cli.run({"user", "add", "jlee", "--display-name", "Jordan Lee", "--role",
                           "supervisor", "--grant", "reveal_ssn", "--json"},
        "mgarcia", kAdminPassword, {{"CASELEDGER_NEW_PASSWORD", kClerkPassword}});
    REQUIRE(add.exitCode == 0);
    CHECK(nlohmann::json::parse(add.out)["role"] == "supervisor");

    auto list = cli.run({"user", "list", "--json"});
    REQUIRE(list.exitCode == 0);
    const auto users = nlohmann::json::parse(list.out)["users"];
    REQUIRE(users.size() == 2);
    CHECK(users[0]["name"] == "jlee");
    CHECK(users[0]["grants"] == nlohmann::json::array({"reveal_ssn"}));
    CHECK(users[0]["must_change_password"] == true);

    // A weak password is refused with the field named and exit code 2; nothing is created.
    auto weak = cli.run({"user", "add", "kim", "--display-name", "Kim", "--json"}, "mgarcia",
        kAdminPassword, {{"CASELEDGER_NEW_PASSWORD", "password1234"}});
    CHECK(weak.exitCode == 2);
    CHECK(nlohmann::json::parse(weak.out)["error"]["field"] == "password");
    auto bogusRole = cli.run({"user", "role", "jlee", "janitor"});
    CHECK(bogusRole.exitCode == 2);
    CHECK(bogusRole.err.find("role") != std::string::npos);

    REQUIRE(cli.run({"user", "role", "jlee", "caseworker"}).exitCode == 0);
    REQUIRE(cli.run({"user", "disable", "jlee"}).exitCode == 0);
    auto again = cli.run({"user", "list", "--json"});
    CHECK(nlohmann::json::parse(again.out)["users"][0]["status"] == "disabled");
    // A disabled user's slot is gone: the old password no longer opens anything.
    CHECK(cli.run({"user", "list"}, "jlee", kClerkPassword).exitCode == 3);
}

TEST_CASE("a caseworker is refused administration with exit code 2", "[cli][users][S6]")
{
    Cli cli;
    REQUIRE(cli.run({"user", "add", "jlee", "--display-name", "Jordan Lee"}, "mgarcia",
                   kAdminPassword, {{"CASELEDGER_NEW_PASSWORD", kClerkPassword}})
                .exitCode
        == 0);
    // The first sign-in must change the temporary password.
    auto blocked = cli.run({"user", "list"}, "jlee", kClerkPassword);
    CHECK(blocked.exitCode == 2);
    REQUIRE(cli.run({"user", "passwd"}, "jlee", kClerkPassword,
                   {{"CASELEDGER_NEW_PASSWORD", "my own phrase 2026"}})
                .exitCode
        == 0);
    auto denied = cli.run({"user", "add", "kim", "--display-name", "Kim", "--json"}, "jlee",
        "my own phrase 2026", {{"CASELEDGER_NEW_PASSWORD", kClerkPassword}});
    CHECK(denied.exitCode == 2);
    CHECK(nlohmann::json::parse(denied.out)["error"]["code"] == "permission_denied");
    auto log = cli.run({"audit", "log", "--json", "--limit", "20"});
    INFO(log.out << log.err);
    bool sawDenial = false;
    const auto records = nlohmann::json::parse(log.out); // alive for the whole loop
    for (const auto& r : records["records"])
        sawDenial = sawDenial
            || (r["action"] == "user.add" && r["outcome"] == "denied" && r["user"] == "jlee");
    CHECK(sawDenial);
}

TEST_CASE("passwords come from a file and never from an argument", "[cli][users]")
{
    Cli cli;
    const auto file = cli.dir / "pw.txt";
    std::ofstream(file) << kAdminPassword << "\n";
    auto byFile = runProcess(cliPath(),
        {"--db", cli.db, "--user", "mgarcia", "--password-file", file.string(), "user", "list"},
        {{"CASELEDGER_STATE_DIR", (cli.dir / "state").string()}});
    CHECK(byFile.exitCode == 0);
    CHECK(runProcess(cliPath(),
              {"--db", cli.db, "--user", "mgarcia", "--password", kAdminPassword, "user", "list"})
              .exitCode
        == 1);
    // No password and no terminal: a clear usage error, not a hang.
    auto none = runProcess(cliPath(), {"--db", cli.db, "--user", "mgarcia", "user", "list"},
        {{"CASELEDGER_STATE_DIR", (cli.dir / "state").string()}});
    CHECK(none.exitCode == 1);
    CHECK(none.err.find("CASELEDGER_PASSWORD") != std::string::npos);
}

TEST_CASE("rekey and recover through the command line", "[cli][S5]")
{
    Cli cli;
    auto rekey = cli.run({"rekey", "--json"});
    REQUIRE(rekey.exitCode == 0);
    const std::string newCode = nlohmann::json::parse(rekey.out)["recovery_code"];
    std::ofstream(cli.dir / "new-code.txt") << newCode << "\n";
    auto recovered = runProcess(cliPath(),
        {"--db", cli.db, "--user", "mgarcia", "recover", "--recovery-code-file",
            (cli.dir / "new-code.txt").string()},
        {{"CASELEDGER_NEW_PASSWORD", "a forgotten phrase returns"},
            {"CASELEDGER_STATE_DIR", (cli.dir / "state").string()}});
    REQUIRE(recovered.exitCode == 0);
    CHECK(cli.run({"audit", "verify"}, "mgarcia", "a forgotten phrase returns").exitCode == 0);
    // The code printed by init was replaced by the rekey.
    auto old = runProcess(cliPath(),
        {"--db", cli.db, "--user", "mgarcia", "recover", "--recovery-code-file",
            (cli.dir / "recovery.txt").string()},
        {{"CASELEDGER_NEW_PASSWORD", "another forgotten phrase"},
            {"CASELEDGER_STATE_DIR", (cli.dir / "state").string()}});
    CHECK(old.exitCode == 3);
}
