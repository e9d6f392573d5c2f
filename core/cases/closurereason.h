#pragma once

#include "core/cases/codes.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace caseledger::core {

// The 21 criteria of 45 CFR 303.11(b) under which a IV-D case may be closed; the value is the
// paragraph number.
enum class ClosureReason : std::uint8_t
{
    NoOrderArrearsUnder500 = 1,
    NoOrderArrearsAssigned = 2,
    NoOrderNcpLongTermCare = 3,
    NcpDeceased = 4,
    NcpLivesWithChild = 5,
    ParentageCannotBeEstablished = 6,
    LocationUnknown = 7,
    NcpCannotPay = 8,
    NcpOnlySsi = 9,
    NcpAbroad = 10,
    LocateOnlyCompleted = 11,
    RecipientRequests = 12,
    LimitedServiceCompleted = 13,
    GoodCauseRiskOfHarm = 14,
    RecipientUnreachable = 15,
    RecipientNotCooperating = 16,
    InitiatingAgencyFailedToAct = 17,
    InitiatingAgencyClosed = 18,
    InitiatingAgencyNoLongerNeeds = 19,
    InappropriateReferral = 20,
    TransferredToTribalAgency = 21,
};

struct ClosureReasonInfo
{
    ClosureReason reason;
    std::string_view code;
    std::string_view text;
    // 45 CFR 303.11(d)(4): criteria (b)(1)-(10), (15) and (16) need written notice to the
    // recipient 60 calendar days before closing.
    bool needsNotice;
    // Whether CaseLedger checks the criterion from its records (otherwise the worker attests).
    bool checkedBySystem;
};

std::span<const ClosureReasonInfo> closureReasons();
const ClosureReasonInfo& closureReasonInfo(ClosureReason reason);
std::optional<ClosureReason> closureReasonFromNumber(int number);
// "1".."21" or a code such as "location_unknown"; Failure(Validation, field) otherwise.
ClosureReason parseClosureReason(std::string_view text, std::string_view field = "reason");
inline int closureReasonNumber(ClosureReason r)
{
    return static_cast<int>(r);
}

} // namespace caseledger::core
