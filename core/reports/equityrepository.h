#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/reports/reportparams.h"

#include <string>
#include <vector>

namespace caseledger::core {

class Database;

// One case of the equity dashboard's population, with the stored demographic answer of the
// party it is described by (measures.md "Equity dashboard"). Used only to aggregate: nothing
// of it leaves core/reports.
struct EquityCase
{
    Uuid caseId;
    std::string answer; // "not_asked", "declined" or the stored answer ("asian,white", "vi")
    bool hasOrder = false;
    bool parentageEstablished = false;
    bool closedInPeriod = false;
};

class EquityRepository
{
public:
    explicit EquityRepository(Database& db)
        : m_db(db)
    { }
    // The cases open at some time in [from, to] in the report's scope. `breakdown` and `party`
    // are checked against fixed lists (a Validation failure naming the parameter otherwise).
    std::vector<EquityCase> cases(const ReportParams& params, Date from, Date to);

private:
    Database& m_db;
};

} // namespace caseledger::core
