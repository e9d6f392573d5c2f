#include "core/reports/drillkey.h"

namespace caseledger::core {

namespace {

bool plain(std::string_view s)
{
    for (char c : s)
        if (c == ';' || c == '=')
            return false;
    return true;
}

} // namespace

std::string DrillKey::field(const std::string& key) const
{
    const auto it = fields.find(key);
    return it == fields.end() ? std::string() : it->second;
}

std::string DrillKey::str() const
{
    std::string out = kind;
    for (const auto& [k, v] : fields)
        out += ";" + k + "=" + v;
    return out;
}

std::optional<DrillKey> DrillKey::parse(std::string_view text)
{
    DrillKey key;
    std::size_t start = 0;
    bool first = true;
    while (start <= text.size()) {
        const auto end = std::min(text.find(';', start), text.size());
        const auto part = text.substr(start, end - start);
        if (first) {
            if (part.empty() || !plain(part))
                return std::nullopt;
            key.kind = std::string(part);
            first = false;
        } else {
            const auto eq = part.find('=');
            if (eq == std::string_view::npos || eq == 0 || !plain(part.substr(eq + 1)))
                return std::nullopt;
            key.fields[std::string(part.substr(0, eq))] = std::string(part.substr(eq + 1));
        }
        start = end + 1;
    }
    return key;
}

} // namespace caseledger::core
