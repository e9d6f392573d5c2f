#pragma once

#include "core/cases/person.h"

#include <vector>

namespace caseledger::core {

class Database;

// SQL for employers and other income sources of a person.
class EmploymentRepository
{
public:
    explicit EmploymentRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Employment& e, const Uuid& device);
    std::vector<Employment> forPerson(const Uuid& personId); // newest first

private:
    Database& m_db;
};

} // namespace caseledger::core
