#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/finance/rulesetcatalog.h"

#include <string>
#include <string_view>

namespace caseledger::core {

class Workspace;

struct RuleSetView
{
    RuleSetCatalog catalog;
    int version = 0; // 0: California's built-in catalog, never changed here
    std::string changedBy;
    std::string changedAt;
    std::string reason;
};

// The effective-dated distribution rule sets (issue 4 item 1): viewing, and the audited
// change an administrator makes. A change applies to collections posted afterwards; earlier
// collections keep their lines until they are redistributed.
class RuleSetService
{
public:
    explicit RuleSetService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<RuleSetView> view(const Session& session);
    // `catalogJson`: {"rule_sets": [...]} as RuleSetCatalog::fromJsonText reads it (strict).
    Result<RuleSetView> change(
        const Session& session, std::string_view catalogJson, const std::string& reason);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
