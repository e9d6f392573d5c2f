#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

// SECURITY S13: an SSN shows as "***-**-1234" everywhere; the full value only through the
// reveal service (permission and reason, audited).
inline constexpr std::string_view kNoSsn = "";
std::string maskSsn(std::string_view digits); // "" when there is no SSN
std::string maskSsn(const std::optional<std::string>& digits);

// Free text a person typed (notes, reasons) may contain an SSN: every run that looks like one
// -- nine digits, or 3-2-4 digits with dashes or spaces, not inside a longer number -- is
// masked the same way before it is shown or written to the audit log (S10, S13).
std::string maskSsnsInText(std::string_view text);

} // namespace caseledger::core
