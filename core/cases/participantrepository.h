#pragma once

#include "core/cases/case.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for the people of a case in their roles.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Participant& p, const Uuid& device);
    void update(const Participant& p, const Uuid& device);
    std::optional<Participant> find(const Uuid& id);
    std::vector<Participant> forCase(const Uuid& caseId); // role order, then start date
    // Children still in the case (finance: the number of children).
    int childCount(const Uuid& caseId);

private:
    Database& m_db;
};

} // namespace caseledger::core
