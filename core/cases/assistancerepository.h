#pragma once

#include "core/cases/case.h"

#include <vector>

namespace caseledger::core {

class Database;

// SQL for the dated assistance-status history of a case (it drives distribution).
class AssistanceRepository
{
public:
    explicit AssistanceRepository(Database& db)
        : m_db(db)
    { }
    void insert(const AssistancePeriod& p, const Uuid& device);
    std::vector<AssistancePeriod> forCase(const Uuid& caseId); // oldest first
    // The status in force on `day` (finance: which distribution rules apply).
    AssistanceStatus statusOn(const Uuid& caseId, Date day);

private:
    Database& m_db;
};

} // namespace caseledger::core
