#include "core/cases/searchquery.h"

#include "core/base/text.h"
#include "core/cases/casenumber.h"
#include "core/cases/phonetic.h"
#include "core/cases/ssn.h"

namespace caseledger::core {

namespace {

bool allDigits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

std::vector<std::string> splitSpaces(std::string_view s)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == ',') {
            if (!current.empty())
                out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

// "3456", "***-**-3456" or "xxx-xx-3456": the last four of an SSN.
std::optional<std::string> lastFourOf(std::string_view token)
{
    if (token.size() == 4 && allDigits(token))
        return std::string(token);
    if (token.size() == 11 && allDigits(token.substr(7)) && token[3] == '-' && token[6] == '-') {
        for (std::size_t i : {0u, 1u, 2u, 4u, 5u})
            if (token[i] != '*' && token[i] != 'x' && token[i] != 'X')
                return std::nullopt;
        return std::string(token.substr(7));
    }
    return std::nullopt;
}

std::optional<SearchQuery> lastFourAndBirth(const std::vector<std::string>& tokens)
{
    if (tokens.size() != 2)
        return std::nullopt;
    for (int first = 0; first < 2; ++first) {
        auto four = lastFourOf(tokens[static_cast<std::size_t>(first)]);
        auto dob = parseLooseDate(tokens[static_cast<std::size_t>(1 - first)]);
        if (four && dob) {
            SearchQuery q;
            q.kind = SearchKind::SsnLastFourAndBirth;
            q.lastFour = *four;
            q.dateOfBirth = dob;
            return q;
        }
    }
    return std::nullopt;
}

std::optional<SearchQuery> numberQuery(const std::string& t)
{
    SearchQuery q;
    // "19-0000123" or a prefix of it: two digits, a dash, up to seven digits.
    if (t.size() >= 3 && t.size() <= 10 && t[2] == '-' && allDigits(t.substr(0, 2))
        && (t.size() == 3 || allDigits(t.substr(3)))) {
        q.kind = SearchKind::CaseNumber;
        q.caseNumberPrefix = t;
        return q;
    }
    if (checkSsn(t) == SsnProblem::None && t.size() == 11) {
        q.kind = SearchKind::Ssn;
        q.ssn = *normalizeSsn(t);
        return q;
    }
    std::string digits;
    for (char c : t) {
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '+')
            return std::nullopt;
    }
    if (digits.size() == 11 && digits[0] == '1')
        digits.erase(0, 1);
    if (digits.size() == 10 || digits.size() == 7) {
        q.kind = SearchKind::Phone;
        q.phone = digits;
        return q;
    }
    if (digits.size() == 9 && digits == t) {
        q.kind = SearchKind::CaseNumberOrSsn;
        q.ssn = digits;
        if (auto n = normalizeCaseNumber(digits))
            q.caseNumberPrefix = *n;
        return q;
    }
    return std::nullopt;
}

} // namespace

std::optional<Date> parseLooseDate(std::string_view text)
{
    if (auto iso = Date::parseIso(text))
        return iso;
    // US order: month/day/year with a four-digit year.
    const auto a = text.find('/');
    const auto b = a == std::string_view::npos ? a : text.find('/', a + 1);
    if (b == std::string_view::npos)
        return std::nullopt;
    const auto m = text.substr(0, a), d = text.substr(a + 1, b - a - 1), y = text.substr(b + 1);
    if (!allDigits(m) || !allDigits(d) || !allDigits(y) || m.size() > 2 || d.size() > 2
        || y.size() != 4)
        return std::nullopt;
    try {
        return Date::fromYmd(std::stoi(std::string(y)),
            static_cast<unsigned>(std::stoi(std::string(m))),
            static_cast<unsigned>(std::stoi(std::string(d))));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

SearchQuery parseSearchText(std::string_view raw)
{
    const std::string t = text::trim(raw);
    SearchQuery q;
    if (t.empty())
        return q;
    if (auto both = lastFourAndBirth(splitSpaces(t)))
        return *both;
    if (auto number = numberQuery(t))
        return *number;
    q.words = nameWords(t);
    q.kind = q.words.empty() ? SearchKind::Empty : SearchKind::Name;
    return q;
}

} // namespace caseledger::core
