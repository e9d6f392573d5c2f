#include "core/finance/rulesetrepository.h"

#include "core/store/database.h"

namespace caseledger::core {

void RuleSetRepository::insert(const StoredRuleSets& r, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO rule_set_version (version, catalog, reason, changed_by, "
                          "changed_at, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, r.version).bind(2, r.catalogJson).bind(3, r.reason).bind(4, r.changedBy);
    s.bind(5, r.changedAt).bind(6, hlc.asInt64()).bind(7, device);
    s.run();
}

std::optional<StoredRuleSets> RuleSetRepository::latest()
{
    auto s = m_db.prepare("SELECT version, catalog, reason, changed_by, changed_at FROM "
                          "rule_set_version ORDER BY version DESC LIMIT 1");
    if (!s.step())
        return std::nullopt;
    return StoredRuleSets {s.int32(0), s.text(1), s.text(2), s.text(3), s.text(4)};
}

} // namespace caseledger::core
