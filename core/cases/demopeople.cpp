#include "core/cases/demopeople.h"

#include "core/base/money.h"
#include "core/cases/contactrepository.h"
#include "core/cases/employmentrepository.h"
#include "core/cases/personrepository.h"
#include "core/cases/searchrepository.h"

#include <cstdio>

namespace caseledger::core {

namespace {

const NameCulture& weightedCulture(DemoRandom& rng)
{
    const auto cultures = nameCultures();
    int total = 0;
    for (const auto& c : cultures)
        total += c.weight;
    int r = rng.between(0, total - 1);
    for (const auto& c : cultures) {
        if (r < c.weight)
            return c;
        r -= c.weight;
    }
    return cultures.front();
}

const PlaceName& place(DemoRandom& rng, bool distant)
{
    return distant ? rng.pick(demoDistantPlaces()) : rng.pick(demoPlaces());
}

std::string digits(std::int64_t value, int width)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%0*lld", width, static_cast<long long>(value));
    return buffer;
}

} // namespace

DemoPeople::DemoPeople(DemoContext& ctx)
    : m_ctx(ctx)
    , m_checkDatabase(PersonRepository(ctx.db).anyWithSsn())
{ }

const NameCulture& DemoPeople::culture()
{
    return weightedCulture(m_ctx.rng);
}

std::string DemoPeople::familyName(const NameCulture& c)
{
    std::string name(m_ctx.rng.pick(c.family));
    // Many Latin American families keep both surnames ("Hernández López").
    if (c.doubleSurnames && m_ctx.rng.chance(22))
        name += " " + std::string(m_ctx.rng.pick(c.family));
    return name;
}

std::string DemoPeople::uniqueSsn()
{
    PersonRepository people(m_ctx.db);
    for (;;) {
        // Area 001-665 or 667-899, group 01-99, serial 0001-9999 (all valid, casework.md).
        int area = m_ctx.rng.between(1, 898);
        if (area >= 666)
            ++area;
        const std::string ssn = digits(area, 3) + digits(m_ctx.rng.between(1, 99), 2)
            + digits(m_ctx.rng.between(1, 9999), 4);
        // The database is asked only when it held people before this run.
        if (m_ssns.insert(ssn).second && (!m_checkDatabase || !people.ssnInUse(ssn)))
            return ssn;
    }
}

Demographics DemoPeople::demographics(const NameCulture& c, Sex sex, bool adult)
{
    auto& rng = m_ctx.rng;
    Demographics d;
    if (!adult) {
        if (rng.chance(20))
            d.raceEthnicity = Answer<std::vector<RaceEthnicity>>::given({c.race});
        return d;
    }
    // Rates seen when the questions are voluntary: many are never asked, some decline.
    if (const auto k = rng.weighted({62, 14, 24}); k == 0) {
        std::vector<RaceEthnicity> races {c.race};
        if (c.code == std::string_view("english"))
            races = {rng.chance(55) ? RaceEthnicity::BlackAfricanAmerican : RaceEthnicity::White};
        if (rng.chance(8))
            races.push_back(
                rng.chance(50) ? RaceEthnicity::White : RaceEthnicity::AmericanIndianAlaskaNative);
        d.raceEthnicity = decodeRaceEthnicity(
            encodeRaceEthnicity(Answer<std::vector<RaceEthnicity>>::given(races)));
    } else if (k == 1) {
        d.raceEthnicity = Answer<std::vector<RaceEthnicity>>::declined();
    }
    if (const auto k = rng.weighted({55, 10, 35}); k == 0)
        d.genderIdentity = Answer<GenderIdentity>::given(rng.chance(1.5) ? GenderIdentity::NonBinary
                : sex == Sex::Female                                     ? GenderIdentity::Woman
                                                                         : GenderIdentity::Man);
    else if (k == 1)
        d.genderIdentity = Answer<GenderIdentity>::declined();
    if (const auto k = rng.weighted({70, 5, 25}); k == 0)
        d.primaryLanguage
            = Answer<std::string>::given(rng.chance(60) ? std::string(c.language) : "en");
    else if (k == 1)
        d.primaryLanguage = Answer<std::string>::declined();
    if (const auto k = rng.weighted({40, 15, 45}); k == 0)
        d.disability = Answer<bool>::given(rng.chance(9));
    else if (k == 1)
        d.disability = Answer<bool>::declined();
    return d;
}

void DemoPeople::store(const Person& p, const NameCulture& c, Sex sex, bool adult)
{
    PersonRepository people(m_ctx.db);
    people.insert(p, m_ctx.device());
    people.saveDemographics(p.id, demographics(c, sex, adult), m_ctx.hlc(), m_ctx.device());
    SearchRepository(m_ctx.db).indexNewPerson(p.id, {p.name});
    ++m_ctx.stats.people;
}

