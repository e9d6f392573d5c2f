#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// SECURITY S7 / NIST SP 800-63B §5.1.1.2: at least 12 characters, any Unicode, no
// composition rules, refused when common, sequential, repetitive or context-specific.
struct PasswordPolicy
{
    static constexpr std::size_t kMinimumLength = 12; // code points
    static constexpr std::size_t kMaximumLength = 256;

    // nullopt when acceptable, otherwise a message for the person choosing it.
    static std::optional<std::string> check(std::string_view password, const std::vector<std::string>& contextWords);
};

} // namespace caseledger::core
