#include "core/cases/demographics.h"

#include <algorithm>

namespace caseledger::core {

namespace {

constexpr std::string_view kNotAsked = "not_asked";
constexpr std::string_view kDeclined = "declined";

template<class T>
std::optional<std::string> nonAnswer(const Answer<T>& a)
{
    if (a.state == AnswerState::NotAsked)
        return std::string(kNotAsked);
    if (a.state == AnswerState::DeclinedToState)
        return std::string(kDeclined);
    return std::nullopt;
}

template<class T>
std::optional<Answer<T>> decodeNonAnswer(std::string_view s)
{
    if (s == kNotAsked || s.empty())
        return Answer<T>::notAsked();
    if (s == kDeclined)
        return Answer<T>::declined();
    return std::nullopt;
}

} // namespace

std::string encodeRaceEthnicity(const Answer<std::vector<RaceEthnicity>>& a)
{
    if (auto n = nonAnswer(a))
        return *n;
    std::string out;
    for (auto r : a.value)
        out += (out.empty() ? "" : ",") + std::string(codeOf(r));
    return out;
}

std::string encodeGenderIdentity(const Answer<GenderIdentity>& a)
{
    if (auto n = nonAnswer(a))
        return *n;
    return std::string(codeOf(a.value));
}

std::string encodeLanguage(const Answer<std::string>& a)
{
    if (auto n = nonAnswer(a))
        return *n;
    return a.value;
}

std::string encodeDisability(const Answer<bool>& a)
{
    if (auto n = nonAnswer(a))
        return *n;
    return a.value ? "yes" : "no";
}

Answer<std::vector<RaceEthnicity>> decodeRaceEthnicity(std::string_view s, std::string_view field)
{
    if (auto n = decodeNonAnswer<std::vector<RaceEthnicity>>(s))
        return *n;
    std::vector<RaceEthnicity> values;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto comma = std::min(s.find(',', start), s.size());
        const auto v = requireCode<RaceEthnicity>(s.substr(start, comma - start), field);
        if (std::find(values.begin(), values.end(), v) == values.end())
            values.push_back(v);
        start = comma + 1;
    }
    std::sort(values.begin(), values.end());
    return Answer<std::vector<RaceEthnicity>>::given(std::move(values));
}

Answer<GenderIdentity> decodeGenderIdentity(std::string_view s, std::string_view field)
{
    if (auto n = decodeNonAnswer<GenderIdentity>(s))
        return *n;
    return Answer<GenderIdentity>::given(requireCode<GenderIdentity>(s, field));
}

Answer<std::string> decodeLanguage(std::string_view s, std::string_view field)
{
    if (auto n = decodeNonAnswer<std::string>(s))
        return *n;
    const bool code = s.size() == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z';
    if (!code)
        failValidation(std::string(field),
            "must be a two-letter ISO 639-1 code such as es or vi, or not_asked or declined");
    return Answer<std::string>::given(std::string(s));
}

Answer<bool> decodeDisability(std::string_view s, std::string_view field)
{
    if (auto n = decodeNonAnswer<bool>(s))
        return *n;
    if (s == "yes" || s == "no")
        return Answer<bool>::given(s == "yes");
    failValidation(std::string(field), "must be yes, no, not_asked or declined");
}

} // namespace caseledger::core
