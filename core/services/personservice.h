#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/demographics.h"
#include "core/cases/familyviolence.h"
#include "core/cases/person.h"
#include "core/services/personprofile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

struct NewPersonRequest
{
    PersonName name;
    std::optional<Date> dateOfBirth;
    std::string ssn; // as typed; empty when unknown
    bool ssnVerified = false;
    std::optional<Sex> sex;
    std::string email;
    std::string preferredLanguage;
    std::vector<Address> addresses; // ids and person ids are assigned
    std::vector<Phone> phones; // numbers as typed
    std::vector<OtherName> otherNames;
    Demographics demographics; // "not asked" unless given
};

// The whole editable record of a person as a form holds it. The SSN is write-only from a
// form (it only ever sees the masked value): nullopt keeps it, "" removes it. The e-mail is
// whereabouts (S14): a form that was not shown it sends nullopt, which keeps it. A new
// address or phone is added in the same transaction, so a mistake in it saves nothing.
struct PersonEdit
{
    PersonName name;
    std::optional<Date> dateOfBirth;
    std::optional<std::string> newSsn;
    bool ssnVerified = false;
    std::optional<Sex> sex;
    std::optional<std::string> email;
    std::string preferredLanguage;
    std::optional<Date> deceasedOn;
    std::optional<Address> newAddress; // the person moved; the old address keeps its dates
    std::optional<std::string> newPhone; // as typed
};

// People: their record, names, whereabouts, income, demographics, family violence indicators,
// and the two audited exceptions to privacy: revealing an SSN (S13) and looking past a
// family violence protection under a recorded authority (S14).
class PersonService
{
public:
    explicit PersonService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<PersonProfile> add(const Session& session, const NewPersonRequest& request);
    Result<PersonProfile> view(const Session& session, const Uuid& personId);
    Result<PersonProfile> update(
        const Session& session, const Uuid& personId, const PersonEdit& edit);
    Result<OtherName> addOtherName(
        const Session& session, const Uuid& personId, NameKind kind, const PersonName& name);
    // A current address for a noncustodial parent counts as "located" (45 CFR 303.4(d) starts).
    Result<Address> addAddress(
        const Session& session, const Uuid& personId, const Address& address);
    Result<Address> endAddress(const Session& session, const Uuid& addressId, Date on);
    Result<Phone> addPhone(
        const Session& session, const Uuid& personId, PhoneKind kind, std::string_view number);
    // A new employer of a noncustodial parent starts the withholding clock (45 CFR 303.100).
    Result<Employment> addEmployment(
        const Session& session, const Uuid& personId, const Employment& employment);
    Status setDemographics(
        const Session& session, const Uuid& personId, const Demographics& demographics);

    // S13: the full SSN, for a user with Grant::RevealSsn, with a reason; audited.
    Result<std::string> revealSsn(
        const Session& session, const Uuid& personId, std::string_view reason);
    // S14: the whereabouts of a protected person, for a user with Grant::OverrideFamilyViolence,
    // under a recorded authority (e.g. a court order); the override is recorded and audited.
    Result<PersonProfile> viewProtected(
        const Session& session, const Uuid& personId, std::string_view authority);

    Result<FamilyViolenceIndicator> recordFamilyViolence(
        const Session& session, const Uuid& personId, FamilyViolenceKind kind, Date since);
    Result<FamilyViolenceIndicator> endFamilyViolence(
        const Session& session, const Uuid& indicatorId, Date on);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
