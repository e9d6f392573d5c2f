// SECURITY S7: five consecutive failures lock the account for 15 minutes (configurable);
// every failure is audited.
#include "core/audit/auditlog.h"
#include "core/services/databaseservice.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;

namespace {
int countAudit(Workspace& ws, const std::string& action)
{
    int n = 0;
    for (const auto& r : ws.audit().latest(1000))
        n += r.action == action;
    return n;
}
} // namespace

TEST_CASE("five failures lock the account; the lock ends after 15 minutes", "[access][S7]")
{
    test::TestWorkspace t;
    t.close();
    for (int i = 0; i < 4; ++i)
        CHECK(t.unlock("admin", "not the password " + std::to_string(i)).error().code == ErrorCode::WrongPassword);
    auto fifth = t.unlock("admin", "not the password 5");
    CHECK(fifth.error().code == ErrorCode::AccountLocked);
    // Now even the right password is refused, with a different message.
    auto right = t.unlock("admin", test::kAdminPassword);
    REQUIRE_FALSE(right);
    CHECK(right.error().code == ErrorCode::AccountLocked);
    CHECK(right.error().message.find("locked") != std::string::npos);
    CHECK(right.error().message != "wrong user name or password");

    t.clock().advance(std::chrono::minutes{14});
    CHECK(t.unlock("admin", test::kAdminPassword).error().code == ErrorCode::AccountLocked);
    t.clock().advance(std::chrono::minutes{2});
    REQUIRE(t.unlock("admin", test::kAdminPassword));

    // Every failure, including those while locked, is now in the audit log.
    CHECK(countAudit(t.ws(), "session.login_failed") == 7);
    CHECK(countAudit(t.ws(), "session.login") == 1);
}

TEST_CASE("a success resets the count; other users are not affected", "[access][S7]")
{
    test::TestWorkspace t;
    t.addUser("clerk", Role::Caseworker);
    t.close();
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(t.unlock("admin", "wrong wrong wrong"));
    REQUIRE(t.unlock("admin", test::kAdminPassword));
    t.close();
    for (int i = 0; i < 4; ++i)
        CHECK(t.unlock("admin", "wrong wrong wrong").error().code == ErrorCode::WrongPassword);
    for (int i = 0; i < 6; ++i)
        CHECK_FALSE(t.unlock("clerk", "wrong wrong wrong"));
    CHECK(t.unlock("clerk", test::kUserPassword).error().code == ErrorCode::AccountLocked);
    CHECK(t.unlock("admin", test::kAdminPassword));
}

TEST_CASE("the lockout policy is configurable by an administrator", "[access][S7][S8]")
{
    test::TestWorkspace t;
    DatabaseService service(t.ws());
    SecurityPolicy p{{3, 30}, 10};
    REQUIRE(service.setPolicy(t.admin(), p));
    CHECK(service.idleLockMinutes() == 10);
    SecurityPolicy tooLong{{3, 30}, 20}; // nobody may raise the idle lock above 15 minutes
    auto refused = service.setPolicy(t.admin(), tooLong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "idle lock minutes");
    t.close();
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(t.unlock("admin", "wrong wrong wrong"));
    CHECK(t.unlock("admin", test::kAdminPassword).error().code == ErrorCode::AccountLocked);
    t.clock().advance(std::chrono::minutes{31});
    CHECK(t.unlock("admin", test::kAdminPassword));
}
