#include "core/reports/reportscope.h"

#include "core/store/database.h"

namespace caseledger::core {

std::string scopeSql(const ReportParams& params, std::string_view a)
{
    std::string sql;
    if (params.countyFips)
        sql += " AND " + std::string(a) + ".managing_county = ?"
            + std::to_string(kScopeCountyParam);
    if (params.workerId)
        sql += " AND " + std::string(a) + ".assigned_worker = ?"
            + std::to_string(kScopeWorkerParam);
    return sql;
}

void bindScope(Statement& s, const ReportParams& params)
{
    if (params.countyFips)
        s.bind(kScopeCountyParam, *params.countyFips);
    if (params.workerId)
        s.bind(kScopeWorkerParam, *params.workerId);
}

std::string openOnSql(std::string_view a, int dateParam)
{
    const std::string c(a);
    const std::string p = "?" + std::to_string(dateParam);
    // A case reopened after its closing is open again from the reopening (casework.md).
    return "(" + c + ".opened_on <= " + p + " AND (" + c + ".closed_on IS NULL OR " + c
        + ".closed_on > " + p + " OR (" + c + ".reopened_on >= " + c + ".closed_on AND " + c
        + ".reopened_on <= " + p + ")))";
}

} // namespace caseledger::core
