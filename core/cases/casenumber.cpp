#include "core/cases/casenumber.h"

#include "core/base/error.h"
#include "core/base/text.h"

#include <array>
#include <cstdio>

namespace caseledger::core {

namespace {

constexpr std::array<std::string_view, 58> kNames = {"Alameda", "Alpine", "Amador", "Butte",
    "Calaveras", "Colusa", "Contra Costa", "Del Norte", "El Dorado", "Fresno", "Glenn", "Humboldt",
    "Imperial", "Inyo", "Kern", "Kings", "Lake", "Lassen", "Los Angeles", "Madera", "Marin",
    "Mariposa", "Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada", "Orange",
    "Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino", "San Diego",
    "San Francisco", "San Joaquin", "San Luis Obispo", "San Mateo", "Santa Barbara", "Santa Clara",
    "Santa Cruz", "Shasta", "Sierra", "Siskiyou", "Solano", "Sonoma", "Stanislaus", "Sutter",
    "Tehama", "Trinity", "Tulare", "Tuolumne", "Ventura", "Yolo", "Yuba"};

constexpr std::array<County, 58> makeCounties()
{
    std::array<County, 58> out {};
    for (int i = 0; i < 58; ++i)
        out[static_cast<std::size_t>(i)]
            = County {6000 + 2 * (i + 1) - 1, i + 1, kNames[static_cast<std::size_t>(i)]};
    return out;
}

constexpr auto kCounties = makeCounties();
static_assert(
    kCounties[18].fips == 6037 && kCounties[18].number == 19, "Los Angeles is 06037, county 19");

bool allDigits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

} // namespace

std::span<const County> californiaCounties()
{
    return kCounties;
}

const County* countyByFips(int fips)
{
    for (const auto& c : kCounties)
        if (c.fips == fips)
            return &c;
    return nullptr;
}

const County* countyByNumber(int number)
{
    if (number < 1 || number > 58)
        return nullptr;
    return &kCounties[static_cast<std::size_t>(number - 1)];
}

const County* findCounty(std::string_view text)
{
    const std::string t = text::trim(text);
    if (allDigits(t) && t.size() <= 5) {
        const int n = std::stoi(t);
        if (t.size() <= 2)
            return countyByNumber(n);
        return countyByFips(n < 1000 ? 6000 + n : n);
    }
    const std::string folded = text::fold(t);
    for (const auto& c : kCounties)
        if (text::fold(c.name) == folded)
            return &c;
    return nullptr;
}

std::string formatCaseNumber(const County& county, std::int64_t sequence)
{
    if (sequence < 1 || sequence > kMaxCaseSequence)
        throw Failure(ErrorCode::Internal,
            "the case number sequence of " + std::string(county.name) + " County is exhausted");
    char buffer[16];
    std::snprintf(
        buffer, sizeof buffer, "%02d-%07lld", county.number, static_cast<long long>(sequence));
    return buffer;
}

std::optional<CaseNumberParts> parseCaseNumber(std::string_view text)
{
    std::string digits;
    if (text.size() == 10 && text[2] == '-')
        digits = std::string(text.substr(0, 2)) + std::string(text.substr(3));
    else if (text.size() == 9)
        digits = std::string(text);
    if (!allDigits(digits) || digits.size() != 9)
        return std::nullopt;
    CaseNumberParts parts {std::stoi(digits.substr(0, 2)), std::stoll(digits.substr(2))};
    if (!countyByNumber(parts.countyNumber) || parts.sequence < 1)
        return std::nullopt;
    return parts;
}

std::optional<std::string> normalizeCaseNumber(std::string_view text)
{
    const auto parts = parseCaseNumber(text::trim(text));
    if (!parts)
        return std::nullopt;
    return formatCaseNumber(*countyByNumber(parts->countyNumber), parts->sequence);
}

} // namespace caseledger::core
