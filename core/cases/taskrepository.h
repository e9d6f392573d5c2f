#pragma once

#include "core/cases/task.h"
#include "core/cases/worklist.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for timeframe tasks, the worklist and the compliance counts.
class TaskRepository
{
public:
    explicit TaskRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Task& t, const Uuid& device);
    void update(const Task& t, const Uuid& device);
    std::optional<Task> find(const Uuid& id);
    std::vector<Task> forCase(const Uuid& caseId); // open first, by due date
    std::vector<Task> openForCase(const Uuid& caseId, TaskRule rule);
    // Open tasks follow the case to its new worker.
    std::vector<Task> openTasksOfCase(const Uuid& caseId);

    WorklistPage worklist(const Uuid& worker, const WorklistQuery& query, Date today);
    std::vector<ComplianceRow> compliance(const ComplianceQuery& query, Date today);

private:
    Database& m_db;
};

} // namespace caseledger::core
