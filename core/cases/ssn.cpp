#include "core/cases/ssn.h"

#include "core/base/error.h"

namespace caseledger::core {

const char* ssnProblemMessage(SsnProblem problem)
{
    switch (problem) {
    case SsnProblem::None:
        return "is valid";
    case SsnProblem::Format:
        return "must be nine digits, written 123-45-6789 or 123456789";
    case SsnProblem::Area000:
        return "cannot begin with 000 (no such area number)";
    case SsnProblem::Area666:
        return "cannot begin with 666 (never issued)";
    case SsnProblem::Area9xx:
        return "cannot begin with 9 (900-999 are not SSNs)";
    case SsnProblem::Group00:
        return "cannot have 00 as its middle two digits";
    case SsnProblem::Serial0000:
        return "cannot end in 0000";
    }
    return "is not valid";
}

namespace {

std::optional<std::string> digitsOf(std::string_view text)
{
    // Exactly "ddd-dd-dddd", "ddd dd dddd" or "ddddddddd": separators only in their places.
    std::string digits;
    if (text.size() == 11) {
        const char sep = text[3];
        if ((sep != '-' && sep != ' ') || text[6] != sep)
            return std::nullopt;
        for (std::size_t i = 0; i < text.size(); ++i)
            if (i != 3 && i != 6)
                digits += text[i];
    } else if (text.size() == 9) {
        digits = std::string(text);
    } else {
        return std::nullopt;
    }
    for (char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    return digits;
}

} // namespace

SsnProblem checkSsn(std::string_view text)
{
    const auto digits = digitsOf(text);
    if (!digits)
        return SsnProblem::Format;
    const std::string_view d(*digits);
    if (d.substr(0, 3) == "000")
        return SsnProblem::Area000;
    if (d.substr(0, 3) == "666")
        return SsnProblem::Area666;
    if (d[0] == '9')
        return SsnProblem::Area9xx;
    if (d.substr(3, 2) == "00")
        return SsnProblem::Group00;
    if (d.substr(5, 4) == "0000")
        return SsnProblem::Serial0000;
    return SsnProblem::None;
}

std::optional<std::string> normalizeSsn(std::string_view text)
{
    if (checkSsn(text) != SsnProblem::None)
        return std::nullopt;
    return digitsOf(text);
}

std::string requireValidSsn(std::string_view text, std::string_view field)
{
    const auto problem = checkSsn(text);
    if (problem != SsnProblem::None)
        failValidation(std::string(field), std::string("the SSN ") + ssnProblemMessage(problem));
    return *digitsOf(text);
}

} // namespace caseledger::core
