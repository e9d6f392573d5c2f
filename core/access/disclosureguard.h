#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Database;

// SECURITY S14, 42 U.S.C. §654(26): the whereabouts (addresses, phones, employers, e-mail) of
// a person protected by a family violence indicator -- and of the children of their cases --
// are never disclosed, in any output, unless a user holding Grant::OverrideFamilyViolence
// makes an override with a recorded authority through PersonService (audited). Every read
// service asks this guard before it puts whereabouts in a result.
class DisclosureGuard
{
public:
    static constexpr std::string_view kWithheld = "[withheld: family violence protection]";

    DisclosureGuard(Database& db, Date today)
        : m_db(db)
        , m_today(today)
    { }
    bool isProtected(const Uuid& personId);
    // Loads the protected people of a case in one go (the case view).
    void preloadCase(const Uuid& caseId);
    // Only PersonService::viewProtected calls this, after recording the authority.
    void allowByOverride(const Uuid& personId) { m_overridden.insert(personId); }
    bool mayDisclose(const Uuid& personId)
    {
        return m_overridden.count(personId) || !isProtected(personId);
    }
    // Free text of a case (a note a worker typed) as it may be shown: SSN-shaped runs masked
    // (S13) and the address lines of the case's protected people replaced by kWithheld (S14).
    std::string redactCaseText(const Uuid& caseId, std::string_view text);

private:
    Database& m_db;
    Date m_today;
    std::map<Uuid, bool> m_known;
    std::set<Uuid> m_overridden;
    std::map<Uuid, std::vector<std::string>> m_secretsOfCase;
};

} // namespace caseledger::core
