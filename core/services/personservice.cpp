#include "core/services/personservice.h"

#include "core/access/disclosureguard.h"
#include "core/access/masking.h"
#include "core/base/text.h"
#include "core/cases/caserepository.h"
#include "core/cases/contactrepository.h"
#include "core/cases/employmentrepository.h"
#include "core/cases/familyviolencerepository.h"
#include "core/cases/personrepository.h"
#include "core/cases/searchrepository.h"
#include "core/cases/ssn.h"
#include "core/services/changefields.h"
#include "core/services/servicesupport.h"
#include "core/services/taskscheduler.h"
#include "core/services/workspace.h"

namespace caseledger::core {

using namespace servicesupport;

namespace {

std::optional<Date> checkedBirth(const std::optional<Date>& dob, Date today)
{
    if (dob && (*dob > today || dob->year() < 1900))
        failValidation("date of birth", "must be between 1900 and today");
    return dob;
}

std::string checkedEmail(std::string_view raw)
{
    std::string e = cleanText(raw, "email", 254, false);
    if (!e.empty() && (e.find('@') == std::string::npos || e.find(' ') != std::string::npos))
        failValidation("email", "is not an e-mail address");
    return e;
}

std::string checkedLanguage(std::string_view raw)
{
    const std::string l = text::toLowerAscii(text::trim(raw));
    if (!l.empty() && decodeLanguage(l).value.size() != 2)
        failValidation("preferred language", "must be a two-letter ISO 639-1 code such as es");
    return l;
}

Address checkedAddress(Address a, Date today)
{
    a.line1 = cleanText(a.line1, "address line 1", 100, true);
    a.line2 = cleanText(a.line2, "address line 2", 100, false);
    a.city = cleanText(a.city, "city", 60, true);
    a.state = text::trim(a.state);
    if (a.state.size() != 2 || a.state[0] < 'A' || a.state[0] > 'Z' || a.state[1] < 'A'
        || a.state[1] > 'Z')
        failValidation("state", "is a two-letter postal code such as CA");
    const std::string zip = text::trim(a.zip);
    const bool five = zip.size() == 5, nine = zip.size() == 10 && zip[5] == '-';
    for (std::size_t i = 0; i < zip.size(); ++i)
        if (!(nine && i == 5) && (zip[i] < '0' || zip[i] > '9'))
            failValidation("zip", "is five digits, or five-four (95814-1234)");
    if (!five && !nine)
        failValidation("zip", "is five digits, or five-four (95814-1234)");
    a.zip = zip;
    if (a.from == Date())
        a.from = today; // not given: from today
    if (a.to && *a.to < a.from)
        failValidation("to", "is before the address began");
    return a;
}

void indexNames(Operation& op, const Person& p)
{
    std::vector<PersonName> names {p.name};
    for (const auto& n : PersonRepository(op.db()).otherNames(p.id))
        names.push_back(n.name);
    SearchRepository(op.db()).indexPerson(p.id, names);
}

Phone insertPhone(Operation& op, const Uuid& personId, PhoneKind kind, std::string_view number)
{
    const auto digits = normalizePhone(number);
    if (!digits)
        failValidation("phone", "is a ten-digit number such as (213) 555-0143");
    Phone ph {newId(op), personId, kind, *digits, op.hlc()};
    ContactRepository(op.db()).insertPhone(ph, device(op));
    op.recordChange("phone", ph.id, {}, changefields::of(ph));
    return ph;
}

Address insertAddress(Operation& op, const Uuid& personId, const Address& raw)
{
    Address a = checkedAddress(raw, today(op));
    a.id = newId(op);
    a.personId = personId;
    a.hlc = op.hlc();
    ContactRepository(op.db()).insertAddress(a, device(op));
    op.recordChange("address", a.id, {}, changefields::of(a));
    return a;
}

// A timeframe event for every active case in which the person is NCP or alleged father.
void triggerForNoncustodial(Operation& op, const Uuid& personId, CaseEvent event)
{
    CaseRepository cases(op.db());
    for (const auto& caseId : cases.activeCasesAsNoncustodial(personId)) {
        auto c = cases.find(caseId);
        if (c)
            TaskScheduler(op).record(*c, event, today(op));
    }
}

// What an add returns is output too: a protected person's new whereabouts come back withheld (S14).
bool withhold(Operation& op, const Uuid& personId)
{
    return !DisclosureGuard(op.db(), today(op)).mayDisclose(personId);
}

PersonProfile profileOf(Operation& op, const Person& p)
{
    DisclosureGuard guard(op.db(), today(op));
    return loadPersonProfile(op.db(), p, guard);
}

} // namespace

Result<PersonProfile> PersonService::add(const Session& session, const NewPersonRequest& r)
{
    return m_ws.perform(session, Action::PersonAdd, [&](Operation& op) {
        Person p;
        p.id = newId(op);
        op.target("person", p.id.toString());
        p.name = r.name.normalized();
        p.dateOfBirth = checkedBirth(r.dateOfBirth, today(op));
        PersonRepository people(op.db());
        if (!text::trim(r.ssn).empty()) {
            p.ssn = requireValidSsn(text::trim(r.ssn));
            if (people.ssnInUse(*p.ssn))
                failValidation(
                    "ssn", "another person already has this SSN; search for them instead");
            p.ssnVerified = r.ssnVerified;
        }
        p.sex = r.sex;
        p.email = checkedEmail(r.email);
        p.preferredLanguage = checkedLanguage(r.preferredLanguage);
        p.createdAt = formatUtc(op.now());
        p.hlc = op.hlc();
        people.insert(p, device(op));
        op.recordChange("person", p.id, {}, changefields::of(p));
        for (const auto& other : r.otherNames) {
            OtherName n {
                newId(op), p.id, other.kind, other.name.normalized("other name"), op.hlc()};
            people.insertOtherName(n, device(op));
            op.recordChange("person_name", n.id, {}, changefields::of(n));
        }
        for (const auto& a : r.addresses)
            insertAddress(op, p.id, a);
        for (const auto& ph : r.phones)
            insertPhone(op, p.id, ph.kind, ph.number);
        people.saveDemographics(p.id, r.demographics, op.hlc(), device(op));
        op.recordChange("demographics", p.id, {}, changefields::of(r.demographics));
        indexNames(op, p);
        op.describe("added a person" + std::string(p.ssn ? " with an SSN" : ""));
        return profileOf(op, p);
    });
}

Result<PersonProfile> PersonService::view(const Session& session, const Uuid& personId)
{
    return m_ws.perform(session, Action::PersonView, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        auto profile = profileOf(op, p);
        op.describe(profile.whereaboutsWithheld ? "viewed a person (whereabouts withheld)"
                                                : "viewed a person");
        return profile;
    });
}

