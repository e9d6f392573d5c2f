// SECURITY S1 (no plaintext on disk), S2 (key slots), S3 (wrong password changes nothing),
// S4 (the key never travels as SQL text), S5 (rekey and recovery).
#include "core/access/userrepository.h"
#include "core/base/text.h"
#include "core/services/databaseservice.h"
#include "core/services/userservice.h"
#include "core/store/atomicfile.h"
#include "core/store/keyring.h"
#include "core/store/metarepository.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlcipher/sqlite3.h>

using namespace caseledger;
using namespace caseledger::core;

namespace {
constexpr const char* kCanaryName = "Zebulon Canaryfield";
constexpr const char* kCanarySetting = "999-12-3456 1 Canary Lane";

std::size_t differingPages(const std::string& a, const std::string& b)
{
    constexpr std::size_t page = 4096;
    std::size_t n = 0;
    for (std::size_t off = 0; off < std::min(a.size(), b.size()); off += page)
        n += a.compare(off, page, b, off, page) != 0;
    return n + (std::max(a.size(), b.size()) - std::min(a.size(), b.size())) / page;
}
} // namespace

TEST_CASE("S1: the database, its WAL and its key file hold no plaintext", "[store][S1]")
{
    test::TestWorkspace t;
    auto users = UserService(t.ws());
    REQUIRE(
        users.add(t.admin(), {"zcanary", kCanaryName, Role::Caseworker, 0, test::kUserPassword}));
    {
        Transaction tx(t.ws().db());
        for (int i = 0; i < 200; ++i)
            SettingsRepository(t.ws().db()).set("canary." + std::to_string(i), kCanarySetting);
        tx.commit();
    }
    auto scan = [&] {
        for (const auto& entry : std::filesystem::directory_iterator(t.dir().path())) {
            if (!entry.is_regular_file())
                continue;
            INFO(entry.path().filename().string());
            CHECK_FALSE(test::fileContains(entry.path(), kCanaryName));
            CHECK_FALSE(test::fileContains(entry.path(), "999-12-3456"));
            CHECK_FALSE(test::fileContains(entry.path(), "Canary Lane"));
            CHECK_FALSE(test::fileContains(entry.path(), test::kUserPassword));
            CHECK_FALSE(test::fileContains(entry.path(), "CREATE TABLE"));
        }
    };
    // While open, with the latest changes still in the WAL ...
    CHECK(std::filesystem::exists(t.dbPath().string() + "-wal"));
    scan();
    // ... and after a checkpoint and close.
    t.ws().db().checkpoint();
    t.close();
    scan();
    const auto head = test::readFile(t.dbPath()).substr(0, 16);
    CHECK(head != std::string("SQLite format 3\0", 16));

    t.reopenAsAdmin();
    CHECK(t.ws().db().queryText("PRAGMA cipher_version").starts_with("4."));
    CHECK(t.ws().db().queryInt64("PRAGMA cipher_memory_security") == 1);
}

TEST_CASE(
    "S2: changing a password rewraps one slot and leaves the database key alone", "[store][S2]")
{
    test::TestWorkspace t;
    auto clerk = t.addUser("clerk", Role::Caseworker);
    {
        Transaction tx(t.ws().db()); // bulk so that the database has many pages
        for (int i = 0; i < 3000; ++i)
            SettingsRepository(t.ws().db()).set("bulk." + std::to_string(i), std::string(200, 'x'));
        tx.commit();
    }
    const SecureBytes keyBefore = t.ws().dataKey().clone();
    const auto ring = Keyring::load(t.ws().keyringPath());
    t.ws().db().checkpoint();
    const auto dbBefore = test::readFile(t.dbPath());

    const std::string newPassword = "saffron glacier piano 88";
    REQUIRE(UserService(t.ws()).changeOwnPassword(clerk, test::kUserPassword, newPassword));
    t.ws().db().checkpoint();
    const auto dbAfter = test::readFile(t.dbPath());
    // A re-encryption would rewrite every page; an audit record touches a handful.
    CHECK(dbBefore.size() > 100 * 4096);
    CHECK(differingPages(dbBefore, dbAfter) < 10);

    const auto after = Keyring::load(t.ws().keyringPath());
    CHECK_FALSE(after.unlockUser("clerk", test::kUserPassword));
    REQUIRE(after.unlockUser("clerk", newPassword));
    CHECK(*after.unlockUser("clerk", newPassword) == keyBefore);
    // The administrator's slot is untouched.
    CHECK(*after.unlockUser("admin", test::kAdminPassword) == keyBefore);
    CHECK(ring.iterationsFor("admin") == after.iterationsFor("admin"));

    t.close();
    CHECK(t.unlock("clerk", test::kUserPassword).error().code == ErrorCode::WrongPassword);
    CHECK(t.unlock("clerk", newPassword));
}

