#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

// Names the list of cases behind a report cell: "caseload;phase=locate;status=open;worker=…".
// It holds codes, dates and user ids only -- never personal data -- and the drill-down
// rebuilds the list from it with bound SQL (ReportService::drill).
struct DrillKey
{
    std::string kind;
    std::map<std::string, std::string> fields;

    DrillKey& with(std::string key, std::string value)
    {
        fields[std::move(key)] = std::move(value);
        return *this;
    }
    std::string field(const std::string& key) const;
    std::string str() const;
    // nullopt when malformed (a key is input from the GUI or the command line).
    static std::optional<DrillKey> parse(std::string_view text);
};

} // namespace caseledger::core
