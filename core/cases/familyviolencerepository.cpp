#include "core/cases/familyviolencerepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

FamilyViolenceIndicator readIndicator(const Statement& s)
{
    return {s.uuid(0), s.uuid(1), code<FamilyViolenceKind>(s, 2), date(s, 3), optionalDate(s, 4),
        hlc(s, 5)};
}

void bindIndicator(Statement& s, const FamilyViolenceIndicator& f, const Uuid& device)
{
    s.bind(1, f.id).bind(2, f.personId);
    bindCode(s, 3, f.kind);
    bindDate(s, 4, f.since);
    bindDate(s, 5, f.endedOn);
    s.bind(6, f.hlc.asInt64()).bind(7, device);
}

// An indicator protects from the day it is recorded through its end date, inclusive.
constexpr const char* kInForce = "(f.ended_on IS NULL OR f.ended_on >= ?2)";

} // namespace

void FamilyViolenceRepository::insert(const FamilyViolenceIndicator& f, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO family_violence (id, person_id, kind, since, ended_on, hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindIndicator(s, f, device);
    s.run();
}

void FamilyViolenceRepository::update(const FamilyViolenceIndicator& f, const Uuid& device)
{
    auto s = m_db.prepare("UPDATE family_violence SET person_id = ?2, kind = ?3, since = ?4, "
                          "ended_on = ?5, hlc = ?6, "
                          "device = ?7 WHERE id = ?1");
    bindIndicator(s, f, device);
    s.run();
}

std::optional<FamilyViolenceIndicator> FamilyViolenceRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(
        "SELECT id, person_id, kind, since, ended_on, hlc FROM family_violence WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readIndicator(s);
}

std::vector<FamilyViolenceIndicator> FamilyViolenceRepository::forPerson(const Uuid& personId)
{
    auto s = m_db.prepare("SELECT id, person_id, kind, since, ended_on, hlc FROM family_violence "
                          "WHERE person_id = ?1 "
                          "ORDER BY since, id");
    s.bind(1, personId);
    std::vector<FamilyViolenceIndicator> out;
    while (s.step())
        out.push_back(readIndicator(s));
    return out;
}

bool FamilyViolenceRepository::isProtected(const Uuid& personId, Date day)
{
    auto s = m_db.prepare(std::string("SELECT 1 FROM family_violence f WHERE f.person_id = ?1 AND ")
        + kInForce
        + " UNION ALL "
          "SELECT 1 FROM participant c JOIN participant o ON o.case_id = c.case_id "
          "JOIN family_violence f ON f.person_id = o.person_id "
          "WHERE c.person_id = ?1 AND c.role = 'child' AND "
        + kInForce + " LIMIT 1");
    s.bind(1, personId);
    bindDate(s, 2, day);
    return s.step();
}

std::set<Uuid> FamilyViolenceRepository::protectedInCase(const Uuid& caseId, Date day)
{
    // Those who carry an indicator, in this case or through another case of theirs ...
    auto s = m_db.prepare(
        std::string("SELECT DISTINCT p.person_id FROM participant p JOIN family_violence f "
                    "ON f.person_id = p.person_id WHERE p.case_id = ?1 AND ")
        + kInForce);
    s.bind(1, caseId);
    bindDate(s, 2, day);
    std::set<Uuid> out;
    while (s.step())
        out.insert(s.uuid(0));
    // ... and every child of a case in which somebody does (checked per child, because a
    // child may be protected through a sibling case).
    auto children
        = m_db.prepare("SELECT person_id FROM participant WHERE case_id = ?1 AND role = 'child'");
    children.bind(1, caseId);
    std::vector<Uuid> kids;
    while (children.step())
        kids.push_back(children.uuid(0));
    for (const auto& child : kids)
        if (!out.count(child) && isProtected(child, day))
            out.insert(child);
    return out;
}

bool FamilyViolenceRepository::caseHasIndicator(const Uuid& caseId, Date day)
{
    auto s = m_db.prepare(
        std::string(
            "SELECT 1 FROM participant p JOIN family_violence f ON f.person_id = p.person_id "
            "WHERE p.case_id = ?1 AND ")
        + kInForce + " LIMIT 1");
    s.bind(1, caseId);
    bindDate(s, 2, day);
    return s.step();
}

void FamilyViolenceRepository::insertOverride(const DisclosureOverride& o, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO disclosure_override (id, person_id, user_id, at_utc, authority, hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, o.id).bind(2, o.personId).bind(3, o.userId).bind(4, o.atUtc).bind(5, o.authority);
    s.bind(6, o.hlc.asInt64()).bind(7, device);
    s.run();
}

std::vector<DisclosureOverride> FamilyViolenceRepository::overridesFor(const Uuid& personId)
{
    auto s = m_db.prepare(
        "SELECT id, person_id, user_id, at_utc, authority, hlc FROM disclosure_override "
        "WHERE person_id = ?1 ORDER BY at_utc");
    s.bind(1, personId);
    std::vector<DisclosureOverride> out;
    while (s.step())
        out.push_back({s.uuid(0), s.uuid(1), s.uuid(2), s.text(3), s.text(4), hlc(s, 5)});
    return out;
}

} // namespace caseledger::core
