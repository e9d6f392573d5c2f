#pragma once

#include "app/cli/clicontext.h"
#include "core/base/money.h"
#include "core/cases/codes.h"
#include "core/services/casefile.h"
#include "core/services/searchservice.h"

#include <nlohmann/json.hpp>
#include <string>

// How casework values look on the command line: JSON for scripts, text for people. Both come
// from the services' results, which carry masked SSNs and no protected whereabouts (S13, S14);
// nothing here reads the database.
namespace caseledger::cli::caseformat {

nlohmann::json toJson(const core::PersonProfile& p);
nlohmann::json toJson(const core::CaseFile& f);
nlohmann::json toJson(const core::Case& c);
nlohmann::json toJson(const core::CaseListRow& r);
nlohmann::json toJson(const core::Task& t);
nlohmann::json toJson(const core::SupportOrder& o);
nlohmann::json toJson(const core::Parentage& p);
nlohmann::json toJson(const core::Note& n);
nlohmann::json toJson(const core::SearchHit& h);

std::string toText(const core::PersonProfile& p);
std::string toText(const core::CaseFile& f);
std::string money(core::Money m); // "612.00"

// Parsing of option values; a CommandError (exit 2) naming the option when malformed.
core::Date date(const std::string& value, const std::string& option);
std::optional<core::Date> optionalDate(const std::string& value, const std::string& option);
core::Money amount(const std::string& value, const std::string& option);
core::Uuid id(const std::string& value, const std::string& option);
template<class E>
E code(const std::string& value, const std::string& option)
{
    if (auto v = core::parseCode<E>(value))
        return *v;
    throw CommandError {
        {core::ErrorCode::Validation, "must be one of " + core::allowedCodes<E>(), option}};
}

} // namespace caseledger::cli::caseformat
