#include "core/reports/measuresrepository.h"

#include "core/cases/columns.h"
#include "core/reports/reportscope.h"
#include "core/store/database.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

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

// A case's dates, tested on a day as openOnSql() tests them (a missing date fails the test as
// NULL fails it in SQL).
struct CaseSpan
{
    std::optional<Date> opened, closed, reopened;

    bool openOn(Date day) const
    {
        // A case reopened after its closing is open again from the reopening (casework.md).
        return opened && *opened <= day
            && (!closed || *closed > day || (reopened && *reopened >= *closed && *reopened <= day));
    }
};

// A support order's span, tested on a day as measuresql::hasOrderOn() tests it: from its first
// version's effective date until its end date.
struct OrderSpan
{
    Date from;
    std::optional<Date> end;

    bool inForceOn(Date day) const { return from <= day && (!end || *end >= day); }
};

// A child's participation, tested on a day as measuresql::childActiveOn() tests it.
struct ChildSpan
{
    std::optional<Date> from, to;

    bool activeOn(Date day) const { return from && *from <= day && (!to || *to > day); }
};

// Each case's orders' spans (from the earliest version's effective date), read once.
std::unordered_map<Uuid, std::vector<OrderSpan>> ordersByCase(Database& db)
{
    std::unordered_map<Uuid, Date> firstVersion; // per order
    auto v = db.prepare("SELECT order_id, effective_date FROM order_version");
    while (v.step()) {
        const Date on = date(v, 1);
        const auto [it, added] = firstVersion.try_emplace(v.uuid(0), on);
        if (!added)
            it->second = std::min(it->second, on);
    }
    std::unordered_map<Uuid, std::vector<OrderSpan>> orders;
    auto o = db.prepare("SELECT id, case_id, end_date FROM support_order");
    while (o.step())
        if (const auto first = firstVersion.find(o.uuid(0)); first != firstVersion.end())
            orders[o.uuid(1)].push_back({first->second, optionalDate(o, 2)});
    return orders;
}

// Lines 1 and 2 of `fy` and the year before, in one pass over the cases of the scope, judged
// here as measuresql judges them for the drill-down (a test holds the two equal): a correlated
// order probe per case cost a B-tree search each on a county of 350,000 cases. Returns the
// dates of every case in the scope, for the children.
std::unordered_map<Uuid, CaseSpan> countCases(Database& db, const ReportParams& params, int fy,
    std::array<MeasuresRepository::YearCounts, 2>& y)
{
    const auto orders = ordersByCase(db);
    std::unordered_map<Uuid, CaseSpan> spans;
    auto c = db.prepare("SELECT id, opened_on, closed_on, reopened_on FROM cases c WHERE 1"
        + scopeSql(params, "c"));
    bindScope(c, params);
    while (c.step()) {
        const CaseSpan span {optionalDate(c, 1), optionalDate(c, 2), optionalDate(c, 3)};
        const auto own = orders.find(c.uuid(0));
        for (std::size_t i = 0; i < y.size(); ++i) {
            const Date end = fiscalYearEnd(fy - static_cast<int>(i));
            if (!span.openOn(end))
                continue;
            y[i].line1 += 1;
            if (own != orders.end()
                && std::any_of(own->second.begin(), own->second.end(),
                    [&](const OrderSpan& o) { return o.inForceOn(end); }))
                y[i].line2 += 1;
        }
        spans.emplace(c.uuid(0), span);
    }
    return spans;
}

// A child on two open cases is one child (OCSE-157 counts children, not participations).
std::int64_t distinctCount(std::vector<Uuid>& ids)
{
    std::sort(ids.begin(), ids.end());
    return std::unique(ids.begin(), ids.end()) - ids.begin();
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
    // Lines 1 and 2, and each case's dates for the children below.
    std::array<YearCounts, 2> y {};
    const auto caseSpans = countCases(m_db, params, fy, y);
    // Lines 5, 5a and 6: one pass over the children of the scope, judged here (measuresql holds
    // the same tests in SQL for the drill-down; a test holds the two equal). Five correlated
    // parentage probes and five DISTINCT sorters per child took 16 us a child on an encrypted
    // county; a child's parentage is read once, from one pass over the established records.
    // The parentage pass, like the orders' passes above, reads every county's records, so a
    // malformed date in any of them fails the report as damaged, as a stored date read
    // anywhere does.
    struct ChildParentage
    {
        bool presumed = false; // an established marital presumption: born within marriage
        std::optional<Date> establishedOn; // the earliest other establishment
    };
    std::unordered_map<Uuid, ChildParentage> parentage;
    {
        auto g = m_db.prepare(
            "SELECT child_id, method, established_on FROM parentage WHERE status = 'established'");
        while (g.step()) {
            auto& facts = parentage[g.uuid(0)];
            if (g.text(1) == "presumption") {
                facts.presumed = true;
            } else if (const auto on = optionalDate(g, 2)) {
                facts.establishedOn
                    = facts.establishedOn ? std::min(*facts.establishedOn, *on) : *on;
            }
        }
    }
    const std::array<Date, 3> ends {
        fiscalYearEnd(fy), fiscalYearEnd(fy - 1), fiscalYearEnd(fy - 2)};
    // Line 5 of this year, of last year and of the year before; line 6 of this year and last.
    std::array<std::vector<Uuid>, 3> outside;
    std::array<std::vector<Uuid>, 2> established;
    auto kids = m_db.prepare(
        "SELECT person_id, from_date, to_date, case_id FROM participant WHERE role = 'child'");
    while (kids.step()) {
        const auto c = caseSpans.find(kids.uuid(3));
        if (c == caseSpans.end())
            continue; // a case outside the scope
        const Uuid child = kids.uuid(0);
        const ChildSpan span {optionalDate(kids, 1), optionalDate(kids, 2)};
        const auto found = parentage.find(child);
        const ChildParentage facts = found == parentage.end() ? ChildParentage {} : found->second;
        for (std::size_t i = 0; i < ends.size(); ++i) {
            if (!span.activeOn(ends[i]) || !c->second.openOn(ends[i]))
                continue;
            if (!facts.presumed)
                outside[i].push_back(child);
            if (i < established.size() && facts.establishedOn && *facts.establishedOn <= ends[i])
                established[i].push_back(child);
        }
    }
    y[0].line5 = distinctCount(outside[0]);
    y[0].line5a = y[1].line5 = distinctCount(outside[1]);
    y[1].line5a = distinctCount(outside[2]);
    y[0].line6 = distinctCount(established[0]);
    y[1].line6 = distinctCount(established[1]);
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
