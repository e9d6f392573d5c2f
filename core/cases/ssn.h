#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

// Why a text is not an SSN; the messages name the rule, never the value (SECURITY S10).
enum class SsnProblem
{
    None,
    Format,
    Area000,
    Area666,
    Area9xx,
    Group00,
    Serial0000
};
const char* ssnProblemMessage(SsnProblem problem);

// Social Security Numbers as the SSA issues them (casework.md "People"): nine digits, area
// not 000, 666 or 900-999, group not 00, serial not 0000. Accepts "123-45-6789",
// "123 45 6789" or "123456789".
SsnProblem checkSsn(std::string_view text);
// The nine digits of a valid SSN, or nullopt.
std::optional<std::string> normalizeSsn(std::string_view text);
// The nine digits, or Failure(Validation) naming `field`.
std::string requireValidSsn(std::string_view text, std::string_view field = "ssn");

} // namespace caseledger::core
