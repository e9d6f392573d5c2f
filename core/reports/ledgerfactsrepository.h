#pragma once

#include "core/reports/ledgerfacts.h"

#include <memory>

namespace caseledger::core {

class Database;

// The ledger facts of a database: read from the finance ledger's tables (schema v4) when they
// exist, otherwise NoLedgerFacts (zero, with the "ledger not yet available" footnote).
std::unique_ptr<LedgerFacts> ledgerFactsFor(Database& db);

} // namespace caseledger::core
