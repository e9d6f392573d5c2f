#pragma once

#include "core/base/date.h"
#include "core/base/money.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caseledger::core {

// Inside an arrears category: which is paid first.
enum class ArrearsCrediting : std::uint8_t
{
    InterestFirst, // CCP §695.221 as in force before 2009-01-01
    PrincipalFirst // CCP §695.221 from 2009-01-01: principal, oldest installment first
};

// The first day an unpaid installment bears interest.
enum class InterestStart : std::uint8_t
{
    FirstOfNextMonth, // Family Code §17433.5
    DayAfterDue
};

// The federal share of retained collections for one federal fiscal year (Oct 1 - Sep 30,
// named by the year it ends in), in basis points: 5000 = 50.00 %.
struct FmapEntry
{
    int federalFiscalYear = 0;
    int basisPoints = 0;

    bool operator==(const FmapEntry&) const = default;
};

// The annual service fee for never-assisted families (45 CFR 302.33(e); Family Code
// §17208(c)). California's method was not confirmed, so it is off unless enabled.
struct AnnualFeeRule
{
    bool enabled = false;
    Money amount = Money::fromCents(3500);
    Money threshold = Money::fromCents(55000); // collected in the federal fiscal year

    bool operator==(const AnnualFeeRule&) const = default;
};

// When family payments are due (45 CFR 302.32(b); distribution.md §4).
struct DisbursementTiming
{
    int businessDays = 2; // after receipt, or after month end (below)
    bool currentAssistanceAfterMonthEnd = true; // non-pass-through payments to aided families
    int federalTaxOffsetCalendarDays = 30;

    bool operator==(const DisbursementTiming&) const = default;
};

// The distribution law in force from one date until the next rule set's date. A collection
// is distributed under the rule set in force on its collection date (DESIGN §5). Every field
// is data, so a change of law is a new rule set, never a code branch.
struct RuleSet
{
    std::string name;
    Date effectiveFrom;
    std::string source; // where the dated change comes from, for the administrator

    ArrearsCrediting crediting = ArrearsCrediting::PrincipalFirst;
    // Former assistance: family arrears before assigned arrears (42 U.S.C. §657(a)(2)(B)).
    bool formerAssistanceFamilyFirst = true;
    // ... and a federal tax refund offset as well (California's election, AB 135 of 2021).
    bool federalTaxOffsetFamilyFirst = true;
    // Current assistance pass-through of current support (Family Code §17504).
    Money passThroughOneChild = Money::fromCents(10000);
    Money passThroughTwoOrMoreChildren = Money::fromCents(20000);
    // Former assistance: collections on assigned arrears paid to the family (AB 207 of 2022).
    bool formerAssistanceArrearsPassThrough = false;
    std::vector<FmapEntry> fmap {{1997, 5000}}; // carried forward to later years
    int countyShareOfStateBasisPoints = 0; // the county's part of the state share
    AnnualFeeRule annualFee;
    int interestRateBasisPoints = 1000; // 10 % simple per year, CCP §685.010
    InterestStart interestStart = InterestStart::FirstOfNextMonth;
    DisbursementTiming disbursement;

    // The FMAP for the federal fiscal year of `date`: the entry for that year, or the latest
    // earlier one (a table lists a year only when the rate changes); the earliest otherwise.
    int fmapBasisPointsOn(Date date) const;

    bool operator==(const RuleSet&) const = default;
};

// The federal fiscal year a date falls in: 2025-10-01 is in FFY 2026.
int federalFiscalYear(Date date);

// Refuses (Failure, ErrorCode::Validation naming the field under `path`) a rule set that
// cannot be applied: empty name, negative pass-through, no FMAP, a percentage outside
// 0..100 %, a negative fee or interest rate, negative timing.
void validateRuleSet(const RuleSet& rules, const std::string& path = "rule_set");

} // namespace caseledger::core
