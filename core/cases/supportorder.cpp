#include "core/cases/supportorder.h"

#include "core/base/error.h"

namespace caseledger::core {

const OrderVersion* SupportOrder::versionOn(Date day) const
{
    if (endDate && day > *endDate)
        return nullptr;
    const OrderVersion* found = nullptr;
    for (const auto& v : versions)
        if (v.effective <= day && (!found || v.effective >= found->effective))
            found = &v;
    return found;
}

bool SupportOrder::currentSupportOn(Date day) const
{
    const auto* v = versionOn(day);
    return v && (v->currentSupport.isPositive() || v->medicalSupport.isPositive());
}

void validateOrderVersion(const SupportOrder& order, const OrderVersion& next)
{
    const std::pair<const char*, Money> amounts[]
        = {{"current support", next.currentSupport}, {"medical support", next.medicalSupport},
            {"spousal support", next.spousalSupport}, {"arrears payment", next.arrearsPayment}};
    for (const auto& [field, amount] : amounts)
        if (amount.isNegative())
            failValidation(field, "cannot be negative");
    if (next.signedOn && *next.signedOn > next.effective.addYears(1))
        failValidation(
            "signed on", "is more than a year after the effective date; check the dates");
    if (order.endDate && next.effective > *order.endDate)
        failValidation("effective date", "is after the order's end date");
    const OrderVersion* latest = order.latest();
    if (!latest)
        return;
    if (next.effective <= latest->effective)
        failValidation("effective date",
            "a modification must take effect after the version in force ("
                + latest->effective.toIso() + ")");
    if (!next.requestFiledOn)
        failValidation(
            "request filed on", "a modification needs the date the motion or request was filed");
    if (next.effective < *next.requestFiledOn)
        failValidation("effective date",
            "a modification cannot take effect before the request was filed "
            "(arrears are never modified retroactively, 45 CFR 303.106)");
}

} // namespace caseledger::core
