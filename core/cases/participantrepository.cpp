#include "core/cases/participantrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelect
    = "SELECT id, case_id, person_id, role, from_date, to_date, hs_student, "
      "expected_graduation, hlc FROM participant ";

Participant readParticipant(const Statement& s)
{
    Participant p;
    p.id = s.uuid(0);
    p.caseId = s.uuid(1);
    p.personId = s.uuid(2);
    p.role = code<ParticipantRole>(s, 3);
    p.from = date(s, 4);
    p.to = optionalDate(s, 5);
    p.fullTimeHighSchoolStudent = s.int64(6) != 0;
    p.expectedGraduation = optionalDate(s, 7);
    p.hlc = hlc(s, 8);
    return p;
}

void bindParticipant(Statement& s, const Participant& p, const Uuid& device)
{
    s.bind(1, p.id).bind(2, p.caseId).bind(3, p.personId);
    bindCode(s, 4, p.role);
    bindDate(s, 5, p.from);
    bindDate(s, 6, p.to);
    s.bind(7, p.fullTimeHighSchoolStudent);
    bindDate(s, 8, p.expectedGraduation);
    s.bind(9, p.hlc.asInt64()).bind(10, device);
}

} // namespace

void ParticipantRepository::insert(const Participant& p, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO participant (id, case_id, person_id, role, from_date, to_date, hs_student, "
        "expected_graduation, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    bindParticipant(s, p, device);
    s.run();
}

void ParticipantRepository::update(const Participant& p, const Uuid& device)
{
    auto s = m_db.prepare(
        "UPDATE participant SET case_id = ?2, person_id = ?3, role = ?4, from_date = ?5, to_date = "
        "?6, "
        "hs_student = ?7, expected_graduation = ?8, hlc = ?9, device = ?10 WHERE id = ?1");
    bindParticipant(s, p, device);
    s.run();
}

std::optional<Participant> ParticipantRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readParticipant(s);
}

std::vector<Participant> ParticipantRepository::forCase(const Uuid& caseId)
{
    auto s = m_db.prepare(std::string(kSelect)
        + "WHERE case_id = ?1 ORDER BY CASE role WHEN 'cp' THEN 0 WHEN 'ncp' THEN 1 WHEN 'af' THEN "
          "2 "
          "ELSE 3 END, from_date, id");
    s.bind(1, caseId);
    std::vector<Participant> out;
    while (s.step())
        out.push_back(readParticipant(s));
    return out;
}

int ParticipantRepository::childCount(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT count(*) FROM participant WHERE case_id = ?1 AND role = 'child' "
                          "AND to_date IS NULL");
    s.bind(1, caseId);
    return s.step() ? s.int32(0) : 0;
}

} // namespace caseledger::core
