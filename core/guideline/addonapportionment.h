#pragma once

#include "core/base/money.h"
#include "core/guideline/rational.h"

#include <array>
#include <optional>
#include <string>

namespace caseledger::core {

// How the add-ons of §4062 are shared between the two parents (Fam. Code §4061).
struct AddOnApportionment
{
    bool proportional = true;
    std::array<Money, 2> adjustedNet; // §4061(c), (d); never below zero
    std::array<Rational, 2> share; // fractions of one that add to one
};

struct AddOnApportionmentInput
{
    std::array<Money, 2> netIncomes;
    std::optional<std::size_t> childSupportPayer; // index of the parent paying basic support
    Money childSupport; // basic child support paid monthly
    std::optional<std::size_t> spousalSupportPayer;
    Money spousalSupport; // spousal support paid monthly by one parent to the other
    bool proportional = true;
};

// Proportional sharing uses the parents' net incomes adjusted so: the payer of basic child
// support has it subtracted, and the child support received is not added (§4061(d));
// spousal support is subtracted from the payer and added to the recipient (§4061(c)).
// Otherwise one half each. Published example: nets 7,000 and 3,000, spousal support 1,000
// and child support 500 paid by the first -> 5,500 and 4,000 -> 57.89 % and 42.11 %.
AddOnApportionment apportionAddOns(const AddOnApportionmentInput& input);

// Each share as a percentage with two decimals; the second is 100 minus the first, so the
// two printed figures always add to 100.00 ("57.89", "42.11").
std::array<std::string, 2> sharePercentText(const std::array<Rational, 2>& share);

// Splits an amount by the shares without losing a cent (Money::splitProRata on the
// adjusted incomes, or one half each).
std::array<Money, 2> splitAddOn(Money amount, const AddOnApportionment& apportionment);

} // namespace caseledger::core