Person DemoPeople::adult(const NameCulture& c, Sex sex, int minAge, int maxAge, Date on)
{
    auto& rng = m_ctx.rng;
    Person p;
    p.id = m_ctx.ids.next();
    p.name.given
        = std::string(sex == Sex::Female ? rng.pick(c.femaleGiven) : rng.pick(c.maleGiven));
    p.name.family = familyName(c);
    if (rng.chance(4))
        p.name.suffix = sex == Sex::Male ? "Jr." : "";
    p.dateOfBirth = rng.dateBetween(on.addYears(-maxAge), on.addYears(-minAge));
    if (rng.chance(88)) {
        p.ssn = uniqueSsn();
        p.ssnVerified = rng.chance(85);
    }
    p.sex = sex;
    p.preferredLanguage = rng.chance(55) ? std::string(c.language) : "en";
    p.createdAt = m_ctx.today().toIso() + "T12:00:00.000Z";
    p.hlc = m_ctx.hlc();
    store(p, c, sex, true);
    return p;
}

Person DemoPeople::child(const NameCulture& c, const std::string& familyName, Date born)
{
    auto& rng = m_ctx.rng;
    const Sex sex = rng.chance(50) ? Sex::Female : Sex::Male;
    Person p;
    p.id = m_ctx.ids.next();
    p.name.given
        = std::string(sex == Sex::Female ? rng.pick(c.femaleGiven) : rng.pick(c.maleGiven));
    p.name.family = familyName;
    p.dateOfBirth = born;
    if (rng.chance(75)) {
        p.ssn = uniqueSsn();
        p.ssnVerified = true;
    }
    p.sex = sex;
    p.createdAt = m_ctx.today().toIso() + "T12:00:00.000Z";
    p.hlc = m_ctx.hlc();
    store(p, c, sex, false);
    ++m_ctx.stats.children;
    return p;
}

std::string DemoPeople::childFamilyName(const Person& mother, const Person* father)
{
    if (!father || m_ctx.rng.chance(30))
        return mother.name.family;
    const auto firstWord = [](const std::string& s) { return s.substr(0, s.find(' ')); };
    if (m_ctx.rng.chance(15))
        return firstWord(father->name.family) + " " + firstWord(mother.name.family);
    return father->name.family;
}

void DemoPeople::addHome(const Person& p, bool distant, Date since)
{
    auto& rng = m_ctx.rng;
    ContactRepository contacts(m_ctx.db);
    const auto makeAddress = [&](Date from, std::optional<Date> to) {
        const auto& where = place(rng, distant);
        Address a;
        a.id = m_ctx.ids.next();
        a.personId = p.id;
        a.line1
            = std::to_string(rng.between(100, 19999)) + " " + std::string(rng.pick(demoStreets()));
        if (rng.chance(35))
            a.line2 = "Apt " + std::to_string(rng.between(1, 450));
        a.city = std::string(where.city);
        a.state = std::string(where.state);
        a.zip = digits(rng.between(where.zipLow, where.zipHigh), 5);
        a.from = from;
        a.to = to;
        a.verified = rng.chance(70);
        a.hlc = m_ctx.hlc();
        contacts.insertAddress(a, m_ctx.device());
    };
    if (rng.chance(40)) {
        const Date moved = rng.dateBetween(since, m_ctx.today());
        makeAddress(since.addYears(-2), moved.addDays(-1));
        since = moved;
    }
    makeAddress(since, std::nullopt);
}

void DemoPeople::addPhone(const Person& p, bool distant)
{
    auto& rng = m_ctx.rng;
    // 555 numbers: the exchange the telephone industry keeps for fiction.
    Phone ph {m_ctx.ids.next(), p.id, rng.chance(85) ? PhoneKind::Mobile : PhoneKind::Home,
        std::string(place(rng, distant).areaCode) + "555" + digits(rng.between(0, 9999), 4),
        m_ctx.hlc()};
    ContactRepository(m_ctx.db).insertPhone(ph, m_ctx.device());
}

void DemoPeople::addJob(const Person& p, Date since)
{
    auto& rng = m_ctx.rng;
    Employment e;
    e.id = m_ctx.ids.next();
    e.personId = p.id;
    e.employerName = std::string(rng.pick(demoEmployers()));
    e.employerAddress = "Payroll Department, " + std::string(rng.pick(demoPlaces()).city) + ", CA";
    e.fein = digits(rng.between(10, 99), 2) + digits(rng.between(0, 9'999'999), 7);
    e.grossIncome = Money::fromCents(rng.between(1'800, 9'500) * 100);
    e.frequency = PayFrequency::Monthly;
    e.from = since;
    e.hlc = m_ctx.hlc();
    EmploymentRepository(m_ctx.db).insert(e, m_ctx.device());
}

} // namespace caseledger::core
