#pragma once

#include "core/base/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// What one search box's text asks for (issue 3 item 4).
enum class SearchKind
{
    Empty,
    Name,
    CaseNumber,
    SsnLastFourAndBirth,
    Phone,
    Ssn,
    CaseNumberOrSsn
};

struct SearchQuery
{
    SearchKind kind = SearchKind::Empty;
    std::vector<std::string> words; // Name: folded words
    std::string caseNumberPrefix; // CaseNumber: "19-00001..." (canonical, possibly partial)
    std::string lastFour; // SsnLastFourAndBirth
    std::optional<Date> dateOfBirth;
    std::string phone; // ten digits or a seven-digit local number
    std::string ssn; // Ssn / CaseNumberOrSsn: nine digits
};

// Reads the text a person typed:
//   "Hernandes", "maria hern"        -> Name (accent- and case-insensitive, prefixes)
//   "19-0000123", "19-00001"         -> CaseNumber (whole or prefix)
//   "3456 1985-03-12", "3456 3/12/1985", "***-**-3456 03/12/1985" -> SSN last four + birth date
//   "(213) 555-0143", "555-0143"     -> Phone
//   "512-34-9876"                    -> Ssn
//   "190000123"                      -> CaseNumberOrSsn (nine digits: either)
SearchQuery parseSearchText(std::string_view text);

// "1985-03-12", "3/12/1985" or "03/12/1985".
std::optional<Date> parseLooseDate(std::string_view text);

} // namespace caseledger::core
