#pragma once

#include "core/base/businesscalendar.h"
#include "core/cases/case.h"
#include "core/finance/allocationline.h"
#include "core/finance/collection.h"
#include "core/finance/ruleset.h"

#include <optional>

namespace caseledger::core {

// When the family's money must be sent (distribution.md §4; 45 CFR 302.32(b)), counted on
// the business-day calendar (weekends, federal and California state holidays):
// - a federal tax refund offset: the rule set's calendar days after receipt (30);
// - a current-assistance family, other than the pass-through: the business days after the
//   end of the month of receipt;
// - everything else, the pass-through included: the business days after receipt (2).
Date disbursementDueDate(Date received, CollectionSource source, AssistanceStatus status,
    bool passThrough, const RuleSet& rules,
    const BusinessCalendar& calendar = BusinessCalendar::california());

// The due date of one allocation line: only lines paid to the family are disbursed;
// retained and held money has none.
std::optional<Date> disbursementDueDate(const AllocationLine& line, const Collection& collection,
    AssistanceStatus status, const RuleSet& rules,
    const BusinessCalendar& calendar = BusinessCalendar::california());

} // namespace caseledger::core
