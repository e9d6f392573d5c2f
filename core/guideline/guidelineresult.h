#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/guideline/addonkind.h"
#include "core/guideline/guidelinetables.h"
#include "core/guideline/rational.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// One line of the working: what was determined, its value, and the rule behind it.
struct GuidelineStep
{
    std::string what;
    std::string value;
    std::string citation; // "Fam. Code §4055(b)(3)"
};

// §4055(b)(8): the share of the support allocated to one child.
struct ChildAllocation
{
    std::size_t childIndex = 0; // position in GuidelineRequest::children
    Date birthDate;
    Money amount;
};

// The low-income adjustment (§4055(b)(7)) as a range the court chooses from.
struct LowIncomeRange
{
    bool computable = true; // false before 2024-09-01 when the agency supplied no threshold
    bool applies = false; // the obligor's net income is below the threshold
    std::optional<Rational> threshold; // monthly, dollars, exact
    std::optional<Money> minimum; // support after the largest permitted adjustment
    std::optional<Money> maximum; // the unadjusted support
    bool exceedsHalfOfNet = false; // §4057(b)(5): the adjusted support exceeds 50 % of net
    std::string explanation;
};

struct AddOnSplit
{
    AddOnKind kind = AddOnKind::ChildCare;
    Money total;
    std::array<Money, 2> shares; // indexed like GuidelineRequest::parents
};

struct GuidelineResult
{
    GuidelineLaw law = GuidelineLaw::From20240901;
    Date asOf;
    std::array<std::string, 2> parentIds;
    std::array<Money, 2> netIncomes; // §4059 net monthly disposable income
    // Who pays whom; both empty when the support is zero.
    std::optional<std::size_t> payer;
    std::optional<std::size_t> payee;
    Money monthlySupport; // rounded to the cent, half away from zero
    Money totalNet; // TN
    std::size_t highEarner = 0;
    Rational highEarnerTimesharePercent; // H% as a percentage, 0..100
    int band = 1; // 1-based row of the fraction table
    Rational fraction;
    Rational k;
    Rational childrenMultiplier;
    std::vector<ChildAllocation> perChild; // youngest first
    LowIncomeRange lowIncome;
    std::array<Money, 2> addOnAdjustedNet; // §4061(c), (d)
    std::array<Rational, 2> addOnShare; // fractions of one; they add to one
    std::vector<AddOnSplit> addOns;
    std::vector<GuidelineStep> steps;

    std::string payerId() const { return payer ? parentIds[*payer] : std::string(); }
    std::string payeeId() const { return payee ? parentIds[*payee] : std::string(); }
};

} // namespace caseledger::core
