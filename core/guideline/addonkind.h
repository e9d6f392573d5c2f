#pragma once

#include "core/base/money.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace caseledger::core {

// The add-ons to basic child support (Fam. Code §4062).
enum class AddOnKind : std::uint8_t
{
    ChildCare, // §4062(a)(1): for employment or job training (mandatory)
    UninsuredHealth, // §4062(a)(2): reasonable uninsured health costs (mandatory)
    EducationSpecialNeeds, // §4062(b)(1): educational or other special needs (discretionary)
    VisitationTravel, // §4062(b)(2): travel for visitation (discretionary)
};
inline constexpr std::size_t kAddOnKindCount = 4;
inline constexpr AddOnKind kAllAddOnKinds[kAddOnKindCount] = {AddOnKind::ChildCare,
    AddOnKind::UninsuredHealth, AddOnKind::EducationSpecialNeeds, AddOnKind::VisitationTravel};

using AddOnAmounts = std::array<Money, kAddOnKindCount>;

constexpr std::string_view addOnName(AddOnKind kind) // the JSON key
{
    constexpr std::string_view names[]
        = {"child_care", "uninsured_health", "education_special_needs", "visitation_travel"};
    return names[static_cast<std::size_t>(kind)];
}

constexpr std::string_view addOnDisplayName(AddOnKind kind)
{
    constexpr std::string_view names[] = {"Child care for employment or job training",
        "Uninsured health costs", "Educational or special needs", "Visitation travel"};
    return names[static_cast<std::size_t>(kind)];
}

constexpr std::string_view addOnSection(AddOnKind kind)
{
    constexpr std::string_view sections[]
        = {"§4062(a)(1)", "§4062(a)(2)", "§4062(b)(1)", "§4062(b)(2)"};
    return sections[static_cast<std::size_t>(kind)];
}

} // namespace caseledger::core
