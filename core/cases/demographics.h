#pragma once

#include "core/cases/codes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caseledger::core {

// Voluntary demographics (casework.md "People"): they never decide anything; they exist to
// measure equity (measures.md). Every question has two non-answers that mean different
// things for the equity report: the person was never asked, or chose not to say.
enum class AnswerState : std::uint8_t
{
    NotAsked,
    DeclinedToState,
    Answered
};
template<>
struct EnumCodes<AnswerState>
{
    static constexpr CodeEntry<AnswerState> table[] = {
        {AnswerState::NotAsked, "not_asked", "Not asked"},
        {AnswerState::DeclinedToState, "declined", "Declined to state"},
        {AnswerState::Answered, "answered", "Answered"},
    };
};

template<class T>
struct Answer
{
    AnswerState state = AnswerState::NotAsked;
    T value {};

    static Answer notAsked() { return {}; }
    static Answer declined() { return {AnswerState::DeclinedToState, T {}}; }
    static Answer given(T v) { return {AnswerState::Answered, std::move(v)}; }
    bool answered() const { return state == AnswerState::Answered; }
    bool operator==(const Answer&) const = default;
};

// OMB SPD 15 (2024 revision): one combined race and ethnicity question, several answers allowed.
enum class RaceEthnicity : std::uint8_t
{
    AmericanIndianAlaskaNative,
    Asian,
    BlackAfricanAmerican,
    HispanicLatino,
    MiddleEasternNorthAfrican,
    NativeHawaiianPacificIslander,
    White,
};
template<>
struct EnumCodes<RaceEthnicity>
{
    static constexpr CodeEntry<RaceEthnicity> table[] = {
        {RaceEthnicity::AmericanIndianAlaskaNative, "aian", "American Indian or Alaska Native"},
        {RaceEthnicity::Asian, "asian", "Asian"},
        {RaceEthnicity::BlackAfricanAmerican, "black", "Black or African American"},
        {RaceEthnicity::HispanicLatino, "hispanic", "Hispanic or Latino"},
        {RaceEthnicity::MiddleEasternNorthAfrican, "mena", "Middle Eastern or North African"},
        {RaceEthnicity::NativeHawaiianPacificIslander, "nhpi",
            "Native Hawaiian or Pacific Islander"},
        {RaceEthnicity::White, "white", "White"},
    };
};

enum class GenderIdentity : std::uint8_t
{
    Woman,
    Man,
    NonBinary,
    Another
};
template<>
struct EnumCodes<GenderIdentity>
{
    static constexpr CodeEntry<GenderIdentity> table[] = {
        {GenderIdentity::Woman, "woman", "Woman"},
        {GenderIdentity::Man, "man", "Man"},
        {GenderIdentity::NonBinary, "nonbinary", "Nonbinary"},
        {GenderIdentity::Another, "another", "Another gender identity"},
    };
};

struct Demographics
{
    Answer<std::vector<RaceEthnicity>> raceEthnicity;
    Answer<GenderIdentity> genderIdentity;
    Answer<std::string> primaryLanguage; // ISO 639-1 code, "vi"
    Answer<bool> disability;
    bool operator==(const Demographics&) const = default;
};

// Storage form of each answer: "not_asked", "declined", or the answer itself
// ("asian,white", "woman", "vi", "yes"/"no").
std::string encodeRaceEthnicity(const Answer<std::vector<RaceEthnicity>>& a);
std::string encodeGenderIdentity(const Answer<GenderIdentity>& a);
std::string encodeLanguage(const Answer<std::string>& a);
std::string encodeDisability(const Answer<bool>& a);
// Parsing throws Failure(Validation) naming `field` (input) -- callers reading the database
// turn that into Damaged.
Answer<std::vector<RaceEthnicity>> decodeRaceEthnicity(
    std::string_view s, std::string_view field = "race/ethnicity");
Answer<GenderIdentity> decodeGenderIdentity(
    std::string_view s, std::string_view field = "gender identity");
Answer<std::string> decodeLanguage(std::string_view s, std::string_view field = "primary language");
Answer<bool> decodeDisability(std::string_view s, std::string_view field = "disability");

} // namespace caseledger::core
