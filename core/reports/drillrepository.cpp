#include "core/reports/drillrepository.h"

#include "core/base/error.h"
#include "core/cases/columns.h"
#include "core/cases/task.h"
#include "core/reports/measuresrepository.h"
#include "core/reports/reportscope.h"
#include "core/store/database.h"

namespace caseledger::core {

using namespace columns;

namespace {

Date dateField(const DrillKey& key, const std::string& name)
{
    const auto d = Date::parseIso(key.field(name));
    if (!d)
        failValidation("drill-down key", "has no valid " + name + " date");
    return *d;
}

// worker=<uuid>: that worker; none: unassigned; all (or absent): everyone. Binds ?9.
std::string workerSql(const DrillKey& key, std::string_view column)
{
    const auto w = key.field("worker");
    if (w == "none")
        return " AND " + std::string(column) + " IS NULL";
    if (w.empty() || w == "all")
        return {};
    if (!Uuid::parse(w))
        failValidation("drill-down key", "names no valid worker");
    return " AND " + std::string(column) + " = ?9";
}

void bindWorker(Statement& s, const DrillKey& key)
{
    if (auto id = Uuid::parse(key.field("worker")))
        s.bind(9, *id);
}

std::vector<Uuid> ids(Statement& s)
{
    std::vector<Uuid> out;
    while (s.step())
        out.push_back(s.uuid(0));
    return out;
}

} // namespace

std::vector<Uuid> DrillRepository::cases(const DrillKey& key, const ReportParams& params)
{
    if (key.kind == "caseload")
        return caseload(key, params);
    if (key.kind == "compliance")
        return compliance(key, params);
    if (key.kind == "measure")
        return measure(key, params);
    failValidation("drill-down key", "names no list of cases");
}

std::vector<Uuid> DrillRepository::caseload(const DrillKey& key, const ReportParams& params)
{
    const auto status = key.field("status");
    std::string where;
    if (status == "open" || status == "close_pending")
        where = "c.status = ?1";
    else if (status == "active")
        where = "c.status <> 'closed'";
    else if (status == "closed_in_period")
        where = "c.status = 'closed' AND c.closed_on BETWEEN ?2 AND ?3";
    else if (status == "overdue")
        where = "c.status <> 'closed' AND c.next_due < ?4";
    else
        failValidation("drill-down key", "names no caseload status");
    const auto phase = requireCode<CasePhase>(key.field("phase"), "drill-down key phase");
    auto s = m_db.prepare("SELECT c.id FROM cases c WHERE " + where + " AND c.phase = ?5"
        + workerSql(key, "c.assigned_worker") + scopeSql(params, "c") + " ORDER BY c.case_number");
    s.bind(1, status);
    bindDate(s, 2, dateField(key, "from"));
    bindDate(s, 3, dateField(key, "to"));
    bindDate(s, 4, dateField(key, "today"));
    bindCode(s, 5, phase);
    bindWorker(s, key);
    bindScope(s, params);
    return ids(s);
}

std::vector<Uuid> DrillRepository::compliance(const DrillKey& key, const ReportParams& params)
{
    // The conditions of CaseloadReportRepository::compliance, one per outcome.
    const auto outcome = key.field("outcome");
    std::string where;
    if (outcome == "met")
        where = "t.status = 'done' AND t.done_on <= t.due_date";
    else if (outcome == "late")
        where = "t.status = 'done' AND t.done_on > t.due_date";
    else if (outcome == "overdue")
        where = "t.status = 'open' AND t.due_date < ?4";
    else if (outcome == "not_due")
        where = "t.status = 'open' AND t.due_date >= ?4";
    else
        failValidation("drill-down key", "names no compliance outcome");
    const auto rule = requireCode<TaskRule>(key.field("rule"), "drill-down key rule");
    auto s = m_db.prepare("SELECT DISTINCT c.id FROM task t JOIN cases c ON c.id = t.case_id WHERE "
        + where + " AND t.rule = ?5 AND t.due_date BETWEEN ?2 AND ?3"
        + workerSql(key, "t.worker_id") + scopeSql(params, "c") + " ORDER BY c.case_number");
    bindDate(s, 2, dateField(key, "from"));
    bindDate(s, 3, dateField(key, "to"));
    bindDate(s, 4, dateField(key, "today"));
    bindCode(s, 5, rule);
    bindWorker(s, key);
    bindScope(s, params);
    return ids(s);
}

std::vector<Uuid> DrillRepository::measure(const DrillKey& key, const ReportParams& params)
{
    const auto line = key.field("line");
    const Date from = dateField(key, "from"), to = dateField(key, "to");
    // ?1 is the day the caseload is taken (year end; for 5a the previous year's end), ?2 the
    // start of the year -- as in MeasuresRepository.
    Date day = to;
    std::string where;
    if (line == "1")
        where = openOnSql("c", 1);
    else if (line == "2")
        where = openOnSql("c", 1) + " AND " + measuresql::hasOrderOn("c");
    else if (line == "5" || line == "5a" || line == "6") {
        if (line == "5a")
            day = from.addDays(-1);
        const auto childTest = line == "6" ? measuresql::parentageEstablishedBy("p")
                                           : measuresql::childBornOutsideMarriage("p");
        where = openOnSql("c", 1)
            + " AND EXISTS (SELECT 1 FROM participant p WHERE p.case_id = c.id AND "
            + measuresql::childActiveOn("p") + " AND " + childTest + ")";
    } else
        failValidation("drill-down key", "names no OCSE-157 line with a case list");
    auto s = m_db.prepare("SELECT c.id FROM cases c WHERE " + where + scopeSql(params, "c")
        + " ORDER BY c.case_number");
    bindDate(s, 1, day);
    bindScope(s, params);
    return ids(s);
}

std::vector<CaseListRow> DrillRepository::rows(
    const std::vector<Uuid>& caseIds, Date today, int limit)
{
    auto s = m_db.prepare(
        "SELECT c.id, c.case_number, c.status, c.phase, c.assigned_worker, "
        "coalesce(u.display_name, ''), "
        "c.opened_on, c.managing_county, coalesce(cp.given_name || ' ' || cp.family_name, ''), "
        "coalesce(ncp.given_name || ' ' || ncp.family_name, ''), c.next_due "
        "FROM cases c LEFT JOIN person cp ON cp.id = c.cp_id LEFT JOIN person ncp ON ncp.id = "
        "c.ncp_id "
        "LEFT JOIN users u ON u.id = c.assigned_worker WHERE c.id = ?1");
    std::vector<CaseListRow> out;
    for (const auto& id : caseIds) {
        if (static_cast<int>(out.size()) >= limit)
            break;
        s.reset();
        s.bind(1, id);
        if (!s.step())
            continue;
        CaseListRow r;
        r.id = s.uuid(0);
        r.number = s.text(1);
        r.status = code<CaseStatus>(s, 2);
        r.phase = code<CasePhase>(s, 3);
        if (!s.isNull(4))
            r.workerId = s.uuid(4);
        r.workerName = s.text(5);
        r.openedOn = date(s, 6);
        r.managingCountyFips = s.int32(7);
        r.custodialParty = s.text(8);
        r.noncustodialParent = s.text(9);
        if (s.text(10) != "9999-12-31")
            r.nextDue = date(s, 10);
        r.overdue = r.nextDue && *r.nextDue < today;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace caseledger::core
