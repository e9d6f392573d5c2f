#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/cases/caselist.h"
#include "core/reports/drillkey.h"
#include "core/reports/reportparams.h"

#include <cstdint>
#include <vector>

namespace caseledger::core {

class Database;

// The cases behind a report cell (issue 6: "any number can be opened as the list of cases
// behind it"), rebuilt from its DrillKey with the same SQL fragments as the count.
class DrillRepository
{
public:
    explicit DrillRepository(Database& db)
        : m_db(db)
    { }
    // The case ids, in case-number order; Validation failure for a key it does not know.
    std::vector<Uuid> cases(const DrillKey& key, const ReportParams& params);
    // The rows of the caseload list for those cases (names, no SSN, no address: as the
    // caseload shows them), at most `limit`.
    std::vector<CaseListRow> rows(const std::vector<Uuid>& ids, Date today, int limit);

private:
    std::vector<Uuid> caseload(const DrillKey& key, const ReportParams& params);
    std::vector<Uuid> compliance(const DrillKey& key, const ReportParams& params);
    std::vector<Uuid> measure(const DrillKey& key, const ReportParams& params);
    Database& m_db;
};

} // namespace caseledger::core
