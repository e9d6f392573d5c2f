#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/finance/ruleset.h"

namespace caseledger::core {

// Interest on unpaid support (distribution.md §5): simple interest at the rule set's rate
// (10 % a year, CCP §685.010) on the principal of one installment, from the first day of the
// month after it was due (Family Code §17433.5). Never interest on interest: the callers pass
// principal only.
//
// Day count, so that every figure can be checked by hand: the period [from, to) is counted
// as whole calendar months from `from` (each month is 1/12 of a year, whatever its length)
// plus the remaining days (each 1/365 of a year). The exact product
//     principal x rate x (months/12 + days/365)
// is rounded once, to the nearest cent, halves up. So $500.00 from 2025-04-01 to 2026-04-01
// is 12 months: $50.00, in leap years as well.

// The first day an installment due on `due` bears interest.
Date interestStartDate(Date due, const RuleSet& rules);

// Interest on `principal` for [from, to); zero when to <= from. Failure (Validation) for a
// negative principal or rate.
Money simpleInterest(Money principal, Date from, Date to, int rateBasisPoints);

// Interest accrued on an unpaid installment due on `due`, from its start date up to (not
// including) `through`, under `rules`.
Money installmentInterest(Money principal, Date due, Date through, const RuleSet& rules);

} // namespace caseledger::core
