// End to end through caseledger-cli, as a supervisor's script would use it.
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace caseledger::test;

namespace {
constexpr const char* kPassword = "orange tractor river";

std::map<std::string, std::string> envFor(const TempDir& dir, const std::string& password = kPassword)
{
    return {{"CASELEDGER_PASSWORD", password}, {"CASELEDGER_STATE_DIR", (dir / "state").string()}};
}
} // namespace

TEST_CASE("init then audit verify --json reports a valid chain", "[cli][audit]")
{
    TempDir dir;
    const auto db = (dir / "data" / "county.cldb").string();
    std::filesystem::create_directories(dir / "data");
    auto init = runProcess(cliPath(), {"init", "--db", db, "--admin", "mgarcia", "--display-name", "María García"},
                           envFor(dir));
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.find("recovery code") != std::string::npos);

    auto verify = runProcess(cliPath(), {"--db", db, "--user", "mgarcia", "audit", "verify", "--json"}, envFor(dir));
    REQUIRE(verify.exitCode == 0);
    const auto j = nlohmann::json::parse(verify.out);
    CHECK(j["ok"] == true);
    CHECK(j["records_checked"].get<int>() >= 3); // init, login, logout of init
}

TEST_CASE("a wrong password exits 3 with a clear message", "[cli][S3]")
{
    TempDir dir;
    const auto db = (dir / "county.cldb").string();
    REQUIRE(runProcess(cliPath(), {"init", "--db", db, "--admin", "mgarcia"}, envFor(dir)).exitCode == 0);
    auto wrong = runProcess(cliPath(), {"--db", db, "--user", "mgarcia", "user", "list"}, envFor(dir, "orange tractor rivet"));
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.find("wrong user name or password") != std::string::npos);
    CHECK(wrong.err.find("corrupt") == std::string::npos);
}

TEST_CASE("usage errors exit 1 and a missing database is refused", "[cli]")
{
    TempDir dir;
    CHECK(runProcess(cliPath(), {"no-such-command"}, envFor(dir)).exitCode == 1);
    auto missing = runProcess(cliPath(), {"--db", (dir / "none.cldb").string(), "--user", "x", "user", "list", "--json"},
                              envFor(dir));
    CHECK(missing.exitCode == 2);
    CHECK(nlohmann::json::parse(missing.out)["error"]["code"] == "not_found");
}
