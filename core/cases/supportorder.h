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

enum class OrderKind : std::uint8_t
{
    Court,
    Administrative
};
template<>
struct EnumCodes<OrderKind>
{
    static constexpr CodeEntry<OrderKind> table[] = {{OrderKind::Court, "court", "Court order"},
        {OrderKind::Administrative, "administrative", "Administrative order"}};
};

enum class OrderFrequency : std::uint8_t
{
    Monthly,
    Weekly,
    Biweekly,
    Semimonthly
};
template<>
struct EnumCodes<OrderFrequency>
{
    static constexpr CodeEntry<OrderFrequency> table[] = {
        {OrderFrequency::Monthly, "monthly", "Monthly"},
        {OrderFrequency::Weekly, "weekly", "Weekly"},
        {OrderFrequency::Biweekly, "biweekly", "Every two weeks"},
        {OrderFrequency::Semimonthly, "semimonthly", "Twice a month"},
    };
};

// One version of the order's terms: in force from its effective date until the next
// version's effective date (or the order's end date). Amounts are per period of `frequency`.
struct OrderVersion
{
    Uuid id;
    Uuid orderId;
    int number = 1; // 1 = the original order, 2.. = modifications
    Date effective;
    std::optional<Date> signedOn;
    // Family Code §3653(a): a modification may reach back no further than the filing of the
    // motion or notice; accrued installments are never modified (45 CFR 303.106).
    std::optional<Date> requestFiledOn;
    Money currentSupport; // current child support
    Money medicalSupport; // cash medical support
    Money spousalSupport;
    Money arrearsPayment; // payment on arrears, in addition to current support
    OrderFrequency frequency = OrderFrequency::Monthly;
    std::string healthInsurance; // terms, e.g. "NCP provides coverage through employer"
    std::optional<Uuid> guidelineCalculationId; // the core/guideline calculation it came from
    Hlc hlc;

    Money totalPerPeriod() const
    {
        return currentSupport + medicalSupport + spousalSupport + arrearsPayment;
    }
};

struct SupportOrder
{
    Uuid id;
    Uuid caseId;
    OrderKind kind = OrderKind::Court;
    std::string courtCaseNumber; // "24FL001234"
    std::string court; // "Superior Court of California, County of Los Angeles"
    std::optional<Date> endDate; // the order ends (e.g. emancipation of the last child)
    Hlc hlc;
    std::vector<OrderVersion> versions; // ordered by number

    // The version in force on `day`, or nullptr (before the first, after the end date).
    const OrderVersion* versionOn(Date day) const;
    // 45 CFR 303.11(b)(1)-(3): "current support order" -- current child or medical support owed on
    // `day`.
    bool currentSupportOn(Date day) const;
    const OrderVersion* latest() const { return versions.empty() ? nullptr : &versions.back(); }
};

// Checks the terms of a new or modifying version against the order so far (Validation
// failures naming the field): amounts not negative and not all zero, effective after the
// latest version, and a modification effective no earlier than its filing date -- never
// reaching back over accrued installments (45 CFR 303.106, Family Code §3653(a)).
void validateOrderVersion(const SupportOrder& order, const OrderVersion& next);

} // namespace caseledger::core