TEST_CASE(
    "S2: slots use PBKDF2 calibrated to at least 0.25 s and never under 210,000", "[store][S2]")
{
    test::TestWorkspace t;
    const auto ring = Keyring::load(t.ws().keyringPath());
    CHECK(ring.iterationsFor("admin") >= Keyring::kMinimumIterations);
    CHECK(Keyring::calibratedIterations(0.0) == Keyring::kMinimumIterations);
    // The slot carries the iterations that this machine needs for 0.25 s (measured once per
    // process); how long an unlock really takes is printed by tests/bench (no timed tests).
    CHECK(ring.iterationsFor("admin") == Keyring::calibratedIterations());
    CHECK(Keyring::calibratedIterations(2.5) > Keyring::calibratedIterations());
    REQUIRE(ring.unlockUser("admin", test::kAdminPassword));
    // A slot below the floor is refused as damaged, not silently used.
    auto text = ring.serialize();
    const auto pos = text.find("\"iterations\": ");
    text.replace(pos, text.find(',', pos) - pos, "\"iterations\": 1000");
    CHECK_THROWS_AS(Keyring::parse(text), Failure);
}

TEST_CASE("S3: five wrong passwords leave the data directory exactly as it was", "[store][S3]")
{
    test::TestWorkspace t;
    t.close();
    const auto before = test::hashTree(t.dir().path());
    std::map<std::string, std::string> dataOnly;
    for (const auto& [name, hash] : before)
        if (!name.starts_with("state"))
            dataOnly[name] = hash;
    int attemptNo = 0;
    for (const char* attempt :
        {"wrong one 1234567", "plum orchard ladder 43", "", "PLUM ORCHARD LADDER 42", "x"}) {
        auto r = Workspace::unlock(t.dbPath(), "admin", attempt, t.clock(), t.stateDir());
        REQUIRE_FALSE(r);
        // The fifth failure also locks the account (S7): a different, equally clear message.
        if (++attemptNo < 5) {
            CHECK(r.error().code == ErrorCode::WrongPassword);
            CHECK(r.error().message == "wrong user name or password");
        } else {
            CHECK(r.error().code == ErrorCode::AccountLocked);
        }
        CHECK(r.error().message.find("corrupt") == std::string::npos);
    }
    auto unknown
        = Workspace::unlock(t.dbPath(), "nobody", "whatever it is", t.clock(), t.stateDir());
    CHECK(unknown.error().message == "wrong user name or password");
    std::map<std::string, std::string> afterData;
    for (const auto& [name, hash] : test::hashTree(t.dir().path()))
        if (!name.starts_with("state"))
            afterData[name] = hash;
    CHECK(afterData == dataOnly);
}

