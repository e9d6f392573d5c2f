#pragma once

#include "core/base/date.h"
#include "core/base/money.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace caseledger::core {

// Parses JSON text for the finance files (what-if requests, rule-set catalogs). Refuses,
// with a Validation failure naming the place, text over `maxBytes`, invalid JSON and a key
// that appears twice in one object (nlohmann would silently keep the last).
nlohmann::json parseStrictJson(std::string_view text, std::size_t maxBytes = 1 << 20);

// One JSON object whose fields are known: an unknown field is refused by name
// ("cases[0].arrears_cents.XX is not a known field"). Readers name the field they refuse.
// Amounts must be whole numbers of cents: 12.5 or 1e3 arrive as floating point and are
// refused before they touch a Money.
class StrictJsonObject
{
public:
    StrictJsonObject(const nlohmann::json& value, std::string path,
        std::initializer_list<std::string_view> allowed);

    const nlohmann::json* optional(std::string_view key) const; // absent or null: nullptr
    const nlohmann::json& required(std::string_view key) const;
    std::string field(std::string_view key) const;

    Money cents(std::string_view key, Money fallback = Money()) const; // >= 0
    Money requiredCents(std::string_view key) const; // >= 0
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max) const;
    std::int64_t integer(
        std::string_view key, std::int64_t min, std::int64_t max, std::int64_t fallback) const;
    bool boolean(std::string_view key) const; // required
    std::string string(std::string_view key) const; // required, non-empty
    Date date(std::string_view key) const; // required, YYYY-MM-DD

private:
    const nlohmann::json& m_value;
    std::string m_path;
};

// The array at `field`, or a Validation failure.
const nlohmann::json& requireJsonArray(const nlohmann::json& value, const std::string& field);

} // namespace caseledger::core
