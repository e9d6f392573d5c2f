#pragma once

#include "core/reports/ledgerfacts.h"

#include <memory>

namespace caseledger::core {

class Database;

// The ledger facts of a database, read from the finance ledger's tables (schema v4) with
// set-based SQL: one statement per figure family, never a query per case. `today` (from the
// injected clock) ages the undistributed money.
class LedgerFactsRepository final : public LedgerFacts
{
public:
    LedgerFactsRepository(Database& db, Date today)
        : m_db(db)
        , m_today(today)
    { }
    std::vector<CaseLedgerFacts> perCase(Date from, Date to) override;
    std::vector<MeasureLedgerLines> measureLines(
        const std::vector<std::pair<Date, Date>>& periods) override;
    std::vector<MonthLedgerFacts> byMonth(Date from, Date to) override;
    std::vector<AgingLedgerFacts> aging(Date asOf) override;
    CollectionsBaseFacts collectionsBase(Date from, Date to) override;

private:
    Database& m_db;
    Date m_today;
};

std::unique_ptr<LedgerFacts> ledgerFactsFor(Database& db, Date today);

} // namespace caseledger::core
