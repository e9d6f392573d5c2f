#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/money.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// A person exists once and takes part in any number of cases (casework.md "People").
struct PersonName
{
    std::string given; // "María José"
    std::string middle;
    std::string family; // "Hernández López"
    std::string suffix; // "Jr."

    std::string display() const; // "María José Hernández López Jr."
    std::string sortKey() const; // folded "hernandez lopez maria jose": caseload ordering
    // Normalizes (NFC, trimmed) and validates: a family name is required, at most 100
    // characters each, no control characters (SECURITY S26).
    PersonName normalized(std::string_view field = "name") const;
    // "Family, Given Middle" or "Given Middle Family": the last word is the family name
    // unless a comma says otherwise.
    static PersonName parse(std::string_view text);
};

enum class NameKind : std::uint8_t
{
    Alias,
    Former,
    Birth
};
template<>
struct EnumCodes<NameKind>
{
    static constexpr CodeEntry<NameKind> table[] = {
        {NameKind::Alias, "alias", "Also known as"},
        {NameKind::Former, "former", "Former name"},
        {NameKind::Birth, "birth", "Name at birth"},
    };
};

struct OtherName
{
    Uuid id;
    Uuid personId;
    NameKind kind = NameKind::Alias;
    PersonName name;
    Hlc hlc;
};

enum class Sex : std::uint8_t
{
    Female,
    Male,
    X
};
template<>
struct EnumCodes<Sex>
{
    static constexpr CodeEntry<Sex> table[]
        = {{Sex::Female, "f", "Female"}, {Sex::Male, "m", "Male"}, {Sex::X, "x", "Nonbinary (X)"}};
};

enum class AddressKind : std::uint8_t
{
    Residential,
    Mailing
};
template<>
struct EnumCodes<AddressKind>
{
    static constexpr CodeEntry<AddressKind> table[]
        = {{AddressKind::Residential, "residential", "Residential"},
            {AddressKind::Mailing, "mailing", "Mailing"}};
};

// Addresses are dated: the current one has no end date.
struct Address
{
    Uuid id;
    Uuid personId;
    AddressKind kind = AddressKind::Residential;
    std::string line1;
    std::string line2;
    std::string city;
    std::string state = "CA";
    std::string zip;
    Date from;
    std::optional<Date> to;
    bool verified = false;
    Hlc hlc;

    bool isCurrentOn(Date day) const { return from <= day && (!to || *to >= day); }
    std::string oneLine() const;
};

enum class PhoneKind : std::uint8_t
{
    Mobile,
    Home,
    Work
};
template<>
struct EnumCodes<PhoneKind>
{
    static constexpr CodeEntry<PhoneKind> table[] = {{PhoneKind::Mobile, "mobile", "Mobile"},
        {PhoneKind::Home, "home", "Home"}, {PhoneKind::Work, "work", "Work"}};
};

struct Phone
{
    Uuid id;
    Uuid personId;
    PhoneKind kind = PhoneKind::Mobile;
    std::string number; // ten digits, North American numbering plan
    Hlc hlc;

    std::string display() const; // "(213) 555-0143"
};
// Ten NANP digits from "(213) 555-0143", "213-555-0143", "+1 213 555 0143"; nullopt otherwise.
std::optional<std::string> normalizePhone(std::string_view text);

enum class PayFrequency : std::uint8_t
{
    Weekly,
    Biweekly,
    Semimonthly,
    Monthly,
    Annually
};
template<>
struct EnumCodes<PayFrequency>
{
    static constexpr CodeEntry<PayFrequency> table[] = {
        {PayFrequency::Weekly, "weekly", "Weekly"},
        {PayFrequency::Biweekly, "biweekly", "Every two weeks"},
        {PayFrequency::Semimonthly, "semimonthly", "Twice a month"},
        {PayFrequency::Monthly, "monthly", "Monthly"},
        {PayFrequency::Annually, "annually", "Yearly"},
    };
};

// An employer or other income source (a withholding order goes to it, 45 CFR 303.100).
struct Employment
{
    Uuid id;
    Uuid personId;
    std::string employerName;
    std::string employerAddress;
    std::string fein; // employer's federal id, nine digits, may be empty
    Money grossIncome;
    PayFrequency frequency = PayFrequency::Monthly;
    Date from;
    std::optional<Date> to;
    Hlc hlc;
};

struct Person
{
    Uuid id;
    PersonName name;
    std::optional<Date> dateOfBirth;
    std::optional<std::string>
        ssn; // nine digits; leaves core only through the reveal service (S13)
    bool ssnVerified = false; // confirmed by SSA enumeration verification
    std::optional<Sex> sex;
    std::string email;
    std::string preferredLanguage; // ISO 639-1, "es"
    std::optional<Date> deceasedOn;
    std::string createdAt;
    Hlc hlc;
};

} // namespace caseledger::core
