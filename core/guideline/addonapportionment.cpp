#include "core/guideline/addonapportionment.h"

namespace caseledger::core {

AddOnApportionment apportionAddOns(const AddOnApportionmentInput& input)
{
    AddOnApportionment out;
    out.proportional = input.proportional;
    out.adjustedNet = input.netIncomes;
    if (input.childSupportPayer) // §4061(d): the recipient's income is not increased
        out.adjustedNet[*input.childSupportPayer] -= input.childSupport;
    if (input.spousalSupportPayer) { // §4061(c)
        const std::size_t payer = *input.spousalSupportPayer;
        out.adjustedNet[payer] -= input.spousalSupport;
        out.adjustedNet[1 - payer] += input.spousalSupport;
    }
    for (auto& net : out.adjustedNet)
        if (net.isNegative())
            net = Money::zero();
    const Money total = out.adjustedNet[0] + out.adjustedNet[1];
    if (!input.proportional || total.isZero()) {
        out.share = {Rational::of(1, 2), Rational::of(1, 2)};
        return out;
    }
    const Rational first = Rational::fromCents(out.adjustedNet[0]) / Rational::fromCents(total);
    out.share = {first, Rational(1) - first};
    return out;
}

std::array<std::string, 2> sharePercentText(const std::array<Rational, 2>& share)
{
    const Rational hundred(100);
    const Rational firstRounded = *Rational::parseDecimal((share[0] * hundred).toFixed(2));
    return {firstRounded.toFixed(2), (hundred - firstRounded).toFixed(2)};
}

std::array<Money, 2> splitAddOn(Money amount, const AddOnApportionment& apportionment)
{
    std::array<std::int64_t, 2> weights = {1, 1};
    const Money total = apportionment.adjustedNet[0] + apportionment.adjustedNet[1];
    if (apportionment.proportional && !total.isZero())
        weights = {apportionment.adjustedNet[0].cents(), apportionment.adjustedNet[1].cents()};
    const auto parts = Money::splitProRata(amount, weights);
    return {parts[0], parts[1]};
}

} // namespace caseledger::core
