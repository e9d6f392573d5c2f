// DESIGN §2 -- the one door -- and SECURITY S6 (permissions), S9 (every service audited,
// exactly once), S10 (no secrets in the audit log), S12 (no audit, no action).
#include "core/audit/auditlog.h"
#include "core/services/userservice.h"
#include "core/sync/changelog.h"
#include "tests/support/auditprobes.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;

namespace {

// Actions that are events of a session or of the database's life, not service calls: each
// has its own test (sign-in and lockout, lock, init, recovery).
const std::set<Action> kEventActions{Action::SessionLogin, Action::SessionLoginFailed, Action::SessionLock,
                                     Action::SessionLogout, Action::DatabaseInit,       Action::UserRecover};

std::map<Role, Session> sessionsForEveryRole(test::TestWorkspace& t)
{
    std::map<Role, Session> sessions;
    for (auto role : kAllRoles)
        sessions[role] = role == Role::Administrator ? t.admin() : t.sessionAs(role);
    return sessions;
}

} // namespace

TEST_CASE("S9: every action in the registry is a service with an audit probe", "[services][S9]")
{
    for (const auto& info : allActions()) {
        INFO(info.name);
        CHECK((kEventActions.count(info.action) == 1 || test::auditProbes().count(info.action) == 1));
        CHECK_FALSE(info.name.empty());
        CHECK(info.roles != 0);
    }
}

TEST_CASE("S6: the permission table matches the expected role for every service", "[services][S6]")
{
    for (const auto& [action, probe] : test::auditProbes()) {
        for (auto role : kAllRoles) {
            INFO(actionInfo(action).name << " as " << roleName(role));
            const bool expected = probe.allowedRoles.count(role) == 1;
            CHECK(isAllowed(role, static_cast<Grants>(probe.requiredGrant), action) == expected);
            if (probe.requiredGrant != Grant::None)
                CHECK_FALSE(isAllowed(role, 0, action));
        }
    }
}

TEST_CASE("S6: every denied call is refused and writes one 'denied' audit record", "[services][S6]")
{
    test::TestWorkspace t;
    auto sessions = sessionsForEveryRole(t);
    for (const auto& [action, probe] : test::auditProbes()) {
        for (auto role : kAllRoles) {
            if (probe.allowedRoles.count(role))
                continue;
            INFO(actionInfo(action).name << " as " << roleName(role));
            const auto before = t.ws().audit().headSeq();
            auto result = probe.invoke(t, sessions[role]);
            REQUIRE_FALSE(result);
            CHECK(result.error().code == ErrorCode::PermissionDenied);
            CHECK(t.ws().audit().headSeq() == before + 1);
            const auto record = t.ws().audit().latest(1).at(0);
            CHECK(record.action == actionInfo(action).name);
            CHECK(record.outcome == "denied");
            CHECK(record.userName == sessions[role].userName);
        }
    }
}

TEST_CASE("S9: every allowed service call writes exactly one audit record", "[services][S9]")
{
    for (const auto& [action, probe] : test::auditProbes()) {
        INFO(actionInfo(action).name);
        test::TestWorkspace t;
        const Role role = probe.allowedRoles.count(Role::Administrator) ? Role::Administrator : *probe.allowedRoles.begin();
        const Session session = role == Role::Administrator ? t.admin() : t.sessionAs(role, static_cast<Grants>(probe.requiredGrant));
        if (probe.setup)
            probe.setup(t);
        const auto before = t.ws().audit().headSeq();
        auto result = probe.invoke(t, session);
        INFO((result ? std::string("ok") : result.error().message));
        REQUIRE(result);
        CHECK(t.ws().audit().headSeq() == before + 1);
        const auto record = t.ws().audit().latest(1).at(0);
        CHECK(record.action == actionInfo(action).name);
        CHECK(record.outcome == "ok");
        CHECK(record.userName == session.userName);
    }
}

