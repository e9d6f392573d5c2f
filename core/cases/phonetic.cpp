#include "core/cases/phonetic.h"

#include "core/base/text.h"

namespace caseledger::core {

std::vector<std::string> nameWords(std::string_view text)
{
    const std::string folded = text::fold(text);
    std::vector<std::string> words;
    std::string current;
    for (unsigned char c : folded) {
        // Bytes >= 0x80 belong to letters of other scripts (fold leaves no Latin marks behind).
        const bool wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (wordChar) {
            current += static_cast<char>(c);
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    return words;
}

namespace {

bool isFront(char c)
{
    return c == 'e' || c == 'i' || c == 'y';
}

// Two letters that spell one sound.
char digraph(char c, char next)
{
    static constexpr struct
    {
        char first, second, sound;
    } kDigraphs[] = {{'p', 'h', 'F'}, {'c', 'h', 'X'}, {'s', 'h', 'X'}, {'c', 'k', 'K'},
        {'q', 'u', 'K'}, {'g', 'h', 'G'}};
    for (const auto& d : kDigraphs)
        if (d.first == c && d.second == next)
            return d.sound;
    return '\0';
}

// The sound class of one letter in its context; '*' stands for a vowel, "" for a silent letter.
std::string_view letterSound(char c, char next, bool first)
{
    switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
        return "*";
    case 'y':
        return first ? "Y" : "*";
    case 'h':
        return ""; // silent in Spanish; dropping it also merges "Ernandez" and "Hernandez"
    case 'c':
        return isFront(next) ? "S" : "K";
    case 'g':
        return isFront(next) ? "J" : "G";
    case 'x':
        return first ? "J" : "KS"; // Ximenez ~ Jimenez, Xavier ~ Javier
    case 'z':
    case 's':
        return "S";
    case 'j':
        return "J";
    case 'v':
    case 'b':
        return "B";
    case 'k':
    case 'q':
        return "K";
    default: {
        static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return kUpper.substr(static_cast<std::size_t>(c - 'a'), 1);
    }
    }
}

// One pass over the word: each sound becomes one symbol.
std::string soundClasses(std::string_view w)
{
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char next = i + 1 < w.size() ? w[i + 1] : '\0';
        const char after = i + 2 < w.size() ? w[i + 2] : '\0';
        if (const char d = digraph(w[i], next)) {
            out += d;
            ++i;
        } else if (w[i] == 'g' && next == 'u' && isFront(after)) { // "Guerrero": the u is silent
            out += 'G';
            ++i;
        } else if (w[i] == 'l' && next == 'l') { // "ll" sounds like y: "Castillo" ~ "Castiyo"
            out += i == 0 ? 'Y' : '*';
            ++i;
        } else {
            out += letterSound(w[i], next, i == 0);
        }
    }
    return out;
}

} // namespace

std::string phoneticKey(std::string_view word)
{
    if (word.empty())
        return {};
    for (char c : word)
        if (c < 'a' || c > 'z')
            return std::string(word);
    const std::string classes = soundClasses(word);
    std::string key;
    char previous = '\0';
    for (std::size_t i = 0; i < classes.size(); ++i) {
        const char c = classes[i];
        if (c == previous)
            continue; // doubled letters and runs of vowels count once
        previous = c;
        if (c == '*') {
            if (key.empty())
                key += 'a'; // every initial vowel sounds alike for matching
            continue;
        }
        key += static_cast<char>(c - 'A' + 'a');
    }
    return key.empty() ? std::string(1, word[0]) : key;
}

} // namespace caseledger::core
