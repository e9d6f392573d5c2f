#include "core/reports/caseloadreportrepository.h"

#include "core/cases/columns.h"
#include "core/reports/reportscope.h"
#include "core/store/database.h"

#include <algorithm>

namespace caseledger::core {

namespace {

using namespace columns;

std::optional<Uuid> optionalUuid(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.uuid(column);
}

bool sameWorker(const std::optional<Uuid>& a, const std::optional<Uuid>& b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

} // namespace

std::vector<CaseloadCount> CaseloadReportRepository::caseload(
    const ReportParams& params, Date from, Date to, Date today)
{
    // cases.next_due is the earliest open task's due date (kept by the task triggers), so a
    // case with an overdue task is one whose next_due has passed.
    auto s = m_db.prepare("SELECT c.assigned_worker, coalesce(u.display_name, ''), c.phase, "
                          "sum(c.status = 'open'), sum(c.status = 'close_pending'), "
                          "sum(c.status = 'closed' AND c.closed_on BETWEEN ?1 AND ?2), "
                          "sum(c.status <> 'closed' AND c.next_due < ?3) "
                          "FROM cases c LEFT JOIN users u ON u.id = c.assigned_worker WHERE 1"
        + scopeSql(params, "c") + " GROUP BY c.assigned_worker, c.phase");
    bindDate(s, 1, from);
    bindDate(s, 2, to);
    bindDate(s, 3, today);
    bindScope(s, params);
    std::vector<CaseloadCount> rows;
    while (s.step()) {
        CaseloadCount r;
        r.worker = optionalUuid(s, 0);
        r.workerName = s.text(1);
        r.phase = code<CasePhase>(s, 2);
        r.open = s.int64(3);
        r.closePending = s.int64(4);
        r.closedInPeriod = s.int64(5);
        r.casesWithOverdueTasks = s.int64(6);
        rows.push_back(std::move(r));
    }
    addOverdueTasks(rows, params, today);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.worker.has_value() != b.worker.has_value())
            return a.worker.has_value(); // the unassigned last
        return a.workerName != b.workerName ? a.workerName < b.workerName : a.phase < b.phase;
    });
    return rows;
}

void CaseloadReportRepository::addOverdueTasks(
    std::vector<CaseloadCount>& rows, const ReportParams& params, Date today)
{
    auto s = m_db.prepare("SELECT c.assigned_worker, c.phase, count(*) FROM task t "
                          "JOIN cases c ON c.id = t.case_id "
                          "WHERE t.status = 'open' AND t.due_date < ?1"
        + scopeSql(params, "c") + " GROUP BY c.assigned_worker, c.phase");
    bindDate(s, 1, today);
    bindScope(s, params);
    while (s.step()) {
        const auto worker = optionalUuid(s, 0);
        const auto phase = code<CasePhase>(s, 1);
        for (auto& r : rows)
            if (r.phase == phase && sameWorker(r.worker, worker))
                r.overdueTasks = s.int64(2);
    }
}

std::vector<WorkerCompliance> CaseloadReportRepository::compliance(
    const ReportParams& params, Date from, Date to, Date today)
{
    // The same four counts as TaskRepository::compliance (core/cases/taskrepository.cpp); the
    // task's worker is the one accountable for its timeframe.
    std::string sql = "SELECT t.worker_id, coalesce(u.display_name, ''), t.rule, "
                      "sum(t.status = 'done' AND t.done_on <= t.due_date), "
                      "sum(t.status = 'done' AND t.done_on > t.due_date), "
                      "sum(t.status = 'open' AND t.due_date < ?1), "
                      "sum(t.status = 'open' AND t.due_date >= ?1) "
                      "FROM task t JOIN cases c ON c.id = t.case_id "
                      "LEFT JOIN users u ON u.id = t.worker_id "
                      "WHERE t.due_date BETWEEN ?2 AND ?3";
    if (params.workerId)
        sql += " AND t.worker_id = ?4";
    if (params.countyFips)
        sql += " AND c.managing_county = ?" + std::to_string(kScopeCountyParam);
    auto s = m_db.prepare(sql + " GROUP BY t.worker_id, t.rule");
    bindDate(s, 1, today);
    bindDate(s, 2, from);
    bindDate(s, 3, to);
    if (params.workerId)
        s.bind(4, *params.workerId);
    if (params.countyFips)
        s.bind(kScopeCountyParam, *params.countyFips);
    std::vector<WorkerCompliance> rows;
    while (s.step()) {
        WorkerCompliance r {optionalUuid(s, 0), s.text(1), {}};
        r.counts = {code<TaskRule>(s, 2), s.int64(3), s.int64(4), s.int64(5), s.int64(6)};
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.worker.has_value() != b.worker.has_value())
            return a.worker.has_value();
        return a.workerName != b.workerName ? a.workerName < b.workerName
                                            : a.counts.rule < b.counts.rule;
    });
    return rows;
}

} // namespace caseledger::core
