#pragma once

#include "core/cases/parentage.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for parentage records: one per child and candidate parent.
class ParentageRepository
{
public:
    explicit ParentageRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Parentage& p, const Uuid& device);
    void update(const Parentage& p, const Uuid& device);
    std::optional<Parentage> find(const Uuid& id);
    std::optional<Parentage> findFor(const Uuid& childId, const std::optional<Uuid>& parentId);
    std::vector<Parentage> forChild(const Uuid& childId);
    // Records of the case's children (whatever case they were recorded in).
    std::vector<Parentage> forChildrenOfCase(const Uuid& caseId);

private:
    Database& m_db;
};

} // namespace caseledger::core
