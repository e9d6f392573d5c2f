#include "core/cases/closurereason.h"

#include "core/base/error.h"

#include <array>
#include <string>

namespace caseledger::core {

namespace {

using R = ClosureReason;
constexpr std::array<ClosureReasonInfo, 21> kReasons = {{
    {R::NoOrderArrearsUnder500, "no_order_arrears_under_500",
        "No current support order; arrears under $500 or unenforceable", true, true},
    {R::NoOrderArrearsAssigned, "no_order_arrears_assigned",
        "No current support order; all arrears assigned to the State", true, true},
    {R::NoOrderNcpLongTermCare, "no_order_ncp_long_term_care",
        "No current order; children of age; NCP in long-term care without income or assets", true,
        true},
    {R::NcpDeceased, "ncp_deceased", "NCP or alleged father deceased; no further action possible",
        true, true},
    {R::NcpLivesWithChild, "ncp_lives_with_child",
        "NCP lives with the child as primary caregiver or in an intact household", true, false},
    {R::ParentageCannotBeEstablished, "parentage_cannot_be_established",
        "Parentage cannot be established", true, false},
    {R::LocationUnknown, "location_unknown", "NCP's location unknown after diligent efforts", true,
        true},
    {R::NcpCannotPay, "ncp_cannot_pay",
        "NCP cannot pay for the child's minority and has no income or assets", true, false},
    {R::NcpOnlySsi, "ncp_only_ssi", "NCP's only income is SSI (or SSI with SSDI or retirement)",
        true, false},
    {R::NcpAbroad, "ncp_abroad", "NCP abroad, no reachable income, no treaty or reciprocity", true,
        false},
    {R::LocateOnlyCompleted, "locate_only_completed", "Locate-only services completed", false,
        false},
    {R::RecipientRequests, "recipient_requests",
        "Non-assistance recipient asks to close; nothing assigned", false, true},
    {R::LimitedServiceCompleted, "limited_service_completed", "Limited service completed", false,
        false},
    {R::GoodCauseRiskOfHarm, "good_cause_risk_of_harm",
        "Good cause: enforcement would risk harm to the child or caretaker", false, false},
    {R::RecipientUnreachable, "recipient_unreachable",
        "Non-assistance recipient unreachable by two methods", true, false},
    {R::RecipientNotCooperating, "recipient_not_cooperating",
        "Non-assistance recipient does not cooperate", true, false},
    {R::InitiatingAgencyFailedToAct, "initiating_agency_failed_to_act",
        "Intergovernmental: the initiating agency failed to take action", false, false},
    {R::InitiatingAgencyClosed, "initiating_agency_closed",
        "Intergovernmental: the initiating agency closed its case", false, false},
    {R::InitiatingAgencyNoLongerNeeds, "initiating_agency_no_longer_needs",
        "Intergovernmental: the initiating agency no longer needs services", false, false},
    {R::InappropriateReferral, "inappropriate_referral",
        "Inappropriate referral from another program", false, false},
    {R::TransferredToTribalAgency, "transferred_to_tribal_agency",
        "Transferred to a Tribal IV-D agency", false, false},
}};

constexpr bool numberedInOrder()
{
    for (std::size_t i = 0; i < kReasons.size(); ++i)
        if (static_cast<std::size_t>(kReasons[i].reason) != i + 1)
            return false;
    return true;
}
static_assert(numberedInOrder(), "kReasons lists 45 CFR 303.11(b)(1)-(21) in order");

} // namespace

std::span<const ClosureReasonInfo> closureReasons()
{
    return kReasons;
}

const ClosureReasonInfo& closureReasonInfo(ClosureReason reason)
{
    return kReasons[static_cast<std::size_t>(reason) - 1];
}

std::optional<ClosureReason> closureReasonFromNumber(int number)
{
    if (number < 1 || number > 21)
        return std::nullopt;
    return static_cast<ClosureReason>(number);
}

ClosureReason parseClosureReason(std::string_view text, std::string_view field)
{
    for (const auto& info : kReasons)
        if (info.code == text || std::to_string(closureReasonNumber(info.reason)) == text)
            return info.reason;
    failValidation(
        std::string(field), "must be a 45 CFR 303.11(b) criterion: a number 1-21 or its code");
}

} // namespace caseledger::core
