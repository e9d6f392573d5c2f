#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace caseledger::core {

// A California county: its FIPS code (state 06 + county, e.g. 6037 for Los Angeles) and the
// two-digit county number the State uses, which is the county's place in alphabetical order
// (Alameda 01 ... Yuba 58). Because California's FIPS county codes are the odd numbers in
// the same order, number = (FIPS county part + 1) / 2: Los Angeles 06037 -> 19.
struct County
{
    int fips;
    int number;
    std::string_view name;
};

std::span<const County> californiaCounties();
const County* countyByFips(int fips); // 6037
const County* countyByNumber(int number); // 19
// "Los Angeles", "los angeles", "06037", "6037" or "19".
const County* findCounty(std::string_view text);
inline constexpr int kDefaultCountyFips = 6037;

// Case numbers (casework.md "Cases"): the county prefix and a sequence, "19-0000123":
// two digits of the county number, a dash, seven digits of a per-county sequence. A case
// transferred to another county keeps its number (California keeps the original county's
// prefix); the managing county is recorded on the case separately.
inline constexpr std::int64_t kMaxCaseSequence = 9'999'999;
std::string formatCaseNumber(const County& county, std::int64_t sequence);

struct CaseNumberParts
{
    int countyNumber = 0;
    std::int64_t sequence = 0;
};
// "19-0000123" or "190000123" (nine digits); nullopt otherwise.
std::optional<CaseNumberParts> parseCaseNumber(std::string_view text);
// The canonical "19-0000123" form of a typed case number, or nullopt.
std::optional<std::string> normalizeCaseNumber(std::string_view text);

} // namespace caseledger::core
