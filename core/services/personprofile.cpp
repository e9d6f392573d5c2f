#include "core/services/personprofile.h"

#include "core/access/disclosureguard.h"
#include "core/access/masking.h"
#include "core/cases/caserepository.h"
#include "core/cases/contactrepository.h"
#include "core/cases/employmentrepository.h"
#include "core/cases/familyviolencerepository.h"
#include "core/cases/personrepository.h"

namespace caseledger::core {

PersonProfile loadPersonProfile(
    Database& db, const Person& person, DisclosureGuard& guard, bool withCases)
{
    PersonProfile p;
    p.id = person.id;
    p.name = person.name;
    p.displayName = person.name.display();
    p.dateOfBirth = person.dateOfBirth;
    p.ssnMasked = maskSsn(person.ssn);
    p.ssnVerified = person.ssnVerified;
    p.sex = person.sex;
    p.deceasedOn = person.deceasedOn;
    p.preferredLanguage = person.preferredLanguage;
    p.hlc = person.hlc;
    PersonRepository people(db);
    p.otherNames = people.otherNames(person.id);
    p.demographics = people.demographics(person.id);
    p.familyViolence = FamilyViolenceRepository(db).forPerson(person.id);
    p.protectedPerson = guard.isProtected(person.id);
    if (withCases)
        p.cases = CaseRepository(db).casesOfPerson(person.id);
    if (!guard.mayDisclose(person.id)) {
        // Nothing that says where the person lives, works or can be reached leaves core.
        p.whereaboutsWithheld = true;
        return p;
    }
    ContactRepository contacts(db);
    p.email = person.email;
    p.addresses = contacts.addresses(person.id);
    p.phones = contacts.phones(person.id);
    p.employment = EmploymentRepository(db).forPerson(person.id);
    return p;
}

} // namespace caseledger::core
