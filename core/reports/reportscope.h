#pragma once

#include "core/reports/reportparams.h"

#include <string>
#include <string_view>

namespace caseledger::core {

class Statement;

// The county and worker filters every case-based report applies, as a fixed SQL fragment over
// the cases alias and two reserved parameter numbers; the values are always bound.
inline constexpr int kScopeCountyParam = 90;
inline constexpr int kScopeWorkerParam = 91;
std::string scopeSql(const ReportParams& params, std::string_view casesAlias);
void bindScope(Statement& s, const ReportParams& params);

// A case open on `day`: opened by then and not closed by then (a pending closure is open).
// The fragment binds its date parameter number more than once.
std::string openOnSql(std::string_view casesAlias, int dateParam);

} // namespace caseledger::core
