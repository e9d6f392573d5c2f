#include "core/access/userrepository.h"

#include "core/base/error.h"
#include "core/store/database.h"

namespace caseledger::core {

namespace {

constexpr const char* kColumns =
    "id, name, display_name, role, grants, disabled, must_change_password, created_at, hlc";

User readUser(Statement& s)
{
    User u;
    u.id = s.uuid(0);
    u.name = s.text(1);
    u.displayName = s.text(2);
    auto role = parseRole(s.text(3));
    if (!role)
        throw Failure(ErrorCode::Damaged, "a user record has an unknown role");
    u.role = *role;
    u.grants = static_cast<Grants>(s.int64(4));
    u.disabled = s.int64(5) != 0;
    u.mustChangePassword = s.int64(6) != 0;
    u.createdAt = s.text(7);
    u.hlc = Hlc::fromInt64(s.int64(8));
    return u;
}

} // namespace

std::optional<User> UserRepository::findByName(std::string_view name)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns + " FROM users WHERE name = ?1");
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return readUser(s);
}

std::optional<User> UserRepository::findById(const Uuid& id)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns + " FROM users WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readUser(s);
}

std::vector<User> UserRepository::all()
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns + " FROM users ORDER BY name");
    std::vector<User> users;
    while (s.step())
        users.push_back(readUser(s));
    return users;
}

void UserRepository::insert(const User& u, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO users (id, name, display_name, role, grants, disabled, must_change_password, "
                          "created_at, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    s.bind(1, u.id)
        .bind(2, u.name)
        .bind(3, u.displayName)
        .bind(4, roleName(u.role))
        .bind(5, static_cast<std::int64_t>(u.grants))
        .bind(6, u.disabled)
        .bind(7, u.mustChangePassword)
        .bind(8, u.createdAt)
        .bind(9, u.hlc.asInt64())
        .bind(10, device);
    s.run();
}

void UserRepository::update(const User& u, const Uuid& device)
{
    auto s = m_db.prepare("UPDATE users SET display_name = ?2, role = ?3, grants = ?4, disabled = ?5, "
                          "must_change_password = ?6, hlc = ?7, device = ?8 WHERE id = ?1");
    s.bind(1, u.id)
        .bind(2, u.displayName)
        .bind(3, roleName(u.role))
        .bind(4, static_cast<std::int64_t>(u.grants))
        .bind(5, u.disabled)
        .bind(6, u.mustChangePassword)
        .bind(7, u.hlc.asInt64())
        .bind(8, device);
    s.run();
}

int UserRepository::countActiveAdministrators()
{
    return static_cast<int>(
        m_db.queryInt64("SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0"));
}

} // namespace caseledger::core
