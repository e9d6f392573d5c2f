#include "core/cases/taskrepository.h"

#include "core/cases/columns.h"

#include <algorithm>

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kColumns
    = "t.id, t.case_id, t.rule, t.trigger_event, t.trigger_date, t.due_date, t.status, "
      "t.done_on, t.outcome, t.worker_id, t.hlc ";

Task readTask(const Statement& s)
{
    Task t;
    t.id = s.uuid(0);
    t.caseId = s.uuid(1);
    t.rule = code<TaskRule>(s, 2);
    t.trigger = s.text(3);
    t.triggerDate = date(s, 4);
    t.due = date(s, 5);
    t.status = code<TaskStatus>(s, 6);
    t.doneOn = optionalDate(s, 7);
    t.outcome = s.text(8);
    t.workerId = optionalId(s, 9);
    t.hlc = hlc(s, 10);
    return t;
}

void bindTask(Statement& s, const Task& t, const Uuid& device)
{
    s.bind(1, t.id).bind(2, t.caseId);
    bindCode(s, 3, t.rule);
    s.bind(4, t.trigger);
    bindDate(s, 5, t.triggerDate);
    bindDate(s, 6, t.due);
    bindCode(s, 7, t.status);
    bindDate(s, 8, t.doneOn);
    s.bind(9, t.outcome);
    bindId(s, 10, t.workerId);
    s.bind(11, t.hlc.asInt64()).bind(12, device);
}

std::vector<Task> readAll(Statement& s)
{
    std::vector<Task> out;
    while (s.step())
        out.push_back(readTask(s));
    return out;
}

} // namespace

void TaskRepository::insert(const Task& t, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO task (id, case_id, rule, trigger_event, trigger_date, "
                          "due_date, status, done_on, "
                          "outcome, worker_id, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                          "?8, ?9, ?10, ?11, ?12)");
    bindTask(s, t, device);
    s.run();
}

void TaskRepository::update(const Task& t, const Uuid& device)
{
    auto s = m_db.prepare("UPDATE task SET case_id = ?2, rule = ?3, trigger_event = ?4, "
                          "trigger_date = ?5, due_date = ?6, "
                          "status = ?7, done_on = ?8, outcome = ?9, worker_id = ?10, hlc = ?11, "
                          "device = ?12 WHERE id = ?1");
    bindTask(s, t, device);
    s.run();
}

std::optional<Task> TaskRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns + "FROM task t WHERE t.id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readTask(s);
}

std::vector<Task> TaskRepository::forCase(const Uuid& caseId)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns
        + "FROM task t WHERE t.case_id = ?1 ORDER BY t.status <> 'open', t.due_date, t.id");
    s.bind(1, caseId);
    return readAll(s);
}

std::vector<Task> TaskRepository::openForCase(const Uuid& caseId, TaskRule rule)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns
        + "FROM task t WHERE t.case_id = ?1 AND t.status = 'open' AND t.rule = ?2 ORDER BY "
          "t.due_date, t.id");
    s.bind(1, caseId);
    bindCode(s, 2, rule);
    return readAll(s);
}

std::vector<Task> TaskRepository::openTasksOfCase(const Uuid& caseId)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns
        + "FROM task t WHERE t.case_id = ?1 AND t.status = 'open' ORDER BY t.due_date, t.id");
    s.bind(1, caseId);
    return readAll(s);
}

WorklistPage TaskRepository::worklist(const Uuid& worker, const WorklistQuery& q, Date today)
{
    const int limit = std::clamp(q.limit, 1, 500);
    // Open tasks by due date put the overdue ones first; done tasks (if asked for) follow.
    std::string sql = std::string("SELECT ") + kColumns
        + ", c.case_number, ncp.given_name, ncp.family_name FROM task t JOIN cases c ON c.id = "
          "t.case_id "
          "LEFT JOIN person ncp ON ncp.id = c.ncp_id WHERE t.worker_id = ?1";
    sql += q.includeDone ? " AND t.status IN ('open', 'done', 'cancelled')"
                         : " AND t.status = 'open'";
    if (q.rule)
        sql += " AND t.rule = ?2";
    // Open only: the task_worklist index delivers (worker, 'open', due date, id) in order.
    sql += q.includeDone ? " ORDER BY t.status <> 'open', t.due_date, t.id"
                         : " ORDER BY t.due_date, t.id";
    sql += " LIMIT ?3 OFFSET ?4";
    auto s = m_db.prepare(sql);
    s.bind(1, worker);
    if (q.rule)
        bindCode(s, 2, *q.rule);
    s.bind(3, limit + 1).bind(4, std::max(q.offset, 0));
    WorklistPage page;
    page.offset = std::max(q.offset, 0);
    while (s.step()) {
        if (static_cast<int>(page.rows.size()) == limit) {
            page.more = true;
            break;
        }
        WorklistRow row;
        row.task = readTask(s);
        row.caseNumber = s.text(11);
        if (!s.isNull(13))
            row.noncustodialParent
                = s.text(12).empty() ? s.text(13) : s.text(12) + " " + s.text(13);
        row.overdue = row.task.overdueOn(today);
        page.rows.push_back(std::move(row));
    }
    return page;
}

std::vector<ComplianceRow> TaskRepository::compliance(const ComplianceQuery& q, Date today)
{
    std::string sql = "SELECT rule, "
                      "sum(status = 'done' AND done_on <= due_date), "
                      "sum(status = 'done' AND done_on > due_date), "
                      "sum(status = 'open' AND due_date < ?1), "
                      "sum(status = 'open' AND due_date >= ?1) FROM task WHERE 1";
    if (q.worker)
        sql += " AND worker_id = ?2";
    if (q.dueFrom)
        sql += " AND due_date >= ?3";
    if (q.dueTo)
        sql += " AND due_date <= ?4";
    sql += " GROUP BY rule";
    auto s = m_db.prepare(sql);
    bindDate(s, 1, today);
    if (q.worker)
        s.bind(2, *q.worker);
    if (q.dueFrom)
        bindDate(s, 3, *q.dueFrom);
    if (q.dueTo)
        bindDate(s, 4, *q.dueTo);
    std::vector<ComplianceRow> out;
    while (s.step())
        out.push_back({code<TaskRule>(s, 0), s.int64(1), s.int64(2), s.int64(3), s.int64(4)});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.rule < b.rule; });
    return out;
}

} // namespace caseledger::core
