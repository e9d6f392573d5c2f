// SECURITY S11: the audit log is append-only and tamper-evident; the verifier names the
// first bad record and what is wrong with it.
#include "core/audit/auditverifier.h"
#include "core/services/auditservice.h"
#include "core/store/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <random>

using namespace caseledger;
using namespace caseledger::core;

namespace {

// A log of exactly `rows` records: the ones the database creation wrote, then filler.
void fillAuditLog(test::TestWorkspace& t, std::int64_t rows)
{
    auto& ws = t.ws();
    Transaction tx(ws.db());
    for (std::int64_t seq = ws.audit().headSeq() + 1; seq <= rows; ++seq) {
        AuditEntry e;
        e.at = t.clock().now();
        e.hlc = ws.hlc().tick();
        e.userName = "admin";
        e.action = "test.filler";
        e.objectType = "thing";
        e.objectId = std::to_string(seq);
        e.description = "filler record " + std::to_string(seq);
        ws.audit().append(e);
    }
    tx.commit();
}

AuditVerification verify(test::TestWorkspace& t)
{
    return verifyAuditLog(t.ws().db(), t.ws().auditKey(), t.ws().databaseId());
}

// A 1,000-record log built once per test process; each tampering happens inside a
// transaction that is rolled back after the verification, so every case starts intact.
test::TestWorkspace& sharedLog()
{
    static test::TestWorkspace t;
    static bool filled = false;
    if (!filled) {
        fillAuditLog(t, 1000);
        filled = true;
    }
    return t;
}

// Tampering needs the triggers out of the way, as an attacker with the key would do.
AuditVerification verifyTampered(const std::string& sql)
{
    auto& t = sharedLog();
    auto& db = t.ws().db();
    db.exec("BEGIN");
    db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    db.exec(sql);
    auto v = verify(t);
    db.exec("ROLLBACK");
    return v;
}

} // namespace

TEST_CASE("the audit table refuses UPDATE and DELETE", "[audit][S11]")
{
    test::TestWorkspace t;
    auto& db = t.ws().db();
    {
        Transaction tx(db);
        t.ws().audit().checkpoint(t.clock().now());
        tx.commit();
    }
    REQUIRE(db.queryInt64("SELECT count(*) FROM audit_checkpoint") == 1);
    CHECK_THROWS_AS(db.exec("UPDATE audit_log SET description = 'x' WHERE seq = 1"), Failure);
    CHECK_THROWS_AS(db.exec("DELETE FROM audit_log WHERE seq = 1"), Failure);
    CHECK_THROWS_AS(db.exec("DELETE FROM audit_checkpoint"), Failure);
    CHECK(verify(t).ok);
}

TEST_CASE("an intact 1,000-record log verifies, with signed checkpoints", "[audit][S11]")
{
    const auto v = verify(sharedLog());
    CHECK(v.ok);
    CHECK(v.checked == 1000);
    CHECK(v.checkpoints >= 1); // the one at seq 1000
}

TEST_CASE("changing any column of a record is reported at its seq", "[audit][S11]")
{
    const auto column = GENERATE(as<std::string>{}, "at_utc", "hlc", "device", "user_name", "action", "outcome",
                                 "object_type", "object_id", "description", "entry_mac", "chain_mac");
    const auto seq = GENERATE(1, 2, 437, 999, 1000);
    const std::string value = column == "hlc" ? "12345" : (column.ends_with("mac") ? "x'00'" : "'forged'");
    const auto v = verifyTampered("UPDATE audit_log SET " + column + " = " + value + " WHERE seq = " + std::to_string(seq));
    INFO(column << " at " << seq << ": " << v.detail);
    REQUIRE_FALSE(v.ok);
    CHECK(*v.firstBadSeq == seq);
    CHECK(v.fault == "changed");
}

TEST_CASE("changing the seq column is reported where the record went missing", "[audit][S11]")
{
    const auto v = verifyTampered("UPDATE audit_log SET seq = 5000 WHERE seq = 500");
    REQUIRE_FALSE(v.ok);
    CHECK(*v.firstBadSeq == 500);
    CHECK(v.fault == "missing");
}

TEST_CASE("deleting a record is reported as missing", "[audit][S11]")
{
    const auto seq = GENERATE(1, 300, 999);
    const std::string remove = "DELETE FROM audit_log WHERE seq = " + std::to_string(seq) + ";";
    auto v = verifyTampered(remove);
    REQUIRE_FALSE(v.ok);
    CHECK(*v.firstBadSeq == seq);
    CHECK(v.fault == "missing");

    // The same deletion with the later records renumbered to close the gap.
    v = verifyTampered(remove + "UPDATE audit_log SET seq = -(seq - 1) WHERE seq > " + std::to_string(seq)
                       + "; UPDATE audit_log SET seq = -seq WHERE seq < 0");
    REQUIRE_FALSE(v.ok);
    CHECK(*v.firstBadSeq == seq);
    CHECK(v.fault == "missing");
}

