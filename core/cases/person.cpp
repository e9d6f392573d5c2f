#include "core/cases/person.h"

#include "core/base/error.h"
#include "core/base/text.h"

namespace caseledger::core {

namespace {

std::string cleanPart(std::string_view raw, const std::string& field)
{
    std::string v = text::nfc(text::trim(raw), field);
    if (text::hasControlCharacters(v))
        failValidation(field, "may not contain control characters");
    if (text::codePointCount(v) > 100)
        failValidation(field, "has at most 100 characters");
    return v;
}

void appendWord(std::string& out, const std::string& word)
{
    if (word.empty())
        return;
    if (!out.empty())
        out += ' ';
    out += word;
}

} // namespace

std::string PersonName::display() const
{
    std::string out;
    appendWord(out, given);
    appendWord(out, middle);
    appendWord(out, family);
    appendWord(out, suffix);
    return out;
}

std::string PersonName::sortKey() const
{
    std::string out = text::fold(family);
    appendWord(out, text::fold(given));
    appendWord(out, text::fold(middle));
    return out;
}

PersonName PersonName::normalized(std::string_view field) const
{
    const std::string f(field);
    PersonName n {cleanPart(given, f + " (given)"), cleanPart(middle, f + " (middle)"),
        cleanPart(family, f + " (family)"), cleanPart(suffix, f + " (suffix)")};
    if (n.family.empty())
        failValidation(f, "a family name is required");
    return n;
}

PersonName PersonName::parse(std::string_view raw)
{
    const std::string t = text::trim(raw);
    PersonName n;
    if (const auto comma = t.find(','); comma != std::string::npos) {
        n.family = text::trim(t.substr(0, comma));
        n.given = text::trim(t.substr(comma + 1));
        return n;
    }
    const auto space = t.find_last_of(' ');
    if (space == std::string::npos) {
        n.family = t;
    } else {
        n.given = text::trim(t.substr(0, space));
        n.family = t.substr(space + 1);
    }
    return n;
}

std::string Address::oneLine() const
{
    std::string out = line1;
    if (!line2.empty())
        out += ", " + line2;
    out += ", " + city + ", " + state + " " + zip;
    return out;
}

std::string Phone::display() const
{
    if (number.size() != 10)
        return number;
    return "(" + number.substr(0, 3) + ") " + number.substr(3, 3) + "-" + number.substr(6);
}

std::optional<std::string> normalizePhone(std::string_view textIn)
{
    std::string digits;
    for (char c : textIn) {
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '+')
            return std::nullopt;
    }
    if (digits.size() == 11 && digits[0] == '1')
        digits.erase(0, 1);
    // NANP: area code and exchange do not begin with 0 or 1.
    if (digits.size() != 10 || digits[0] < '2' || digits[3] < '2')
        return std::nullopt;
    return digits;
}

} // namespace caseledger::core
