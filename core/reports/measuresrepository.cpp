#include "core/reports/measuresrepository.h"

#include "core/cases/columns.h"
#include "core/reports/reportscope.h"
#include "core/store/database.h"

namespace caseledger::core {

using namespace columns;

namespace measuresql {

std::string hasOrderOn(std::string_view a, int dateParam)
{
    const std::string d = "?" + std::to_string(dateParam);
    // An order counts from its first version's effective date until its end date.
    return "EXISTS (SELECT 1 FROM support_order o JOIN order_version v ON v.order_id = o.id "
           "WHERE o.case_id = "
        + std::string(a) + ".id AND v.effective_date <= " + d
        + " AND (o.end_date IS NULL OR o.end_date >= " + d + "))";
}

std::string childBornOutsideMarriage(std::string_view p)
{
    // casework.md "Parentage": a marital presumption (Family Code §7540) is the only record of a
    // child born within marriage; every other child counts on lines 5 and 5a.
    return "NOT EXISTS (SELECT 1 FROM parentage g WHERE g.child_id = " + std::string(p)
        + ".person_id AND g.method = 'presumption' AND g.status = 'established')";
}

std::string childActiveOn(std::string_view p, int dateParam)
{
    const std::string a(p);
    const std::string d = "?" + std::to_string(dateParam);
    return a + ".role = 'child' AND " + a + ".from_date <= " + d + " AND (" + a
        + ".to_date IS NULL OR " + a + ".to_date > " + d + ")";
}

std::string parentageEstablishedIn(std::string_view p)
{
    // 45 CFR 305.2(a)(1): established or acknowledged -- by declaration, genetic test and
    // judgment, or judgment -- in the year; a presumption is not an establishment.
    return "EXISTS (SELECT 1 FROM parentage g WHERE g.child_id = " + std::string(p)
        + ".person_id AND g.status = 'established' AND g.method <> 'presumption' "
          "AND g.established_on BETWEEN ?2 AND ?1)";
}

std::string parentageEstablishedBy(std::string_view p, int dateParam)
{
    return "EXISTS (SELECT 1 FROM parentage g WHERE g.child_id = " + std::string(p)
        + ".person_id AND g.status = 'established' AND g.method <> 'presumption' "
          "AND g.established_on <= ?"
        + std::to_string(dateParam) + ")";
}

} // namespace measuresql

namespace {

std::int64_t countOn(Database& db, const std::string& sql, const ReportParams& params, Date day,
    std::optional<Date> from = std::nullopt)
{
    auto s = db.prepare(sql);
    bindDate(s, 1, day);
    if (from)
        bindDate(s, 2, *from);
    bindScope(s, params);
    return s.step() ? s.int64(0) : 0;
}

} // namespace

std::int64_t MeasuresRepository::openCases(const ReportParams& params, Date day)
{
    return countOn(m_db,
        "SELECT count(*) FROM cases c WHERE " + openOnSql("c", 1) + scopeSql(params, "c"), params,
        day);
}

std::int64_t MeasuresRepository::casesWithOrders(const ReportParams& params, Date day)
{
    return countOn(m_db,
        "SELECT count(*) FROM cases c WHERE " + openOnSql("c", 1) + " AND "
            + measuresql::hasOrderOn("c") + scopeSql(params, "c"),
        params, day);
}

std::int64_t MeasuresRepository::childrenBornOutsideMarriage(const ReportParams& params, Date day)
{
    // A child on two open cases is one child (OCSE-157 counts children, not participations).
    return countOn(m_db,
        "SELECT count(DISTINCT p.person_id) FROM participant p JOIN cases c ON c.id = p.case_id "
        "WHERE "
            + measuresql::childActiveOn("p") + " AND " + openOnSql("c", 1) + " AND "
            + measuresql::childBornOutsideMarriage("p") + scopeSql(params, "c"),
        params, day);
}

std::int64_t MeasuresRepository::childrenWithParentageEstablished(
    const ReportParams& params, Date day)
{
    return countOn(m_db,
        "SELECT count(DISTINCT p.person_id) FROM participant p JOIN cases c ON c.id = p.case_id "
        "WHERE "
            + measuresql::childActiveOn("p") + " AND " + openOnSql("c", 1) + " AND "
            + measuresql::parentageEstablishedBy("p") + scopeSql(params, "c"),
        params, day);
}

std::array<MeasuresRepository::YearCounts, 2> MeasuresRepository::twoYears(
    const ReportParams& params, int fy)
{
    // ?1, ?2, ?3: the ends of this year, last year and the year before (line 5a of last year).
    auto cases = m_db.prepare("SELECT sum(" + openOnSql("c", 1) + "), sum(" + openOnSql("c", 1)
        + " AND " + measuresql::hasOrderOn("c", 1) + "), sum(" + openOnSql("c", 2) + "), sum("
        + openOnSql("c", 2) + " AND " + measuresql::hasOrderOn("c", 2) + ") FROM cases c WHERE 1"
        + scopeSql(params, "c"));
    std::array<YearCounts, 2> y {};
    for (int i = 0; i < 2; ++i)
        bindDate(cases, i + 1, fiscalYearEnd(fy - i));
    bindScope(cases, params);
    if (cases.step())
        y = {YearCounts {cases.int64(0), cases.int64(1), 0, 0, 0},
            YearCounts {cases.int64(2), cases.int64(3), 0, 0, 0}};
    // A child on two open cases is one child (OCSE-157 counts children, not participations).
    auto children = [](int d, const std::string& test) {
        return "count(DISTINCT CASE WHEN " + measuresql::childActiveOn("p", d) + " AND "
            + openOnSql("c", d) + " AND " + test + " THEN p.person_id END)";
    };
    const auto outside = measuresql::childBornOutsideMarriage("p");
    auto kids = m_db.prepare("SELECT " + children(1, outside) + ", " + children(2, outside) + ", "
        + children(3, outside) + ", " + children(1, measuresql::parentageEstablishedBy("p", 1))
        + ", " + children(2, measuresql::parentageEstablishedBy("p", 2))
        + " FROM participant p JOIN cases c ON c.id = p.case_id WHERE p.role = 'child'"
        + scopeSql(params, "c"));
    for (int i = 0; i < 3; ++i)
        bindDate(kids, i + 1, fiscalYearEnd(fy - i));
    bindScope(kids, params);
    if (kids.step()) {
        y[0].line5 = kids.int64(0);
        y[0].line5a = y[1].line5 = kids.int64(1);
        y[1].line5a = kids.int64(2);
        y[0].line6 = kids.int64(3);
        y[1].line6 = kids.int64(4);
    }
    return y;
}

std::set<Uuid> MeasuresRepository::casesInScope(const ReportParams& params)
{
    auto s = m_db.prepare("SELECT c.id FROM cases c WHERE 1" + scopeSql(params, "c"));
    bindScope(s, params);
    std::set<Uuid> ids;
    while (s.step())
        ids.insert(s.uuid(0));
    return ids;
}

} // namespace caseledger::core