Result<PersonProfile> PersonService::update(
    const Session& session, const Uuid& personId, const PersonEdit& e)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        Person p = requirePerson(op, personId);
        const Person before = p;
        p.name = e.name.normalized();
        p.dateOfBirth = checkedBirth(e.dateOfBirth, today(op));
        PersonRepository people(op.db());
        if (e.newSsn && text::trim(*e.newSsn).empty()) {
            p.ssn.reset();
        } else if (e.newSsn) {
            p.ssn = requireValidSsn(text::trim(*e.newSsn));
            if (people.ssnInUse(*p.ssn, p.id))
                failValidation("ssn", "another person already has this SSN");
        }
        p.ssnVerified = p.ssn && e.ssnVerified;
        p.sex = e.sex;
        if (e.email)
            p.email = checkedEmail(*e.email);
        p.preferredLanguage = checkedLanguage(e.preferredLanguage);
        if (e.deceasedOn)
            requireNotFuture(*e.deceasedOn, today(op), "deceased on");
        p.deceasedOn = e.deceasedOn;
        p.hlc = op.hlc();
        people.update(p, device(op));
        op.recordChange("person", p.id, before.hlc, changefields::of(p));
        if (e.newAddress && insertAddress(op, p.id, *e.newAddress).isCurrentOn(today(op)))
            triggerForNoncustodial(op, p.id, CaseEvent::NcpLocated); // 45 CFR 303.4(d)
        if (e.newPhone)
            insertPhone(op, p.id, PhoneKind::Mobile, *e.newPhone);
        std::string changed;
        const auto note = [&](bool differs, const char* what) {
            if (differs)
                changed += (changed.empty() ? "" : ", ") + std::string(what);
        };
        note(before.name.display() != p.name.display(), "name");
        note(before.dateOfBirth != p.dateOfBirth, "date of birth");
        note(before.ssn != p.ssn || before.ssnVerified != p.ssnVerified, "SSN");
        note(before.deceasedOn != p.deceasedOn, "date of death");
        note(e.newAddress.has_value(), "a new address"); // never the address itself (S10)
        note(e.newPhone.has_value(), "a new phone number");
        note(before.email != p.email || before.sex != p.sex
                || before.preferredLanguage != p.preferredLanguage,
            "details");
        if (before.name.display() != p.name.display()) {
            indexNames(op, p);
            CaseRepository(op.db()).refreshSortKeysOf(p.id);
        }
        op.describe("updated a person: " + (changed.empty() ? std::string("no change") : changed));
        return profileOf(op, p);
    });
}

