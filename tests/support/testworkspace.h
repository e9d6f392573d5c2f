#pragma once

#include "core/base/clock.h"
#include "core/services/workspace.h"
#include "tests/support/tempdir.h"

#include <memory>
#include <string>

namespace caseledger::test {

inline constexpr const char* kAdminPassword = "plum orchard ladder 42";
inline constexpr const char* kUserPassword = "violet harbor kettle 17";

// A real encrypted database in a temporary directory, created by an administrator "admin",
// with a fake clock. Sign-in failures go to a state directory inside the same temp dir.
class TestWorkspace
{
public:
    explicit TestWorkspace(core::Date today = core::Date::fromYmd(2026, 11, 2));
    ~TestWorkspace();

    core::Workspace& ws() { return *m_workspace; }
    core::Session& admin() { return m_admin; }
    core::FakeClock& clock() { return m_clock; }
    const TempDir& dir() const { return m_dir; }
    std::filesystem::path dbPath() const { return m_dir / "county.cldb"; }
    std::filesystem::path stateDir() const { return m_dir / "state"; }
    const std::string& recoveryCode() const { return m_recoveryCode; }

    // Adds a user with kUserPassword and returns a session for them (password already
    // changed, so they may act).
    core::Session addUser(const std::string& name, core::Role role, core::Grants grants = 0);
    core::Session sessionAs(core::Role role, core::Grants grants = 0);

    // Closes and signs in again as `user`.
    core::Result<core::Workspace::Opened> unlock(const std::string& user, const std::string& password);
    void close();
    void reopenAsAdmin();

private:
    TempDir m_dir;
    core::FakeClock m_clock;
    std::unique_ptr<core::Workspace> m_workspace;
    core::Session m_admin;
    std::string m_recoveryCode;
};

} // namespace caseledger::test
