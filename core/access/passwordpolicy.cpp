#include "core/access/passwordpolicy.h"

#include "core/base/text.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace caseledger::core {

namespace {

// Passwords of 12 or more characters that head the public breach corpora (RockYou, the
// "top 100k" lists) -- shorter ones are already refused by length.
constexpr std::array<std::string_view, 96> kCommonPasswords = {
    "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111", "000000000000",
    "123123123123", "121212121212", "1234512345", "987654321098", "qwertyuiop12", "qwertyuiop123",
    "qwerty123456", "qwerty1234567", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "zaq12wsxcde3", "1q2w3e4r5t6y",
    "1q2w3e4r5t6y7u", "q1w2e3r4t5y6", "!qaz@wsx#edc", "qazwsxedcrfv", "asdfghjkl123", "zxcvbnm12345",
    "password1234", "password12345", "password123456", "password123!", "passwordpassword", "passw0rd1234",
    "p@ssw0rd1234", "p@ssword1234", "password2024", "password2025", "password2026", "mypassword123",
    "iloveyou1234", "iloveyouiloveyou", "letmeinletmein", "welcome12345", "welcome123456", "welcome2024!",
    "administrator", "administrator1", "changeme1234", "changemenow1", "trustno1trustno1", "football1234",
    "baseball1234", "basketball12", "superman1234", "batman123456", "princess1234", "sunshine1234",
    "monkey123456", "dragon123456", "master123456", "shadow123456", "michael12345", "jennifer1234",
    "jessica12345", "charlie12345", "starwars1234", "pokemon12345", "whatever1234", "computer1234",
    "internet1234", "abcdefghijkl", "abc123456789", "abcd12345678", "aa123456789a", "qwertyqwerty",
    "asdfasdfasdf", "letmein12345", "secret123456", "summer2024!!", "winter2024!!", "spring2025!!",
    "football12345", "soccer123456", "liverpool123", "chelsea12345", "arsenal12345", "manchester12",
    "samsung12345", "google123456", "facebook1234", "microsoft123", "apple1234567", "hello1234567",
    "helloworld12", "loveyou12345", "babygirl1234", "lovelove1234", "123456qwerty", "qwerty123!@#",
};

// Base words that, dressed with digits and symbols, make most of the remaining guesses.
constexpr std::array<std::string_view, 40> kCommonWords = {
    "password", "passw0rd", "qwerty", "letmein", "welcome", "iloveyou", "admin", "administrator", "changeme",
    "secret", "dragon", "monkey", "football", "baseball", "soccer", "superman", "batman", "princess",
    "sunshine", "master", "shadow", "trustno", "whatever", "computer", "login", "summer", "winter", "spring",
    "autumn", "january", "february", "october", "november", "december", "hello", "freedom", "starwars",
    "pokemon", "charlie", "default",
};

// The agency's own words (context-specific words, 800-63B).
constexpr std::array<std::string_view, 9> kContextWords = {
    "caseledger", "childsupport", "california", "dcss", "lcsa", "support", "county", "caseworker", "supervisor",
};

constexpr std::array<std::string_view, 4> kSequences = {
    "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
};

std::string unLeet(std::string s)
{
    for (auto& c : s) {
        switch (c) {
        case '0': c = 'o'; break;
        case '1': c = 'i'; break;
        case '3': c = 'e'; break;
        case '4': c = 'a'; break;
        case '5': c = 's'; break;
        case '7': c = 't'; break;
        case '@': c = 'a'; break;
        case '$': c = 's'; break;
        default: break;
        }
    }
    return s;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// The password without leading and trailing digits and symbols: "Summer2024!" -> "summer".
std::string core(std::string_view lower)
{
    std::size_t b = 0, e = lower.size();
    while (b < e && !isLetter(lower[b]))
        ++b;
    while (e > b && !isLetter(lower[e - 1]))
        --e;
    return std::string(lower.substr(b, e - b));
}

bool isRepetition(std::string_view s)
{
    for (std::size_t unit = 1; unit <= 4 && unit < s.size(); ++unit) {
        bool repeats = true;
        for (std::size_t i = unit; i < s.size() && repeats; ++i)
            repeats = s[i] == s[i - unit];
        if (repeats)
            return true;
    }
    return false;
}

bool isSequence(std::string_view s)
{
    for (auto seq : kSequences) {
        std::string reversed(seq.rbegin(), seq.rend());
        if (seq.find(s) != std::string_view::npos || reversed.find(s) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

std::optional<std::string> PasswordPolicy::check(std::string_view password, const std::vector<std::string>& contextWords)
{
    if (!text::isValidUtf8(password))
        return "the password is not valid text";
    const auto length = text::codePointCount(password);
    if (length < kMinimumLength)
        return "a password needs at least 12 characters; a phrase of a few unrelated words works well";
    if (length > kMaximumLength)
        return "a password has at most 256 characters";

    const std::string lower = text::fold(password);
    const std::string why = "this password is too easy to guess; a phrase of a few unrelated words works well";
    if (std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lower) != kCommonPasswords.end())
        return why;
    if (isRepetition(lower) || isSequence(lower))
        return why;

    const std::string base = unLeet(core(lower));
    const auto isWeakBase = [&](std::string_view word) {
        // The whole password is the word dressed with at most six digits or symbols.
        return base == word && lower.size() <= word.size() + 6;
    };
    for (auto w : kCommonWords)
        if (isWeakBase(w))
            return why;
    for (auto w : kContextWords)
        if (isWeakBase(w) || lower == w)
            return why;
    for (const auto& w : contextWords) {
        const std::string folded = text::fold(w);
        if (folded.size() >= 3 && (isWeakBase(folded) || lower.find(folded) != std::string::npos))
            return "a password must not contain the user's name";
    }
    return std::nullopt;
}

} // namespace caseledger::core