TEST_CASE("S4: the key reaches SQLCipher only through sqlite3_key, never as SQL", "[store][S4]")
{
    test::TestWorkspace t;
    std::vector<std::string> statements;
    sqlite3_trace_v2(
        t.ws().db().handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* ctx, void* p, void*) {
            auto* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(p));
            if (sql)
                static_cast<std::vector<std::string>*>(ctx)->push_back(sql);
            sqlite3_free(sql);
            return 0;
        },
        &statements);
    const std::string oldHex = crypto::toHex(t.ws().dataKey().span());
    auto rotated = DatabaseService(t.ws()).rekey(t.admin(), test::kAdminPassword);
    REQUIRE(rotated);
    const std::string newHex = crypto::toHex(t.ws().dataKey().span());
    REQUIRE(oldHex != newHex);
    REQUIRE_FALSE(statements.empty());
    for (const auto& sql : statements) {
        CHECK(sql.find(oldHex) == std::string::npos);
        CHECK(sql.find(newHex) == std::string::npos);
        CHECK(text::toLowerAscii(sql).find("pragma key") == std::string::npos);
    }
    sqlite3_trace_v2(t.ws().db().handle(), 0, nullptr, nullptr);
    // Locking wipes the key.
    t.ws().lock(t.admin(), "test");
    CHECK_FALSE(t.ws().isOpen());
    CHECK(t.ws().dataKey().empty());
}

TEST_CASE("SecureBytes wipes its bytes when cleared", "[store][S4]")
{
    SecureBytes key = crypto::randomKey();
    const auto* p = key.data();
    REQUIRE(key.size() == 32);
    key.clear();
    CHECK(key.empty());
    (void)p; // the storage was cleansed before it was released (OPENSSL_cleanse)
}

TEST_CASE(
    "S5: rekey keeps the data, revokes other slots and issues a new recovery code", "[store][S5]")
{
    test::TestWorkspace t;
    t.addUser("clerk", Role::Caseworker);
    const auto oldCode = t.recoveryCode();
    auto rotated = DatabaseService(t.ws()).rekey(t.admin(), test::kAdminPassword);
    REQUIRE(rotated);
    CHECK(rotated->revokedSlots == std::vector<std::string> {"clerk"});
    CHECK(rotated->recoveryCode != oldCode);
    t.close();

    // The administrator still opens it; the clerk needs a new password; the data is there.
    REQUIRE(t.unlock("admin", test::kAdminPassword));
    CHECK(UserRepository(t.ws().db()).findByName("clerk"));
    CHECK(t.unlock("clerk", test::kUserPassword).error().code == ErrorCode::WrongPassword);
    t.close();

    // The old recovery code no longer opens it; the new one does, and gives the admin a password.
    CHECK_FALSE(
        Workspace::recover(t.dbPath(), oldCode, "admin", "brand new phrase 2027", t.clock()));
    auto recovered = Workspace::recover(
        t.dbPath(), rotated->recoveryCode, "admin", "brand new phrase 2027", t.clock());
    REQUIRE(recovered);
    recovered->workspace->signOut(recovered->session);
    recovered->workspace.reset();
    CHECK(t.unlock("admin", "brand new phrase 2027"));
}

TEST_CASE(
    "S5: the recovery slot opens a database whose users all forgot their passwords", "[store][S5]")
{
    test::TestWorkspace t;
    t.close();
    auto lowerCaseCode = text::toLowerAscii(t.recoveryCode());
    auto recovered = Workspace::recover(
        t.dbPath(), lowerCaseCode, "admin", "brand new phrase 2027", t.clock());
    REQUIRE(recovered);
    CHECK(recovered->session.userName == "admin");
    CHECK(recovered->workspace->audit().latest(1)[0].action == "user.recover");
}

TEST_CASE("S20: a database with damaged bytes is reported as damaged, not as a wrong password",
    "[store][S20]")
{
    test::TestWorkspace t;
    t.ws().db().checkpoint();
    t.close();
    auto bytes = test::readFile(t.dbPath());
    for (std::size_t i = 0; i < 64; ++i)
        bytes[100 + i] = static_cast<char>(bytes[100 + i] ^ 0x5A);
    writeFileAtomically(t.dbPath(), bytes);
    auto r = t.unlock("admin", test::kAdminPassword);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Damaged);
}
