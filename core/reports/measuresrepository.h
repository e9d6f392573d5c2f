#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/reports/reportparams.h"

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Database;

// The casework lines of the OCSE-157 (measures.md; 45 CFR 305.2) over the cases,
// participants, parentage and orders of the report's county and worker: counted one by one in
// SQL, or all at once by twoYears().
class MeasuresRepository
{
public:
    explicit MeasuresRepository(Database& db)
        : m_db(db)
    { }
    // Line 1: open IV-D cases on `day` (the last day of the fiscal year).
    std::int64_t openCases(const ReportParams& params, Date day);
    // Line 2: of those, cases with a support order in force on `day`; medical-only and zero
    // orders count (measures.md).
    std::int64_t casesWithOrders(const ReportParams& params, Date day);
    // Line 5 (on the year's last day) and line 5a (on the previous year's last day): children
    // of open cases born outside marriage -- no established marital presumption.
    std::int64_t childrenBornOutsideMarriage(const ReportParams& params, Date day);
    // Line 6: such children in the caseload at the end of the year (`day`) whose parentage is
    // established or acknowledged by then -- OCSE-157 line 6 counts the children of the year's
    // caseload with parentage, not only those established during the year, so that line 6 /
    // line 5a is the IV-D paternity establishment percentage of 45 CFR 305.2(a)(1).
    std::int64_t childrenWithParentageEstablished(const ReportParams& params, Date day);
    // Lines 1, 2, 5, 5a and 6 of `fiscalYear` ([0]) and of the year before ([1]) in one pass
    // over each table (order versions, orders, cases, established parentage, children), judged
    // in C++ instead of ten counts with correlated probes: on an encrypted county every pass
    // decrypts the tables again, and every probe is a B-tree search. The functions above count
    // the same lines one by one with measuresql's SQL, as the drill-down lists them.
    struct YearCounts
    {
        std::int64_t line1 = 0, line2 = 0, line5 = 0, line5a = 0, line6 = 0;
    };
    std::array<YearCounts, 2> twoYears(const ReportParams& params, int fiscalYear);
    // The ids of the cases in the report's scope (to restrict ledger facts to them).
    std::set<Uuid> casesInScope(const ReportParams& params);

private:
    Database& m_db;
};

// The SQL fragments the drill-down shares with the counts, so that a list always matches its
// number. `?1` is the day; `?2` the start of the year (line 6).
namespace measuresql {
std::string hasOrderOn(std::string_view casesAlias, int dateParam = 1);
std::string childBornOutsideMarriage(std::string_view participantAlias);
std::string childActiveOn(std::string_view participantAlias, int dateParam = 1);
std::string parentageEstablishedIn(std::string_view participantAlias); // in [?2, ?1]
std::string parentageEstablishedBy(
    std::string_view participantAlias, int dateParam = 1); // on or before
} // namespace measuresql

} // namespace caseledger::core
