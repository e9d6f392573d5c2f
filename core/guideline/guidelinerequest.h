#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/guideline/addonkind.h"
#include "core/guideline/guidelineparent.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

struct GuidelineChild
{
    Date birthDate; // orders the per-child allocation, youngest first (§4055(b)(8))
};

// Court-ordered spousal support paid by one parent to the other: it moves income between
// the parents for apportioning the add-ons (§4061).
struct SpousalSupport
{
    std::string payerId;
    Money monthly;
};

// Everything a guideline calculation needs. Field names in validation errors follow the
// JSON request ("parents[1].timeshare_percent").
struct GuidelineRequest
{
    Date asOf; // chooses the law in force: before or from 2024-09-01
    std::array<GuidelineParent, 2> parents;
    std::vector<GuidelineChild> children;
    // §4055(b)(6): a default proceeding without time-share evidence; the parents then carry
    // no time-share and custodialParentId names the custodial parent.
    bool defaultProceeding = false;
    std::string custodialParentId;
    AddOnAmounts addOns {}; // monthly, indexed by AddOnKind
    std::optional<SpousalSupport> spousalSupport;
    // Before 2024-09-01 add-ons are shared one half each unless a parent asks for
    // proportional sharing (§4061(a), (b) as then in force). From 2024-09-01 proportional
    // sharing is the rule and this flag changes nothing.
    bool proportionalAddOns = false;
};

} // namespace caseledger::core
