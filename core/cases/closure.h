#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/cases/case.h"
#include "core/cases/closurereason.h"

#include <optional>
#include <string>

namespace caseledger::core {

// 45 CFR 303.11(d)(4): written notice 60 calendar days before closing.
inline constexpr int kClosureNoticeDays = 60;
// 45 CFR 303.11(b)(1): arrears under $500.
inline constexpr Money kLowArrearsLimit = Money::fromCents(500'00);

// What the agency has to search with, which sets how long locate must have failed before
// closure under 45 CFR 303.11(b)(7).
enum class LocateSituation : std::uint8_t
{
    AutomatedLocatePossible, // (7)(i): enough to run automated locate -- over 2 years
    SsnUnverifiable, // (7)(iii): enough for automated locate, but the SSN cannot be verified -- 1
                     // year
    InsufficientInformation, // (7)(ii): not enough for automated locate -- over 6 months
};
template<>
struct EnumCodes<LocateSituation>
{
    static constexpr CodeEntry<LocateSituation> table[] = {
        {LocateSituation::AutomatedLocatePossible, "automated",
            "Automated locate possible (2 years)"},
        {LocateSituation::SsnUnverifiable, "ssn_unverifiable", "SSN cannot be verified (1 year)"},
        {LocateSituation::InsufficientInformation, "insufficient",
            "Not enough information for automated locate (6 months)"},
    };
};
// The first day on which closure under (b)(7) is allowed when efforts began on `since`.
Date locateClosureDate(LocateSituation situation, Date since);

// The facts a closure check needs, gathered by the caller from the records. Money facts that
// belong to the finance engine are inputs until it exists.
struct ClosureFacts
{
    Date today;
    bool currentSupportOrder = false; // an order with current support in force today
    std::optional<Money> arrears; // everything owed on the case
    bool arrearsUnenforceable = false; // (b)(1): "or unenforceable under State law"
    std::optional<Money> assignedArrears; // the part assigned to the State
    AssistanceStatus assistanceToday = AssistanceStatus::Never;
    bool ncpDeceased = false; // a date of death is recorded for the NCP or alleged father
    bool hasNoncustodialParty = false; // an NCP or alleged father is a participant
    std::optional<Date> locateSince; // diligent locate efforts without result since
    LocateSituation locateSituation = LocateSituation::InsufficientInformation;
};

struct ClosureCheck
{
    bool allowed = false;
    bool checkedBySystem = false;
    std::string explanation; // why not, or what was verified; names no SSN or address
    std::string field; // the request field at fault, when there is one
};

// Checks a 303.11(b) criterion against the records. Criteria the system cannot judge are
// allowed on the worker's attestation (checkedBySystem = false).
ClosureCheck checkClosure(ClosureReason reason, const ClosureFacts& facts);

} // namespace caseledger::core
