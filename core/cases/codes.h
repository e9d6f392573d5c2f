#pragma once

#include "core/base/error.h"

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

// Every enum of the casework domain is stored and exchanged as a short stable code ("open",
// "ncp") and shown with a label. Each enum specializes EnumCodes with one table; these
// templates do the lookups, so the code and the label of a value are written exactly once.
template<class E>
struct CodeEntry
{
    E value;
    std::string_view code;
    std::string_view label;
};

template<class E>
struct EnumCodes; // specialized next to each enum: static constexpr CodeEntry<E> table[] = {...};

template<class E>
std::string_view codeOf(E value)
{
    for (const auto& e : EnumCodes<E>::table)
        if (e.value == value)
            return e.code;
    return "unknown";
}

template<class E>
std::string_view labelOf(E value)
{
    for (const auto& e : EnumCodes<E>::table)
        if (e.value == value)
            return e.label;
    return "Unknown";
}

template<class E>
std::optional<E> parseCode(std::string_view code)
{
    for (const auto& e : EnumCodes<E>::table)
        if (e.code == code)
            return e.value;
    return std::nullopt;
}

// "one of a, b, c": for validation messages that name the allowed values.
template<class E>
std::string allowedCodes()
{
    std::string out;
    for (const auto& e : EnumCodes<E>::table)
        out += (out.empty() ? "" : ", ") + std::string(e.code);
    return out;
}

// Input from a person: a Validation failure naming the field and the allowed codes.
template<class E>
E requireCode(std::string_view code, std::string_view field)
{
    if (auto v = parseCode<E>(code))
        return *v;
    failValidation(std::string(field), "must be one of " + allowedCodes<E>());
}

// A code read back from the database: anything unknown means the row was not written by us.
template<class E>
E storedCode(std::string_view code)
{
    if (auto v = parseCode<E>(code))
        return *v;
    throw Failure(
        ErrorCode::Damaged, "a stored code is not known to this version: " + std::string(code));
}

} // namespace caseledger::core
