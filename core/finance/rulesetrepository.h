#pragma once

#include "core/base/hlc.h"
#include "core/base/uuid.h"

#include <optional>
#include <string>

namespace caseledger::core {

class Database;

struct StoredRuleSets
{
    int version = 0;
    std::string catalogJson;
    std::string reason;
    std::string changedBy;
    std::string changedAt;
};

// SQL for the rule-set catalog an administrator saved; append-only versions.
class RuleSetRepository
{
public:
    explicit RuleSetRepository(Database& db)
        : m_db(db)
    { }
    void insert(const StoredRuleSets& r, Hlc hlc, const Uuid& device);
    std::optional<StoredRuleSets> latest();

private:
    Database& m_db;
};

} // namespace caseledger::core
