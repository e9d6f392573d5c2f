// The finance ledger end to end through caseledger-cli (issue 4 item 6): accrue, pay post,
// pay import (S24, dry run), pay reverse, ledger show (CSV formula-safe, S25), explain; exit
// codes of DESIGN §9; no full SSN in any output (S13); ledger verify|rebuild (DESIGN §5).
#include "core/base/clock.h"
#include "core/services/workspace.h"
#include "core/store/database.h"
#include "tests/support/clicounty.h"
#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace caseledger::test;
using nlohmann::json;

namespace {

constexpr const char* kCanarySsn = "512-34-9876";

using Cli = CliCounty;

std::string openCase(Cli& cli)
{
    const std::string cp = cli.ok("mgarcia",
        {"person", "add", "--name", "María Hernández", "--dob", "1990-04-02", "--ssn",
            kCanarySsn})["person"]["id"];
    const std::string ncp = cli.ok("mgarcia",
        {"person", "add", "--name", "José Ramírez", "--dob", "1988-07-09"})["person"]["id"];
    const std::string child = cli.ok("mgarcia",
        {"person", "add", "--name", "Sofía Ramírez", "--dob", "2019-01-15"})["person"]["id"];
    const std::string number = cli.ok(
        "mgarcia", {"case", "open", "--cp", cp, "--ncp", ncp, "--child", child})["case"]["number"];
    cli.ok("mgarcia",
        {"order", "add", number, "--kind", "court", "--court-case-number", "26STFL04321",
            "--effective", "2026-01-01", "--current", "612.00"});
    return number;
}

// A caseworker "mgarcia" opens the case; "clerk", a financial worker, keeps its ledger.
std::string openCaseWithClerk(Cli& cli)
{
    cli.addUser("mgarcia", "caseworker");
    cli.addUser("clerk", "financial_worker");
    return openCase(cli);
}

} // namespace

TEST_CASE("A fiscal clerk accrues, posts, imports, reverses and explains on the command line",
    "[cli][finance][S24][S25]")
{
    Cli cli;
    const std::string number = openCaseWithClerk(cli);

    const auto accrued = cli.ok("clerk", {"accrue", "--through", "2026-09"});
    CHECK(accrued["charges"].get<int>() > 0);
    CHECK(cli.ok("clerk", {"accrue", "--through", "2026-09"})["charges"] == 0);

    const auto posted = cli.ok("clerk",
        {"pay", "post", "--receipt", "R-1", "--obligor", number, "--amount", "300.00", "--date",
            "2026-09-15", "--source", "wage_withholding"});
    CHECK(posted["already_posted"] == false);
    CHECK(posted["family_cents"] == 30000);
    CHECK(posted["lines"][0]["bucket"] == "current_child");
    CHECK(cli.ok("clerk",
              {"pay", "post", "--receipt", "R-1", "--obligor", number, "--amount", "300.00",
                  "--date", "2026-09-15", "--source", "wage_withholding"})["already_posted"]
        == true);

    const std::string header = "receipt_id,obligor,amount,date,source\n";
    const auto bad = cli.file("bad.csv",
        header + "B-1," + number + ",10.00,2026-09-16,direct\nB-2," + number
            + ",1e3,2026-09-16,direct\n");
    auto refused = cli.run("clerk", kCliWorkerPw, {"pay", "import", bad});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("row 3") != std::string::npos);
    CHECK(refused.err.find("amount") != std::string::npos);

    const auto good = cli.file("good.csv",
        header + "B-1," + number + ",10.00,2026-09-16,direct\nB-2," + number
            + ",20.00,2026-09-17,direct\n");
    const auto preview = cli.ok("clerk", {"pay", "import", good, "--dry-run"});
    CHECK(preview["dry_run"] == true);
    CHECK(preview["total_cents"] == 3000);
    CHECK(cli.ok("clerk", {"pay", "import", good})["posted"] == 2);
    CHECK(cli.ok("clerk", {"pay", "import", good})["already_posted"] == 2);

    const auto reversed = cli.ok("clerk", {"pay", "reverse", "R-1", "--reason", "check returned"});
    CHECK(reversed["overpayment_receivable_cents"] == 30000);

    const auto explained = cli.ok("mgarcia", {"explain", "R-1"});
    CHECK(explained["collection"]["status"] == "reversed");
    CHECK(explained["lines"].size() == 2);
    CHECK(explained["lines"][0]["rule"].get<std::string>().find("302.51") != std::string::npos);

    const auto csvPath = cli.file("ledger.csv", "");
    const auto shown = cli.ok("mgarcia", {"ledger", "show", number, "--csv", csvPath});
    CHECK(shown["owed_cents"].get<std::int64_t>() > 0);
    std::ifstream in(csvPath);
    std::string line;
    bool sawNeutralized = false;
    while (std::getline(in, line)) {
        REQUIRE_FALSE(line.empty());
        CHECK(std::string("=+-@").find(line.front()) == std::string::npos);
        // Unquoted money cells: a negative amount starts with '-', so it is written '-...
        CHECK(line.find(",-") == std::string::npos);
        sawNeutralized = sawNeutralized || line.find(",'-") != std::string::npos;
    }
    CHECK(sawNeutralized); // the reversal's "-300.00" is written as text (S25)

    // Exit codes (DESIGN §9): refused by role 2, unknown case 2, usage 1.
    CHECK(
        cli.run("mgarcia", kCliWorkerPw, {"rules", "change", good, "--reason", "x"}).exitCode == 2);
    CHECK(cli.run("clerk", kCliWorkerPw, {"ledger", "show", "19-9999999"}).exitCode == 2);
    CHECK(cli.run("clerk", kCliWorkerPw, {"accrue"}).exitCode == 1);
    CHECK(cli.outputs().find(kCanarySsn) == std::string::npos);
    CHECK(cli.outputs().find("512349876") == std::string::npos);
}