TEST_CASE("swapping two records is reported as reordered", "[audit][S11]")
{
    const auto [a, b] = GENERATE(std::pair{10, 11}, std::pair{200, 230}, std::pair{998, 1000});
    const auto v = verifyTampered("UPDATE audit_log SET seq = -1 WHERE seq = " + std::to_string(a) + ";"
                                  + "UPDATE audit_log SET seq = " + std::to_string(a) + " WHERE seq = " + std::to_string(b) + ";"
                                  + "UPDATE audit_log SET seq = " + std::to_string(b) + " WHERE seq = -1");
    INFO(v.detail);
    REQUIRE_FALSE(v.ok);
    CHECK(*v.firstBadSeq == a);
    CHECK(v.fault == "reordered");
}

TEST_CASE("inserting a record is reported at its seq", "[audit][S11]")
{
    SECTION("a forged record in the middle, later records renumbered")
    {
        const auto v = verifyTampered(
            "UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= 600; UPDATE audit_log SET seq = -seq WHERE seq < 0;"
            "INSERT INTO audit_log SELECT 600, at_utc, hlc, device, 'mallory', action, outcome, object_type, "
            "object_id, description, entry_mac, chain_mac FROM audit_log WHERE seq = 599");
        REQUIRE_FALSE(v.ok);
        CHECK(*v.firstBadSeq == 600);
        CHECK(v.fault == "inserted");
    }
    SECTION("a copy of an earlier record appended at the end")
    {
        const auto v = verifyTampered("INSERT INTO audit_log SELECT 1001, at_utc, hlc, device, user_name, action, "
                                      "outcome, object_type, object_id, description, entry_mac, chain_mac "
                                      "FROM audit_log WHERE seq = 17");
        REQUIRE_FALSE(v.ok);
        CHECK(*v.firstBadSeq == 1001);
        CHECK(v.fault == "inserted");
    }
}

TEST_CASE("removing the newest records is reported as truncated", "[audit][S11]")
{
    SECTION("the tail after the last checkpoint")
    {
        const auto v = verifyTampered("DELETE FROM audit_log WHERE seq > 990");
        REQUIRE_FALSE(v.ok);
        CHECK(*v.firstBadSeq == 991);
        CHECK(v.fault == "truncated");
    }
    SECTION("the tail and the head counter: the signed checkpoint still tells")
    {
        const auto v = verifyTampered(
            "DELETE FROM audit_log WHERE seq > 990;"
            "UPDATE audit_head SET seq = 990, chain = (SELECT chain_mac FROM audit_log WHERE seq = 990)");
        REQUIRE_FALSE(v.ok);
        CHECK(*v.firstBadSeq == 991);
        CHECK(v.fault == "truncated");
    }
}

TEST_CASE("a rewrite with the audit key is caught by the signed checkpoint", "[audit][S11]")
{
    test::TestWorkspace t;
    fillAuditLog(t, 1000);
    auto& db = t.ws().db();
    db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    // Recompute the whole chain after changing record 10, as an insider with the key could.
    db.exec("UPDATE audit_log SET description = 'rewritten' WHERE seq = 10");
    crypto::Bytes previous(32, 0);
    auto rows = db.prepare("SELECT seq, at_utc, hlc, device, user_name, action, outcome, object_type, object_id, "
                           "description FROM audit_log ORDER BY seq");
    std::vector<std::pair<std::int64_t, std::pair<crypto::Digest, crypto::Digest>>> macs;
    while (rows.step()) {
        AuditRecord r{rows.int64(0), rows.text(1), Hlc::fromInt64(rows.int64(2)), rows.text(3), rows.text(4),
                      rows.text(5), rows.text(6), rows.text(7), rows.text(8), rows.text(9)};
        const auto entry = AuditLog::entryMac(t.ws().auditKey(), r);
        const auto chain = AuditLog::chainMac(t.ws().auditKey(), previous, r.seq, entry);
        macs.push_back({r.seq, {entry, chain}});
        previous.assign(chain.begin(), chain.end());
    }
    for (const auto& [seq, m] : macs) {
        auto u = db.prepare("UPDATE audit_log SET entry_mac = ?1, chain_mac = ?2 WHERE seq = ?3");
        u.bind(1, m.first).bind(2, m.second).bind(3, seq).run();
    }
    auto h = db.prepare("UPDATE audit_head SET chain = ?1");
    h.bind(1, macs.back().second.second).run();
    const auto v = verify(t);
    REQUIRE_FALSE(v.ok);
    CHECK(v.fault == "changed");
    CHECK(*v.firstBadSeq == 1); // everything up to the checkpoint that no longer matches
}

TEST_CASE("verification is itself audited", "[audit][S9]")
{
    test::TestWorkspace t;
    const auto before = t.ws().audit().headSeq();
    auto v = AuditService(t.ws()).verify(t.admin());
    REQUIRE(v);
    CHECK(v->ok);
    CHECK(t.ws().audit().headSeq() == before + 1);
    CHECK(t.ws().audit().latest(1)[0].action == "audit.verify");
}
