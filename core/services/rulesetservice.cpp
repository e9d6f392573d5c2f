#include "core/services/rulesetservice.h"

#include "core/finance/rulesetrepository.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

namespace caseledger::core {

using namespace servicesupport;

namespace {

RuleSetView current(Database& db)
{
    const auto stored = RuleSetRepository(db).latest();
    if (!stored)
        return {RuleSetCatalog::california(), 0, "", "", "California's built-in rule sets"};
    return {RuleSetCatalog::fromJsonText(stored->catalogJson), stored->version, stored->changedBy,
        stored->changedAt, stored->reason};
}

} // namespace

Result<RuleSetView> RuleSetService::view(const Session& session)
{
    return m_ws.perform(session, Action::RuleSetView, [&](Operation& op) {
        RuleSetView v = current(op.db());
        op.target("rule_sets", std::to_string(v.version));
        op.describe(
            "viewed the distribution rule sets (version " + std::to_string(v.version) + ")");
        return v;
    });
}

Result<RuleSetView> RuleSetService::change(
    const Session& session, std::string_view catalogJson, const std::string& reason)
{
    return m_ws.perform(session, Action::RuleSetChange, [&](Operation& op) {
        const std::string why = cleanText(reason, "reason", 500, true);
        const RuleSetCatalog catalog = RuleSetCatalog::fromJsonText(catalogJson);
        const RuleSetView before = current(op.db());
        StoredRuleSets stored {before.version + 1, catalog.toJson().dump(), why, session.userName,
            formatUtc(op.now())};
        RuleSetRepository(op.db()).insert(stored, op.hlc(), device(op));
        op.recordChange("rule_set_version", newId(op), {},
            {{"version", stored.version}, {"catalog", stored.catalogJson}, {"reason", why}});
        op.target("rule_sets", std::to_string(stored.version));
        op.describe("changed the distribution rule sets to version "
            + std::to_string(stored.version) + ": " + why);
        return RuleSetView {catalog, stored.version, stored.changedBy, stored.changedAt, why};
    });
}

} // namespace caseledger::core
