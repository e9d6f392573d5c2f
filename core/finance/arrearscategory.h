#pragma once

#include "core/cases/codes.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace caseledger::core {

// Arrears categories (distribution.md "Terms"). The order of the enumerators is the order
// of CaseBalances' per-category arrays; it is not a crediting order (see the allocator).
enum class ArrearsCategory : std::uint8_t
{
    NA, // never assigned: owed to the family
    PA, // permanently assigned: accrued while aided, up to URA
    TA, // temporarily assigned (legacy, before 2009-10-01)
    CA, // conditionally assigned (legacy, before 2009-10-01)
    UDA, // unassigned during assistance (assigned arrears above URA)
    UPA // unassigned before assistance
};

inline constexpr std::size_t kArrearsCategoryCount = 6;
inline constexpr std::array<ArrearsCategory, kArrearsCategoryCount> kArrearsCategories
    = {ArrearsCategory::NA, ArrearsCategory::PA, ArrearsCategory::TA, ArrearsCategory::CA,
        ArrearsCategory::UDA, ArrearsCategory::UPA};

constexpr std::size_t indexOf(ArrearsCategory category)
{
    return static_cast<std::size_t>(category);
}

// Government-assigned arrears: collections on them repay assistance (they are retained up
// to URA). CA, UDA and UPA belong to the family (distribution.md §3).
constexpr bool isAssigned(ArrearsCategory category)
{
    return category == ArrearsCategory::PA || category == ArrearsCategory::TA;
}

template<>
struct EnumCodes<ArrearsCategory>
{
    static constexpr CodeEntry<ArrearsCategory> table[] = {
        {ArrearsCategory::NA, "NA", "never-assigned arrears (NA)"},
        {ArrearsCategory::PA, "PA", "permanently assigned arrears (PA)"},
        {ArrearsCategory::TA, "TA", "temporarily assigned arrears (TA)"},
        {ArrearsCategory::CA, "CA", "conditionally assigned arrears (CA)"},
        {ArrearsCategory::UDA, "UDA", "unassigned arrears during assistance (UDA)"},
        {ArrearsCategory::UPA, "UPA", "unassigned arrears before assistance (UPA)"},
    };
};

} // namespace caseledger::core