Result<OtherName> PersonService::addOtherName(
    const Session& session, const Uuid& personId, NameKind kind, const PersonName& name)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        OtherName n {newId(op), p.id, kind, name.normalized("other name"), op.hlc()};
        PersonRepository(op.db()).insertOtherName(n, device(op));
        op.recordChange("person_name", n.id, {}, changefields::of(n));
        indexNames(op, p);
        op.describe("added an other name (" + std::string(codeOf(kind)) + ")");
        return n;
    });
}

Result<Address> PersonService::addAddress(
    const Session& session, const Uuid& personId, const Address& address)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        const Address a = insertAddress(op, p.id, address);
        if (a.isCurrentOn(today(op)))
            triggerForNoncustodial(op, p.id, CaseEvent::NcpLocated);
        op.target("person", p.id.toString());
        op.describe("added an address"); // never the address itself (S10)
        if (!withhold(op, p.id))
            return a;
        Address shown = a;
        shown.line1 = std::string(DisclosureGuard::kWithheld);
        shown.line2.clear();
        shown.city.clear();
        shown.zip.clear();
        return shown;
    });
}

Result<Address> PersonService::endAddress(const Session& session, const Uuid& addressId, Date on)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        ContactRepository contacts(op.db());
        auto a = contacts.findAddress(addressId);
        if (!a)
            throw Failure(ErrorCode::NotFound, "there is no such address", "address");
        requirePerson(op, a->personId);
        if (on < a->from)
            failValidation("to", "is before the address began");
        const Hlc base = a->hlc;
        a->to = on;
        a->hlc = op.hlc();
        contacts.updateAddress(*a, device(op));
        op.recordChange("address", a->id, base, {{"to", on.toIso()}});
        op.describe("ended an address");
        if (withhold(op, a->personId)) {
            a->line1 = std::string(DisclosureGuard::kWithheld);
            a->line2.clear();
            a->city.clear();
            a->zip.clear();
        }
        return *a;
    });
}

Result<Phone> PersonService::addPhone(
    const Session& session, const Uuid& personId, PhoneKind kind, std::string_view number)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        Phone ph = insertPhone(op, p.id, kind, number);
        op.describe("added a phone number");
        if (withhold(op, p.id))
            ph.number.clear();
        return ph;
    });
}

Result<Employment> PersonService::addEmployment(
    const Session& session, const Uuid& personId, const Employment& raw)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        Employment e = raw;
        e.id = newId(op);
        e.personId = p.id;
        e.employerName = cleanText(e.employerName, "employer", 120, true);
        e.employerAddress = cleanText(e.employerAddress, "employer address", 200, false);
        e.fein = text::trim(e.fein);
        if (!e.fein.empty()
            && (e.fein.size() != 9 || e.fein.find_first_not_of("0123456789") != std::string::npos))
            failValidation(
                "fein", "is the employer's nine-digit federal employer identification number");
        if (e.grossIncome.isNegative())
            failValidation("income", "cannot be negative");
        if (e.from == Date())
            e.from = today(op);
        e.hlc = op.hlc();
        EmploymentRepository(op.db()).insert(e, device(op));
        op.recordChange("employment", e.id, {}, changefields::of(e));
        if (!e.to || *e.to >= today(op))
            triggerForNoncustodial(op, p.id, CaseEvent::IncomeSourceFound);
        op.target("person", p.id.toString());
        op.describe("added an income source");
        if (withhold(op, p.id)) {
            e.employerName = std::string(DisclosureGuard::kWithheld);
            e.employerAddress.clear();
        }
        return e;
    });
}