TEST_CASE("ledger verify checks the kept balances, names a difference, and rebuild mends it",
    "[cli][finance][verify]")
{
    Cli cli;
    const std::string number = openCaseWithClerk(cli);
    cli.ok("clerk", {"accrue", "--through", "2026-09"});
    cli.ok("clerk",
        {"pay", "post", "--receipt", "V-1", "--obligor", number, "--amount", "1000.00", "--date",
            "2026-09-15"});
    const auto intact = cli.ok("clerk", {"ledger", "verify"});
    CHECK(intact["ok"] == true);
    CHECK(intact["cases"] == 1);
    CHECK(intact["differences"] == 0);
    CHECK(intact["installment_balances"].get<int>() > 0);
    const auto said = cli.as("clerk", {"ledger", "verify"});
    CHECK(said.exitCode == 0);
    CHECK(said.out.find("The kept balances agree with the ledger: 1 case,") != std::string::npos);

    { // An installment's kept balance changed behind the services' back.
        caseledger::core::SystemClock clock;
        auto opened = caseledger::core::Workspace::unlock(
            cli.database(), "admin", kCliAdminPw, clock, cli.path("state"));
        REQUIRE(opened.ok());
        opened->workspace->db().exec("UPDATE installment_balance SET unpaid_cents = "
                                     "unpaid_cents + 1 WHERE installment_due = '2026-01-01'");
    }
    const auto damaged = cli.as("clerk", {"ledger", "verify"});
    CHECK(damaged.exitCode == 4); // DESIGN §9: a damaged file
    CHECK(damaged.out.find("DIFFER from the ledger in 1 sum (") != std::string::npos);
    CHECK(damaged.out.find(number) != std::string::npos);
    CHECK(damaged.out.find("installment 2026-01-01") != std::string::npos);
    CHECK(damaged.err.find("ledger rebuild --reason") != std::string::npos);

    // Only an administrator rebuilds, and only with a reason.
    CHECK(cli.as("clerk", {"ledger", "rebuild", "--reason", "mend"}).exitCode == 2);
    CHECK(cli.as("admin", {"ledger", "rebuild"}).exitCode == 1);
    const auto rebuilt = cli.ok("admin", {"ledger", "rebuild", "--reason", "verify found 1"});
    CHECK(rebuilt["installment_balances"] == intact["installment_balances"]);
    CHECK(cli.ok("clerk", {"ledger", "verify"})["ok"] == true);
    CHECK(cli.as("admin", {"audit", "verify"}).exitCode == 0);
}
