#include "core/cases/personrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelect = "SELECT id, given_name, middle_name, family_name, suffix, "
                                "date_of_birth, ssn, ssn_verified, sex, email, "
                                "preferred_language, deceased_on, created_at, hlc FROM person ";

Person readPerson(const Statement& s)
{
    Person p;
    p.id = s.uuid(0);
    p.name = {s.text(1), s.text(2), s.text(3), s.text(4)};
    p.dateOfBirth = optionalDate(s, 5);
    p.ssn = s.optionalText(6);
    p.ssnVerified = s.int64(7) != 0;
    p.sex = optionalCode<Sex>(s, 8);
    p.email = s.text(9);
    p.preferredLanguage = s.text(10);
    p.deceasedOn = optionalDate(s, 11);
    p.createdAt = s.text(12);
    p.hlc = hlc(s, 13);
    return p;
}

void bindPerson(Statement& s, const Person& p, const Uuid& device)
{
    s.bind(1, p.id)
        .bind(2, p.name.given)
        .bind(3, p.name.middle)
        .bind(4, p.name.family)
        .bind(5, p.name.suffix)
        .bind(6, p.name.sortKey());
    bindDate(s, 7, p.dateOfBirth);
    s.bind(8, p.ssn).bind(9, p.ssnVerified);
    if (p.sex)
        bindCode(s, 10, *p.sex);
    else
        s.bindNull(10);
    s.bind(11, p.email).bind(12, p.preferredLanguage);
    bindDate(s, 13, p.deceasedOn);
    s.bind(14, p.createdAt).bind(15, p.hlc.asInt64()).bind(16, device);
}

} // namespace

void PersonRepository::insert(const Person& p, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO person (id, given_name, middle_name, family_name, suffix, sort_key, "
        "date_of_birth, ssn, "
        "ssn_verified, sex, email, preferred_language, deceased_on, created_at, hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    bindPerson(s, p, device);
    s.run();
}

void PersonRepository::update(const Person& p, const Uuid& device)
{
    auto s = m_db.prepare(
        "UPDATE person SET given_name = ?2, middle_name = ?3, family_name = ?4, suffix = ?5, "
        "sort_key = ?6, "
        "date_of_birth = ?7, ssn = ?8, ssn_verified = ?9, sex = ?10, email = ?11, "
        "preferred_language = ?12, "
        "deceased_on = ?13, created_at = ?14, hlc = ?15, device = ?16 WHERE id = ?1");
    bindPerson(s, p, device);
    s.run();
    if (m_db.changes() != 1)
        throw Failure(ErrorCode::NotFound, "there is no such person", "person");
}

std::optional<Person> PersonRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readPerson(s);
}

bool PersonRepository::exists(const Uuid& id)
{
    auto s = m_db.prepare("SELECT 1 FROM person WHERE id = ?1");
    s.bind(1, id);
    return s.step();
}

bool PersonRepository::ssnInUse(const std::string& ssn, const std::optional<Uuid>& except)
{
    auto s = m_db.prepare("SELECT id FROM person WHERE ssn = ?1");
    s.bind(1, ssn);
    while (s.step())
        if (!except || s.uuid(0) != *except)
            return true;
    return false;
}

bool PersonRepository::anyWithSsn()
{
    auto s = m_db.prepare("SELECT 1 FROM person WHERE ssn IS NOT NULL LIMIT 1");
    return s.step();
}

void PersonRepository::insertOtherName(const OtherName& n, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO person_name (id, person_id, kind, given_name, middle_name, "
                          "family_name, suffix, "
                          "hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, n.id).bind(2, n.personId);
    bindCode(s, 3, n.kind);
    s.bind(4, n.name.given)
        .bind(5, n.name.middle)
        .bind(6, n.name.family)
        .bind(7, n.name.suffix)
        .bind(8, n.hlc.asInt64())
        .bind(9, device);
    s.run();
}

std::vector<OtherName> PersonRepository::otherNames(const Uuid& personId)
{
    auto s = m_db.prepare(
        "SELECT id, person_id, kind, given_name, middle_name, family_name, suffix, hlc "
        "FROM person_name WHERE person_id = ?1 ORDER BY id");
    s.bind(1, personId);
    std::vector<OtherName> out;
    while (s.step())
        out.push_back({s.uuid(0), s.uuid(1), code<NameKind>(s, 2),
            {s.text(3), s.text(4), s.text(5), s.text(6)}, hlc(s, 7)});
    return out;
}

void PersonRepository::saveDemographics(
    const Uuid& personId, const Demographics& d, Hlc h, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO demographics (person_id, race_ethnicity, gender_identity, primary_language, "
        "disability, hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (person_id) DO UPDATE SET "
        "race_ethnicity = excluded.race_ethnicity, gender_identity = excluded.gender_identity, "
        "primary_language = excluded.primary_language, disability = excluded.disability, hlc = "
        "excluded.hlc, "
        "device = excluded.device");
    s.bind(1, personId)
        .bind(2, encodeRaceEthnicity(d.raceEthnicity))
        .bind(3, encodeGenderIdentity(d.genderIdentity))
        .bind(4, encodeLanguage(d.primaryLanguage))
        .bind(5, encodeDisability(d.disability))
        .bind(6, h.asInt64())
        .bind(7, device);
    s.run();
}

Demographics PersonRepository::demographics(const Uuid& personId)
{
    auto s = m_db.prepare(
        "SELECT race_ethnicity, gender_identity, primary_language, disability FROM demographics "
        "WHERE person_id = ?1");
    s.bind(1, personId);
    Demographics d;
    if (!s.step())
        return d;
    try {
        d.raceEthnicity = decodeRaceEthnicity(s.text(0));
        d.genderIdentity = decodeGenderIdentity(s.text(1));
        d.primaryLanguage = decodeLanguage(s.text(2));
        d.disability = decodeDisability(s.text(3));
    } catch (const Failure&) {
        throw Failure(ErrorCode::Damaged, "stored demographics are malformed");
    }
    return d;
}

} // namespace caseledger::core
