#pragma once

#include "core/finance/ruleset.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace caseledger::core {

// The effective-dated rule sets, ordered by their dates. Each set is complete (no field is
// inherited), so what an administrator sees for a date is exactly what is applied.
class RuleSetCatalog
{
public:
    RuleSetCatalog() = default;
    // Sorts by date and validates (Failure, ErrorCode::Validation): at least one set, no
    // two on the same date, every set valid.
    explicit RuleSetCatalog(std::vector<RuleSet> ruleSets);

    // California's distribution law with the dates of its changes (see the .cpp for sources).
    static const RuleSetCatalog& california();

    const std::vector<RuleSet>& ruleSets() const { return m_ruleSets; }
    // The set in force on `date`, or nullptr before the first one.
    const RuleSet* find(Date date) const;

    nlohmann::json toJson() const;
    // The administrator's file: {"rule_sets": [{...every field...}]}; strict like the
    // what-if contract (unknown, missing or duplicate fields refused by name).
    static RuleSetCatalog fromJson(const nlohmann::json& json);
    static RuleSetCatalog fromJsonText(std::string_view text);

    bool operator==(const RuleSetCatalog&) const = default;

private:
    std::vector<RuleSet> m_ruleSets;
};

// The rule set in force on a collection date; Failure (NotFound) before the catalog begins.
const RuleSet& ruleSetFor(Date collectionDate, const RuleSetCatalog& catalog);

// Validation a future audited "change rule sets" service runs before saving.
void validateRuleSetCatalog(const std::vector<RuleSet>& ruleSets);

} // namespace caseledger::core
