#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"

#include <optional>
#include <string>

namespace caseledger::core {

// casework.md "Family violence": a protective order, a good cause claim (approved or
// pending) or an agency finding. While one is in force, the person's and the child's address
// and whereabouts are never disclosed (42 U.S.C. §654(26), SECURITY S14).
enum class FamilyViolenceKind : std::uint8_t
{
    ProtectiveOrder,
    GoodCauseApproved,
    GoodCausePending,
    AgencyFinding
};
template<>
struct EnumCodes<FamilyViolenceKind>
{
    static constexpr CodeEntry<FamilyViolenceKind> table[] = {
        {FamilyViolenceKind::ProtectiveOrder, "protective_order", "Protective order"},
        {FamilyViolenceKind::GoodCauseApproved, "good_cause_approved", "Good cause claim approved"},
        {FamilyViolenceKind::GoodCausePending, "good_cause_pending", "Good cause claim pending"},
        {FamilyViolenceKind::AgencyFinding, "agency_finding", "Agency finding"},
    };
};

struct FamilyViolenceIndicator
{
    Uuid id;
    Uuid personId;
    FamilyViolenceKind kind = FamilyViolenceKind::ProtectiveOrder;
    Date since;
    std::optional<Date> endedOn;
    Hlc hlc;

    // In force from `since`; an ended indicator protects through its last day. A future
    // start still protects: being careful costs nothing here.
    bool inForceOn(Date day) const { return !endedOn || *endedOn >= day; }
};

// The recorded authority for looking past the protection (e.g. "Court order 24FL01234 of
// 2026-10-02"): who, when, for whom. Kept as its own record, audited.
struct DisclosureOverride
{
    Uuid id;
    Uuid personId;
    Uuid userId;
    std::string atUtc;
    std::string authority;
    Hlc hlc;
};

} // namespace caseledger::core
