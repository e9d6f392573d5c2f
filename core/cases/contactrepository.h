#pragma once

#include "core/cases/person.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for where a person can be reached: dated addresses and phone numbers. Both are
// "whereabouts" under 42 U.S.C. §654(26); services pass them through the disclosure guard.
class ContactRepository
{
public:
    explicit ContactRepository(Database& db)
        : m_db(db)
    { }
    void insertAddress(const Address& a, const Uuid& device);
    void updateAddress(const Address& a, const Uuid& device);
    std::optional<Address> findAddress(const Uuid& id);
    std::vector<Address> addresses(const Uuid& personId); // newest first
    // Whether the person has an address in force on `day` (the NCP counts as located).
    bool hasCurrentAddress(const Uuid& personId, Date day);

    void insertPhone(const Phone& p, const Uuid& device);
    std::vector<Phone> phones(const Uuid& personId);

private:
    Database& m_db;
};

} // namespace caseledger::core
