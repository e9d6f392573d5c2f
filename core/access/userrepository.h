#pragma once

#include "core/access/user.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for the users table; used inside a service's transaction.
class UserRepository
{
public:
    explicit UserRepository(Database& db)
        : m_db(db)
    {
    }
    std::optional<User> findByName(std::string_view name);
    std::optional<User> findById(const Uuid& id);
    std::vector<User> all();
    void insert(const User& user, const Uuid& device);
    void update(const User& user, const Uuid& device);
    int countActiveAdministrators();

private:
    Database& m_db;
};

} // namespace caseledger::core
