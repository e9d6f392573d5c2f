#include "core/reports/equityrepository.h"

#include "core/base/error.h"
#include "core/cases/columns.h"
#include "core/reports/measuresrepository.h"
#include "core/reports/reportscope.h"
#include "core/store/database.h"

namespace caseledger::core {

using namespace columns;

namespace {

// Column names come from this fixed list, never from the request text.
std::string answerColumn(const std::string& breakdown)
{
    if (breakdown == "race_ethnicity")
        return "race_ethnicity";
    if (breakdown == "language")
        return "primary_language";
    if (breakdown == "gender")
        return "gender_identity";
    if (breakdown == "disability")
        return "disability";
    failValidation("breakdown", "must be one of race_ethnicity, language, gender, disability");
}

std::string partyColumn(const std::string& party)
{
    if (party == "cp")
        return "cp_id";
    if (party == "ncp")
        return "ncp_id";
    failValidation("party", "must be cp or ncp");
}

} // namespace

std::vector<EquityCase> EquityRepository::cases(const ReportParams& params, Date from, Date to)
{
    const std::string sql = "SELECT c.id, coalesce(d." + answerColumn(params.breakdown)
        + ", 'not_asked'), " + measuresql::hasOrderOn("c")
        + ", EXISTS (SELECT 1 FROM participant p WHERE p.case_id = c.id AND p.role = 'child' AND "
        + measuresql::parentageEstablishedIn("p")
        + "), c.status = 'closed' AND c.closed_on BETWEEN ?2 AND ?1 "
          "FROM cases c LEFT JOIN demographics d ON d.person_id = c."
        + partyColumn(params.party)
        + " WHERE c.opened_on <= ?1 AND (c.closed_on IS NULL OR c.closed_on >= ?2 OR "
          "c.reopened_on >= c.closed_on)"
        + scopeSql(params, "c");
    auto s = m_db.prepare(sql);
    bindDate(s, 1, to);
    bindDate(s, 2, from);
    bindScope(s, params);
    std::vector<EquityCase> out;
    while (s.step())
        out.push_back({s.uuid(0), s.text(1), s.int64(2) != 0, s.int64(3) != 0, s.int64(4) != 0});
    return out;
}

} // namespace caseledger::core
