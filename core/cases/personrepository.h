#pragma once

#include "core/cases/demographics.h"
#include "core/cases/person.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for a person, the other names they have used and their voluntary demographics; used
// inside a service's transaction. The search index is kept by SearchRepository.
class PersonRepository
{
public:
    explicit PersonRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Person& person, const Uuid& device);
    void update(const Person& person, const Uuid& device);
    std::optional<Person> find(const Uuid& id);
    bool exists(const Uuid& id);
    // Another person already holds this SSN (duplicates are refused, casework.md "People").
    bool ssnInUse(const std::string& ssn, const std::optional<Uuid>& except = {});
    bool anyWithSsn();

    void insertOtherName(const OtherName& name, const Uuid& device);
    std::vector<OtherName> otherNames(const Uuid& personId);

    void saveDemographics(const Uuid& personId, const Demographics& d, Hlc hlc, const Uuid& device);
    Demographics demographics(const Uuid& personId);

private:
    Database& m_db;
};

} // namespace caseledger::core
