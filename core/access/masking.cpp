#include "core/access/masking.h"

namespace caseledger::core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of an SSN-shaped run starting at `i` (11 or 9), or 0.
std::size_t ssnRunAt(std::string_view t, std::size_t i)
{
    auto digitsAt = [&](std::size_t from, std::size_t n) {
        if (from + n > t.size())
            return false;
        for (std::size_t k = from; k < from + n; ++k)
            if (!isDigit(t[k]))
                return false;
        return true;
    };
    std::size_t length = 0;
    if (digitsAt(i, 3) && i + 3 < t.size() && (t[i + 3] == '-' || t[i + 3] == ' ')
        && digitsAt(i + 4, 2) && i + 6 < t.size() && t[i + 6] == t[i + 3] && digitsAt(i + 7, 4))
        length = 11;
    else if (digitsAt(i, 9))
        length = 9;
    if (length == 0 || (i + length < t.size() && isDigit(t[i + length])))
        return 0;
    return length;
}

} // namespace

std::string maskSsn(std::string_view digits)
{
    if (digits.size() < 4)
        return std::string(kNoSsn);
    return "***-**-" + std::string(digits.substr(digits.size() - 4));
}

std::string maskSsn(const std::optional<std::string>& digits)
{
    return digits ? maskSsn(std::string_view(*digits)) : std::string(kNoSsn);
}

std::string maskSsnsInText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const bool boundary = i == 0 || !isDigit(text[i - 1]);
        const std::size_t run = boundary ? ssnRunAt(text, i) : 0;
        if (run > 0) {
            out += "***-**-";
            out += text.substr(i + run - 4, 4);
            i += run;
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace caseledger::core
