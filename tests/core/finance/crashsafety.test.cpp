// SECURITY S18 (a kill -9 during batch posting leaves every posting whole or absent, the audit
// chain intact) and S19 (a full disk fails a posting cleanly, nothing partially written).
#include "core/audit/auditverifier.h"
#include "tests/core/finance/ledgerfixture.h"

#include <catch2/catch_test_macros.hpp>
#include <chrono>
#include <csignal>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

// The child: posts batches of five collections until killed, writing each batch's first
// receipt id to the pipe once its transaction committed (the acknowledgement).
[[noreturn]] void postUntilKilled(LedgerSetup& s, int iteration, int ackFd)
{
    try {
        PaymentService pay(s.t.ws());
        for (int b = 0;; ++b) {
            std::string csv = "receipt_id,obligor,amount,date,source\n";
            for (int k = 0; k < 5; ++k)
                csv += "K" + std::to_string(iteration) + "-" + std::to_string(b) + "-"
                    + std::to_string(k) + "," + s.caseNumber() + "," + std::to_string(7 + k)
                    + ".25,2025-01-" + std::to_string(10 + k) + ",wage_withholding\n";
            if (!pay.importCsv(s.fiscal, csv, false))
                _exit(3);
            const std::string ack
                = "K" + std::to_string(iteration) + "-" + std::to_string(b) + "\n";
            if (write(ackFd, ack.data(), ack.size()) < 0)
                _exit(4);
        }
    } catch (...) {
        _exit(5);
    }
}

std::set<std::string> readAcks(int fd)
{
    std::string all;
    char buf[4096];
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;)
        all.append(buf, static_cast<std::size_t>(n));
    std::set<std::string> acks;
    for (std::size_t at = 0, nl; (nl = all.find('\n', at)) != std::string::npos; at = nl + 1)
        acks.insert(all.substr(at, nl - at));
    return acks;
}

// After a crash: a fresh connection finds the file sound, the chain verified, every
// acknowledged batch whole and no collection half posted.
void checkAfterCrash(LedgerSetup& s, const std::set<std::string>& acked)
{
    auto db = Database::open(s.t.dbPath(), s.t.ws().dataKey(), Database::Mode::OpenExisting);
    REQUIRE(db->queryText("PRAGMA integrity_check") == "ok");
    const auto audit = verifyAuditLog(*db, s.t.ws().auditKey(), s.t.ws().databaseId());
    INFO(audit.detail);
    REQUIRE(audit.ok);
    // No half posting: every collection's lines add up to it, and every batch has 5 rows.
    CHECK(db->queryInt64("SELECT count(*) FROM collection c WHERE amount_cents <> "
                         "(SELECT coalesce(sum(amount_cents), 0) FROM allocation_line l "
                         "WHERE l.collection_id = c.id)")
        == 0);
    CHECK(db->queryInt64("SELECT count(*) FROM payment_batch b WHERE row_count <> "
                         "(SELECT count(*) FROM collection c WHERE c.batch_id = b.id)")
        == 0);
    for (const auto& a : acked) {
        auto q = db->prepare("SELECT count(*) FROM collection WHERE receipt_id LIKE ?1");
        q.bind(1, a + "-%");
        REQUIRE(q.step());
        CHECK(q.int64(0) == 5);
    }
}

} // namespace

TEST_CASE("S18: kill -9 during batch posting, 200 times: whole or absent, audit verifies",
    "[finance][S18]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 1, 20));
    s.accrue(2025, 1);
    std::mt19937 rng(20250120);
    std::uniform_int_distribution<int> delayUs(1'000, 120'000);
    const auto start = std::chrono::steady_clock::now();
    std::size_t acknowledged = 0;
    for (int i = 0; i < 200; ++i) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            close(fds[0]);
            postUntilKilled(s, i, fds[1]); // the parent's connection stays idle meanwhile
        }
        close(fds[1]);
        usleep(static_cast<useconds_t>(delayUs(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        const auto acked = readAcks(fds[0]);
        close(fds[0]);
        INFO("iteration " << i);
        REQUIRE(WIFSIGNALED(status)); // killed while posting, not failed
        acknowledged += acked.size();
        checkAfterCrash(s, acked);
    }
    CHECK(acknowledged > 0);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    WARN(
        "S18: 200 kills, " << acknowledged << " acknowledged batches, " << seconds.count() << " s");
}

TEST_CASE("S19: a full disk fails a posting cleanly and writes nothing", "[finance][S19]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 1, 20));
    s.accrue(2025, 1);
    auto& db = s.t.ws().db();
    const auto collections = s.count("collection");
    const auto lines = s.count("allocation_line");
    const auto audit = s.t.ws().audit().headSeq();
    const auto changes = db.queryInt64("SELECT count(*) FROM change_log");
    // The file may not grow: the next page the posting needs is refused (SQLITE_FULL).
    db.exec("PRAGMA max_page_count = " + std::to_string(db.queryInt64("PRAGMA page_count")));
    std::string csv = "receipt_id,obligor,amount,date,source\n";
    for (int k = 0; k < 400; ++k)
        csv += "F-" + std::to_string(k) + "," + s.caseNumber() + ",1.00,2025-01-15,direct\n";
    auto r = PaymentService(s.t.ws()).importCsv(s.fiscal, csv, false);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::DiskFull);
    db.exec("PRAGMA max_page_count = 1073741823");
    CHECK(s.count("collection") == collections);
    CHECK(s.count("allocation_line") == lines);
    CHECK(db.queryInt64("SELECT count(*) FROM change_log") == changes);
    CHECK(s.t.ws().audit().headSeq() <= audit + 1); // at most the refusal
    CHECK(db.queryText("PRAGMA integrity_check") == "ok");
    // And the next posting, with room again, works.
    s.post("F-OK", 1'00, Date::fromYmd(2025, 1, 15));
}
