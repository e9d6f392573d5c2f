#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/money.h"
#include "core/base/uuid.h"

#include <string>

namespace caseledger::core {

class Database;

// SQL for the URA ledger: assistance grants paid to the family (imported) and their
// corrections. Retained collections reduce URA through allocation_line.ura_cents.
class UraRepository
{
public:
    explicit UraRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Uuid& id, const Uuid& caseId, Date month, std::string_view kind, Money amount,
        const std::string& reason, const std::string& createdAt, Hlc hlc, const Uuid& device);
    // Grants recorded for the case's month (corrections included); nullopt when none.
    std::optional<Money> grantFor(const Uuid& caseId, Date month);
    // URA on `on`: grants of months up to `on` minus every retained line (S: retained <= URA).
    Money uraOn(const Uuid& caseId, Date on);

private:
    Database& m_db;
};

} // namespace caseledger::core
