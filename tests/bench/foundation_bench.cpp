// Figures for the foundation: how long a sign-in takes (the key slot's KDF, by design
// >= 0.25 s), opening the database after the key is known, writing and verifying audit
// records. Prints figures; asserts nothing (STYLE: a benchmark is not a test).
#include "core/audit/auditverifier.h"
#include "core/services/workspace.h"
#include "core/store/keyring.h"
#include "tests/support/testworkspace.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace caseledger;
using namespace caseledger::core;
using Seconds = std::chrono::duration<double>;

namespace {
template<class Fn>
double timed(Fn&& fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return Seconds(std::chrono::steady_clock::now() - start).count();
}
} // namespace

int main(int argc, char** argv)
{
    const long records = argc > 1 ? std::atol(argv[1]) : 200000;
    test::TestWorkspace t;
    const auto dbPath = t.dbPath();
    t.close();
    const auto ring = Keyring::load(Keyring::pathFor(dbPath));

    std::optional<SecureBytes> key;
    const double slot = timed([&] { key = ring.unlockUser("admin", test::kAdminPassword); });
    const double open = timed([&] { auto db = Database::open(dbPath, *key, Database::Mode::OpenExisting); });
    const double signIn = timed([&] { t.reopenAsAdmin(); });
    std::printf("key slot unlock (PBKDF2-HMAC-SHA-512, %u iterations): %.3f s\n", ring.iterationsFor("admin"), slot);
    std::printf("database open after unlock (key, pragmas, first read): %.4f s\n", open);
    std::printf("full sign-in (slot + open + migrate check + audit): %.3f s\n", signIn);

    auto& ws = t.ws();
    const double append = timed([&] {
        Transaction tx(ws.db());
        for (long i = 0; i < records; ++i) {
            AuditEntry e{t.clock().now(), ws.hlc().tick(), "admin", "bench.append", AuditOutcome::Ok, "thing",
                         std::to_string(i), "benchmark record"};
            ws.audit().append(e);
        }
        tx.commit();
    });
    std::printf("audit append: %ld records in %.2f s = %.0f records/s (one transaction)\n", records, append,
                records / append);

    // Floor in the same run: the same rows into a plain table with a prepared statement.
    ws.db().exec("CREATE TABLE bench_floor (a TEXT, b INTEGER, c TEXT, d TEXT, e BLOB, f BLOB)");
    const double floor = timed([&] {
        Transaction tx(ws.db());
        auto s = ws.db().prepare("INSERT INTO bench_floor VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        const crypto::Bytes mac(32, 7);
        for (long i = 0; i < records; ++i) {
            s.bind(1, "2026-11-22T12:00:00.000Z").bind(2, std::int64_t{i}).bind(3, "bench.append").bind(4, std::to_string(i)).bind(5, mac).bind(6, mac);
            s.run();
        }
        tx.commit();
    });
    std::printf("floor (same rows, plain prepared inserts): %.2f s; audit/floor = %.2fx\n", floor, append / floor);

    AuditVerification v;
    const double verify = timed([&] { v = verifyAuditLog(ws.db(), ws.auditKey(), ws.databaseId()); });
    std::printf("audit verify: %lld records, %lld checkpoints in %.2f s = %.0f records/s (%s)\n",
                static_cast<long long>(v.checked), static_cast<long long>(v.checkpoints), verify, v.checked / verify,
                v.ok ? "intact" : "BROKEN");
    return v.ok ? 0 : 1;
}