TEST_CASE("S12: if the audit record cannot be written, the action fails and changes nothing", "[services][S12]")
{
    test::TestWorkspace t;
    const auto keysBefore = test::readFile(t.ws().keyringPath());
    const auto changesBefore = t.ws().changes().count();
    t.ws().db().exec("CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_log "
                     "BEGIN SELECT RAISE(ABORT, 'audit storage unavailable'); END");
    auto added = UserService(t.ws()).add(t.admin(), {"clerk", "Clerk", Role::Caseworker, 0, test::kUserPassword});
    REQUIRE_FALSE(added);
    CHECK(added.error().message.find("audit storage unavailable") != std::string::npos);
    t.ws().db().exec("DROP TRIGGER audit_down");
    CHECK(test::readFile(t.ws().keyringPath()) == keysBefore);
    CHECK(t.ws().changes().count() == changesBefore);
    auto list = UserService(t.ws()).list(t.admin());
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("a refused call (bad input) changes nothing and is audited as refused", "[services][S9]")
{
    test::TestWorkspace t;
    auto bad = UserService(t.ws()).add(t.admin(), {"x", "Someone", Role::Caseworker, 0, test::kUserPassword});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::Validation);
    CHECK(bad.error().field == "name");
    const auto record = t.ws().audit().latest(1).at(0);
    CHECK(record.action == "user.add");
    CHECK(record.outcome == "refused");
    auto weak = UserService(t.ws()).add(t.admin(), {"clerk", "Clerk", Role::Caseworker, 0, "password1234"});
    REQUIRE_FALSE(weak);
    CHECK(weak.error().field == "password");
}

TEST_CASE("S10: passwords never reach the audit log or the change log", "[services][S10]")
{
    test::TestWorkspace t;
    const std::string canary = "canary purple elephant 31";
    REQUIRE(UserService(t.ws()).add(t.admin(), {"clerk", "Clerk", Role::Caseworker, 0, canary}));
    REQUIRE(UserService(t.ws()).resetPassword(t.admin(), "clerk", canary + "x"));
    for (const auto& r : t.ws().audit().latest(1000)) {
        CHECK(r.description.find("canary") == std::string::npos);
        CHECK(r.objectId.find("canary") == std::string::npos);
    }
    CHECK(t.ws().db().queryInt64("SELECT count(*) FROM change_log WHERE fields LIKE '%canary%'") == 0);
}

TEST_CASE("every change goes to the change log with the action's HLC", "[services][sync]")
{
    test::TestWorkspace t;
    const auto before = t.ws().changes().count();
    REQUIRE(UserService(t.ws()).add(t.admin(), {"clerk", "Clerk", Role::Caseworker, 0, test::kUserPassword}));
    CHECK(t.ws().changes().count() == before + 1);
    const auto auditHlc = t.ws().audit().latest(1)[0].hlc;
    CHECK(t.ws().changes().latestHlc() == auditHlc);
}

TEST_CASE("a user with a temporary password must change it before anything else", "[services][S7]")
{
    test::TestWorkspace t;
    REQUIRE(UserService(t.ws()).add(t.admin(), {"clerk", "Clerk", Role::Supervisor, 0, test::kUserPassword}));
    t.close();
    auto opened = t.unlock("clerk", test::kUserPassword);
    REQUIRE(opened);
    Session clerk = opened->session;
    CHECK(clerk.mustChangePassword);
    auto list = UserService(t.ws()).list(clerk);
    REQUIRE_FALSE(list);
    CHECK(list.error().code == ErrorCode::PermissionDenied);
    REQUIRE(UserService(t.ws()).changeOwnPassword(clerk, test::kUserPassword, "my own phrase 2026"));
    CHECK(UserService(t.ws()).list(clerk));
}

TEST_CASE("the last administrator cannot be disabled or demoted", "[services][S6]")
{
    test::TestWorkspace t;
    auto other = t.addUser("boss", Role::Administrator);
    REQUIRE(UserService(t.ws()).setRole(t.admin(), "boss", Role::Supervisor, 0));
    auto demote = UserService(t.ws()).setRole(t.admin(), "admin", Role::Caseworker, 0);
    REQUIRE_FALSE(demote);
    CHECK(demote.error().code == ErrorCode::Validation);
    auto self = UserService(t.ws()).disable(t.admin(), "admin");
    REQUIRE_FALSE(self);
    (void)other;
}
