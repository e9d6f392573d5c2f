#pragma once

#include "core/reports/ledgerfacts.h"

#include <memory>

namespace caseledger::core {

class Database;

// The ledger facts of a database, read with set-based SQL: a whole federal fiscal year and the
// collections by month from the sums the ledger's triggers keep (schema v11,
// fiscalyearsums.h), any other period from the finance ledger's tables (schema v4), one
// statement per figure family. Only a case whose assistance changed during a fiscal year is
// read on its own (its months, and its lines in the month of the change). `today` (from the
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
