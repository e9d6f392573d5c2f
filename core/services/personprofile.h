#pragma once

#include "core/cases/caselist.h"
#include "core/cases/demographics.h"
#include "core/cases/familyviolence.h"
#include "core/cases/person.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;
class DisclosureGuard;

// A person as a read service shows them: never the full SSN (S13), and no whereabouts of a
// protected person unless an audited override allowed them (S14).
struct PersonProfile
{
    Uuid id;
    PersonName name;
    std::string displayName;
    std::optional<Date> dateOfBirth;
    std::string ssnMasked; // "***-**-1234", or empty when no SSN is on file
    bool ssnVerified = false;
    std::optional<Sex> sex;
    std::optional<Date> deceasedOn;
    std::string preferredLanguage;
    std::vector<OtherName> otherNames;
    Demographics demographics;
    std::vector<FamilyViolenceIndicator> familyViolence;
    bool protectedPerson = false; // whereabouts are protected by a family violence indicator
    bool whereaboutsWithheld = false; // ... and were left out of this result
    std::string email;
    std::vector<Address> addresses;
    std::vector<Phone> phones;
    std::vector<Employment> employment;
    std::vector<PersonCaseLink> cases;
    Hlc hlc;
};

// Reads everything about `person` and applies masking and the guard. No audit here: the
// calling service's one audit record covers it.
PersonProfile loadPersonProfile(
    Database& db, const Person& person, DisclosureGuard& guard, bool withCases = true);

} // namespace caseledger::core
