#pragma once

#include "core/cases/demographics.h"

#include <span>
#include <string_view>

namespace caseledger::core {

// Name pools for synthetic California caseloads: the communities a Los Angeles child support
// office serves, with the spellings (and diacritics) people actually write. Synthetic data only.
struct NameCulture
{
    std::string_view code;
    int weight; // share of generated families, out of the sum of weights
    std::string_view language; // ISO 639-1 for preferred / primary language
    RaceEthnicity race;
    std::span<const std::string_view> femaleGiven;
    std::span<const std::string_view> maleGiven;
    std::span<const std::string_view> family;
    bool doubleSurnames; // Spanish custom: paternal and maternal surnames
};

std::span<const NameCulture> nameCultures();

struct PlaceName
{
    std::string_view city;
    std::string_view state;
    int zipLow;
    int zipHigh;
    std::string_view areaCode;
};
std::span<const PlaceName> demoPlaces(); // where families live
std::span<const PlaceName> demoDistantPlaces(); // where some noncustodial parents live
std::span<const std::string_view> demoStreets();
std::span<const std::string_view> demoEmployers();
std::span<const std::string_view> demoNoteTexts();

} // namespace caseledger::core
