#include "tests/support/testworkspace.h"

#include "core/services/userservice.h"

#include <stdexcept>

namespace caseledger::test {

TestWorkspace::TestWorkspace(core::Date today)
    : m_clock(today)
{
    std::filesystem::create_directories(stateDir());
    core::CreateRequest request{"admin", "Ada Administrator", kAdminPassword, "test desktop", "Test County DCSS"};
    auto created = core::Workspace::create(dbPath(), request, m_clock);
    if (!created)
        throw std::runtime_error("cannot create the test database: " + created.error().message);
    m_workspace = std::move(created->workspace);
    m_admin = created->session;
    m_recoveryCode = created->recoveryCode;
}

TestWorkspace::~TestWorkspace() = default;

core::Session TestWorkspace::addUser(const std::string& name, core::Role role, core::Grants grants)
{
    core::UserService users(ws());
    auto added = users.add(m_admin, {name, "Test " + name, role, grants, kUserPassword});
    if (!added)
        throw std::runtime_error("cannot add a test user: " + added.error().message);
    core::Session s;
    s.userId = added->id;
    s.userName = added->name;
    s.displayName = added->displayName;
    s.role = role;
    s.grants = grants;
    s.deviceId = ws().device().id;
    s.startedAt = m_clock.now();
    return s;
}

core::Session TestWorkspace::sessionAs(core::Role role, core::Grants grants)
{
    static int counter = 0;
    return addUser(std::string(core::roleName(role)).substr(0, 8) + "-" + std::to_string(++counter), role, grants);
}

core::Result<core::Workspace::Opened> TestWorkspace::unlock(const std::string& user, const std::string& password)
{
    close();
    auto opened = core::Workspace::unlock(dbPath(), user, password, m_clock, stateDir());
    if (opened) {
        m_workspace = std::move(opened->workspace);
        if (opened->session.userName == "admin")
            m_admin = opened->session;
        return core::Workspace::Opened{nullptr, opened->session};
    }
    return opened;
}

void TestWorkspace::close()
{
    if (m_workspace)
        m_workspace->signOut(m_admin);
    m_workspace.reset();
}

void TestWorkspace::reopenAsAdmin()
{
    auto opened = unlock("admin", kAdminPassword);
    if (!opened)
        throw std::runtime_error("cannot reopen the test database: " + opened.error().message);
}

} // namespace caseledger::test
