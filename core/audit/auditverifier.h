#pragma once

#include "core/base/securebytes.h"
#include "core/base/uuid.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace caseledger::core {

class Database;

// The result of checking the audit chain (SECURITY S11).
struct AuditVerification
{
    bool ok = true;
    std::int64_t checked = 0;     // rows read
    std::int64_t checkpoints = 0; // signed checkpoints verified
    std::optional<std::int64_t> firstBadSeq;
    // "changed", "inserted", "missing", "reordered", "truncated" or "bad_checkpoint"
    std::string fault;
    std::string detail; // a sentence for the auditor
};

// Walks the audit log and names the first bad seq and what is wrong with it.
// `progress` (optional) receives rows checked so far and may return false to cancel.
AuditVerification verifyAuditLog(Database& db, const SecureBytes& key, const Uuid& databaseId,
                                 const std::function<bool(std::int64_t)>& progress = {});

} // namespace caseledger::core
