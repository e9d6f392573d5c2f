#pragma once

#include "core/cases/familyviolence.h"

#include <optional>
#include <set>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for family violence indicators, the question "is this person's whereabouts
// protected?", and the append-only record of overrides (SECURITY S14).
class FamilyViolenceRepository
{
public:
    explicit FamilyViolenceRepository(Database& db)
        : m_db(db)
    { }
    void insert(const FamilyViolenceIndicator& f, const Uuid& device);
    void update(const FamilyViolenceIndicator& f, const Uuid& device);
    std::optional<FamilyViolenceIndicator> find(const Uuid& id);
    std::vector<FamilyViolenceIndicator> forPerson(const Uuid& personId);

    // casework.md "Family violence": the person carries an indicator in force, or is a child
    // in a case where any participant carries one ("that person's and the child's address").
    bool isProtected(const Uuid& personId, Date day);
    // Every protected person among the participants of a case.
    std::set<Uuid> protectedInCase(const Uuid& caseId, Date day);
    bool caseHasIndicator(const Uuid& caseId, Date day);

    void insertOverride(const DisclosureOverride& o, const Uuid& device);
    std::vector<DisclosureOverride> overridesFor(const Uuid& personId);

private:
    Database& m_db;
};

} // namespace caseledger::core
