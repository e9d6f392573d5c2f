#pragma once

#include "core/services/accrualservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/paymentservice.h"

#include <nlohmann/json.hpp>
#include <string>

// How ledger values look on the command line: JSON for scripts, text for people, CSV for
// spreadsheets (formula-safe, S25). Nothing here reads the database.
namespace caseledger::cli::ledgerformat {

nlohmann::json toJson(const core::PostedCollection& c);
nlohmann::json toJson(const core::LedgerLine& l);
nlohmann::json toJson(const core::PostResult& r);
nlohmann::json toJson(const core::BatchResult& r);
nlohmann::json toJson(const core::ReversalResult& r);
nlohmann::json toJson(const core::CaseLedger& l);
nlohmann::json toJson(const core::CollectionExplanation& e);
nlohmann::json toJson(const core::HeldItem& h);

std::string toText(const core::PostResult& r);
std::string toText(const core::BatchResult& r);
std::string toText(const core::CaseLedger& l);
std::string toText(const core::CollectionExplanation& e);
std::string toCsv(const core::CaseLedger& l);

} // namespace caseledger::cli::ledgerformat
