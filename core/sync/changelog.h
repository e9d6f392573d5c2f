#pragma once

#include "core/base/hlc.h"
#include "core/base/uuid.h"

#include <nlohmann/json.hpp>
#include <string>

namespace caseledger::core {

class Database;

// One change to one syncable row (DESIGN §6): what changed, where, by whom, and the version
// it was based on. Bundles carry these between desktops.
struct ChangeOp
{
    Uuid opId;
    Hlc hlc;
    Uuid device;
    Uuid author;
    std::string entity; // table-level name, e.g. "user", "case"
    Uuid rowId;
    Hlc baseHlc;        // the row's version before this change (0 when created)
    nlohmann::json fields;
};

class ChangeLog
{
public:
    explicit ChangeLog(Database& db)
        : m_db(db)
    {
    }
    void append(const ChangeOp& op); // inside the caller's transaction
    Hlc latestHlc();
    std::int64_t count();

private:
    Database& m_db;
};

} // namespace caseledger::core
