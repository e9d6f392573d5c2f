#pragma once

#include "core/cases/codes.h"

#include <cstdint>

namespace caseledger::core {

// Where a collection came from (distribution.md "Collection source"). The source matters for
// distribution: a federal tax refund offset only ever pays past-due support (42 U.S.C. §664)
// and is disbursed on its own timetable (45 CFR 303.72(h)).
enum class CollectionSource : std::uint8_t
{
    WageWithholding,
    Direct,
    FederalTaxOffset,
    StateTaxOffset,
    BenefitIntercept,
    Other
};

template<>
struct EnumCodes<CollectionSource>
{
    static constexpr CodeEntry<CollectionSource> table[] = {
        {CollectionSource::WageWithholding, "wage_withholding", "Wage withholding"},
        {CollectionSource::Direct, "direct", "Direct payment"},
        {CollectionSource::FederalTaxOffset, "federal_tax_offset", "Federal tax refund offset"},
        {CollectionSource::StateTaxOffset, "state_tax_offset", "State tax refund offset (FTB)"},
        {CollectionSource::BenefitIntercept, "benefit_intercept",
            "Unemployment or disability benefit intercept"},
        {CollectionSource::Other, "other", "Other (lottery, bank levy, ...)"},
    };
};

} // namespace caseledger::core