Status PersonService::setDemographics(
    const Session& session, const Uuid& personId, const Demographics& d)
{
    return m_ws.perform(session, Action::PersonUpdate, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        if (d.primaryLanguage.answered())
            checkedLanguage(d.primaryLanguage.value);
        PersonRepository(op.db()).saveDemographics(p.id, d, op.hlc(), device(op));
        op.recordChange("demographics", p.id, {}, changefields::of(d));
        op.describe("recorded voluntary demographics");
        return Done {};
    });
}

Result<std::string> PersonService::revealSsn(
    const Session& session, const Uuid& personId, std::string_view reason)
{
    return m_ws.perform(session, Action::PersonRevealSsn, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        const std::string why = cleanText(reason, "reason", 500, true);
        if (!p.ssn)
            throw Failure(ErrorCode::NotFound, "no SSN is on file for this person", "ssn");
        // S10: the reason is kept, with anything SSN-shaped masked; the SSN itself never is.
        op.describe("SSN revealed; reason: " + maskSsnsInText(why));
        return *p.ssn;
    });
}

Result<PersonProfile> PersonService::viewProtected(
    const Session& session, const Uuid& personId, std::string_view authority)
{
    return m_ws.perform(session, Action::FamilyViolenceOverride, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        const std::string recorded = cleanText(authority, "authority", 500, true);
        DisclosureGuard guard(op.db(), today(op));
        if (!guard.isProtected(p.id))
            failValidation(
                "person", "this person's whereabouts are not protected; view the person normally");
        DisclosureOverride o {
            newId(op), p.id, session.userId, formatUtc(op.now()), recorded, op.hlc()};
        FamilyViolenceRepository(op.db()).insertOverride(o, device(op));
        op.recordChange("disclosure_override", o.id, {}, changefields::of(o));
        guard.allowByOverride(p.id);
        auto profile = loadPersonProfile(op.db(), p, guard);
        // The authority is in the override record; the audit names the record, not its text.
        op.describe("family violence override " + o.id.toString() + " with a recorded authority");
        return profile;
    });
}

Result<FamilyViolenceIndicator> PersonService::recordFamilyViolence(
    const Session& session, const Uuid& personId, FamilyViolenceKind kind, Date since)
{
    return m_ws.perform(session, Action::FamilyViolenceRecord, [&](Operation& op) {
        const Person p = requirePerson(op, personId);
        requireNotFuture(since, today(op), "since");
        FamilyViolenceIndicator f {newId(op), p.id, kind, since, {}, op.hlc()};
        FamilyViolenceRepository(op.db()).insert(f, device(op));
        op.recordChange("family_violence", f.id, {}, changefields::of(f));
        op.describe("family violence indicator recorded (" + std::string(codeOf(kind)) + ")");
        return f;
    });
}

Result<FamilyViolenceIndicator> PersonService::endFamilyViolence(
    const Session& session, const Uuid& indicatorId, Date on)
{
    return m_ws.perform(session, Action::FamilyViolenceRecord, [&](Operation& op) {
        FamilyViolenceRepository repo(op.db());
        auto f = repo.find(indicatorId);
        if (!f)
            throw Failure(
                ErrorCode::NotFound, "there is no such family violence indicator", "indicator");
        requirePerson(op, f->personId);
        if (f->endedOn)
            failValidation("indicator", "has already ended");
        if (on < f->since)
            failValidation("ended on", "is before the indicator began");
        const Hlc base = f->hlc;
        f->endedOn = on;
        f->hlc = op.hlc();
        repo.update(*f, device(op));
        op.recordChange("family_violence", f->id, base, {{"ended_on", on.toIso()}});
        op.describe("family violence indicator ended");
        return *f;
    });
}

} // namespace caseledger::core
