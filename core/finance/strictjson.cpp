#include "core/finance/strictjson.h"

#include "core/base/error.h"

#include <limits>
#include <set>
#include <vector>

namespace caseledger::core {

using json = nlohmann::json;

json parseStrictJson(std::string_view text, std::size_t maxBytes)
{
    if (text.size() > maxBytes)
        failValidation("request",
            "request: the JSON is larger than " + std::to_string(maxBytes / 1024) + " KiB");
    // One set of keys per open object: a repeated key is refused, never overwritten.
    std::vector<std::set<std::string>> open;
    std::string duplicate;
    const json::parser_callback_t watch = [&](int, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::object_start)
            open.emplace_back();
        else if (event == json::parse_event_t::object_end && !open.empty())
            open.pop_back();
        else if (event == json::parse_event_t::key && !open.empty()) {
            const auto key = parsed.get<std::string>();
            if (!open.back().insert(key).second && duplicate.empty())
                duplicate = key;
        }
        return true;
    };
    json value;
    try {
        value = json::parse(text.begin(), text.end(), watch);
    } catch (const json::parse_error& e) {
        failValidation(
            "request", "request: not valid JSON (near byte " + std::to_string(e.byte) + ")");
    }
    if (!duplicate.empty())
        failValidation(duplicate, "the field " + duplicate + " appears twice in one object");
    return value;
}

StrictJsonObject::StrictJsonObject(
    const json& value, std::string path, std::initializer_list<std::string_view> allowed)
    : m_value(value)
    , m_path(std::move(path))
{
    const std::string what = m_path.empty() ? std::string("the request") : m_path;
    if (!value.is_object())
        failValidation(m_path.empty() ? "request" : m_path, what + " must be a JSON object");
    for (const auto& item : value.items()) {
        bool known = false;
        for (auto a : allowed)
            known = known || item.key() == a;
        if (!known)
            failValidation(field(item.key()), field(item.key()) + " is not a known field");
    }
}

const json* StrictJsonObject::optional(std::string_view key) const
{
    const auto it = m_value.find(key);
    return it == m_value.end() || it->is_null() ? nullptr : &*it;
}

const json& StrictJsonObject::required(std::string_view key) const
{
    const json* v = optional(key);
    if (!v)
        failValidation(field(key), field(key) + " is required");
    return *v;
}

std::string StrictJsonObject::field(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

namespace {

std::int64_t wholeNumber(const json& v, const std::string& field, const std::string& what)
{
    if (v.is_number_integer() && !v.is_number_unsigned())
        return v.get<std::int64_t>();
    if (v.is_number_unsigned()
        && v.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return static_cast<std::int64_t>(v.get<std::uint64_t>());
    failValidation(field, field + " must be " + what);
}

} // namespace

Money StrictJsonObject::cents(std::string_view key, Money fallback) const
{
    const json* v = optional(key);
    if (!v)
        return fallback;
    const auto value = wholeNumber(*v, field(key), "a whole number of cents");
    if (value < 0)
        failValidation(field(key), field(key) + " must not be negative");
    return Money::fromCents(value);
}

Money StrictJsonObject::requiredCents(std::string_view key) const
{
    required(key);
    return cents(key);
}

std::int64_t StrictJsonObject::integer(
    std::string_view key, std::int64_t min, std::int64_t max) const
{
    const std::string range
        = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    const auto value = wholeNumber(required(key), field(key), range);
    if (value < min || value > max)
        failValidation(field(key), field(key) + " must be " + range);
    return value;
}

std::int64_t StrictJsonObject::integer(
    std::string_view key, std::int64_t min, std::int64_t max, std::int64_t fallback) const
{
    return optional(key) ? integer(key, min, max) : fallback;
}

bool StrictJsonObject::boolean(std::string_view key) const
{
    const json& v = required(key);
    if (!v.is_boolean())
        failValidation(field(key), field(key) + " must be true or false");
    return v.get<bool>();
}

std::string StrictJsonObject::string(std::string_view key) const
{
    const json& v = required(key);
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
        failValidation(field(key), field(key) + " must be a non-empty string");
    return v.get<std::string>();
}

Date StrictJsonObject::date(std::string_view key) const
{
    const json& v = required(key);
    const auto parsed = v.is_string() ? Date::parseIso(v.get<std::string>()) : std::nullopt;
    if (!parsed)
        failValidation(field(key), field(key) + " must be a date written YYYY-MM-DD");
    return *parsed;
}

const json& requireJsonArray(const json& value, const std::string& field)
{
    if (!value.is_array())
        failValidation(field, field + " must be a JSON array");
    return value;
}

} // namespace caseledger::core
