#include "core/cases/caserepository.h"

#include "core/base/crypto.h"
#include "core/cases/columns.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelect = "SELECT id, case_number, origin_county, managing_county, "
                                "assigned_worker, status, phase, source, "
                                "application_date, opened_on, closure_reason, closure_notice_on, "
                                "closed_on, reopened_on, hlc FROM cases ";

Case readCase(const Statement& s)
{
    Case c;
    c.id = s.uuid(0);
    c.number = s.text(1);
    c.originCountyFips = s.int32(2);
    c.managingCountyFips = s.int32(3);
    c.assignedWorker = optionalId(s, 4);
    c.status = code<CaseStatus>(s, 5);
    c.phase = code<CasePhase>(s, 6);
    c.source = code<CaseSource>(s, 7);
    c.applicationDate = date(s, 8);
    c.openedOn = date(s, 9);
    if (!s.isNull(10)) {
        c.closureReason = closureReasonFromNumber(s.int32(10));
        if (!c.closureReason)
            throw Failure(ErrorCode::Damaged, "a stored closure reason is not known");
    }
    c.closureNoticeOn = optionalDate(s, 11);
    c.closedOn = optionalDate(s, 12);
    c.reopenedOn = optionalDate(s, 13);
    c.hlc = hlc(s, 14);
    return c;
}

void bindCase(Statement& s, const Case& c, const Uuid& device)
{
    s.bind(1, c.id).bind(2, c.number).bind(3, c.originCountyFips).bind(4, c.managingCountyFips);
    bindId(s, 5, c.assignedWorker);
    bindCode(s, 6, c.status);
    bindCode(s, 7, c.phase);
    bindCode(s, 8, c.source);
    bindDate(s, 9, c.applicationDate);
    bindDate(s, 10, c.openedOn);
    if (c.closureReason)
        s.bind(11, closureReasonNumber(*c.closureReason));
    else
        s.bindNull(11);
    bindDate(s, 12, c.closureNoticeOn);
    bindDate(s, 13, c.closedOn);
    bindDate(s, 14, c.reopenedOn);
    s.bind(15, c.hlc.asInt64()).bind(16, device);
}

// The WHERE clause of a caseload query, built from fixed fragments only (values are bound):
// ?1 worker, ?2 phase, ?3 today, ?4 county.
std::string whereClause(const CaseListQuery& q)
{
    std::string w = " WHERE 1";
    switch (q.status) {
    case CaseStatusFilter::Active:
        // Written exactly as the partial indexes' condition, so the planner can use them.
        w += " AND c.status <> 'closed'";
        break;
    case CaseStatusFilter::ClosePending:
        w += " AND c.status = 'close_pending'";
        break;
    case CaseStatusFilter::Closed:
        w += " AND c.status = 'closed'";
        break;
    case CaseStatusFilter::Any:
        break;
    }
    if (q.unassignedOnly)
        w += " AND c.assigned_worker IS NULL";
    else if (q.worker)
        w += " AND c.assigned_worker = ?1";
    if (q.phase)
        w += " AND c.phase = ?2";
    if (q.overdueOnly)
        w += " AND c.next_due < ?3";
    if (q.managingCountyFips)
        w += " AND c.managing_county = ?4";
    return w;
}

// Every order ends with the primary key, which every index of a WITHOUT ROWID table carries:
// the order is total (stable pages) and an index still delivers it.
std::string orderClause(const CaseListQuery& q, const char* prefix)
{
    const std::string dir = q.descending ? " DESC" : "";
    const std::string p(prefix);
    switch (q.sort) {
    case CaseSort::CaseNumber:
        return " ORDER BY " + p + "case_number" + dir;
    case CaseSort::NcpName:
        return " ORDER BY " + p + "ncp_sort" + dir + ", " + p + "id" + dir;
    case CaseSort::CpName:
        return " ORDER BY " + p + "cp_sort" + dir + ", " + p + "id" + dir;
    case CaseSort::OpenedOn:
        return " ORDER BY " + p + "opened_on" + dir + ", " + p + "id" + dir;
    case CaseSort::NextDue:
        return " ORDER BY " + p + "next_due" + dir + ", " + p + "id" + dir;
    }
    return " ORDER BY " + p + "case_number";
}

void bindFilter(Statement& s, const CaseListQuery& q, Date today)
{
    if (q.worker && !q.unassignedOnly)
        s.bind(1, *q.worker);
    if (q.phase)
        bindCode(s, 2, *q.phase);
    if (q.overdueOnly)
        bindDate(s, 3, today);
    if (q.managingCountyFips)
        s.bind(4, *q.managingCountyFips);
}

std::string fullName(const Statement& s, int column)
{
    if (s.isNull(column + 1))
        return {};
    std::string given = s.text(column);
    return given.empty() ? s.text(column + 1) : given + " " + s.text(column + 1);
}

} // namespace

std::int64_t CaseRepository::reserveSequence(int countyFips, std::int64_t count)
{
    auto s = m_db.prepare(
        "INSERT INTO case_number_sequence (county_fips, next_value) VALUES (?1, 1 + ?2) "
        "ON CONFLICT (county_fips) DO UPDATE SET next_value = next_value + ?2 "
        "RETURNING next_value - ?2");
    s.bind(1, countyFips).bind(2, count);
    if (!s.step())
        throw Failure(ErrorCode::Internal, "the case number sequence did not advance");
    const auto first = s.int64(0);
    while (s.step()) { }
    return first;
}

void CaseRepository::insert(const Case& c, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO cases (id, case_number, origin_county, managing_county, assigned_worker, "
        "status, phase, source, "
        "application_date, opened_on, closure_reason, closure_notice_on, closed_on, reopened_on, "
        "hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    bindCase(s, c, device);
    s.run();
}

void CaseRepository::update(const Case& c, const Uuid& device)
{
    auto s = m_db.prepare("UPDATE cases SET case_number = ?2, origin_county = ?3, managing_county "
                          "= ?4, assigned_worker = ?5, "
                          "status = ?6, phase = ?7, source = ?8, application_date = ?9, opened_on "
                          "= ?10, closure_reason = ?11, "
                          "closure_notice_on = ?12, closed_on = ?13, reopened_on = ?14, hlc = ?15, "
                          "device = ?16 WHERE id = ?1");
    bindCase(s, c, device);
    s.run();
    if (m_db.changes() != 1)
        throw Failure(ErrorCode::NotFound, "there is no such case", "case");
}

std::optional<Case> CaseRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readCase(s);
}

std::optional<Case> CaseRepository::findByNumber(const std::string& number)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE case_number = ?1");
    s.bind(1, number);
    if (!s.step())
        return std::nullopt;
    return readCase(s);
}

void CaseRepository::refreshParties(const Uuid& caseId)
{
    // The NCP before an alleged father; the earliest still in the case.
    auto s = m_db.prepare(
        "UPDATE cases SET "
        "ncp_id = (SELECT person_id FROM participant WHERE case_id = ?1 AND role IN ('ncp', 'af') "
        "          AND to_date IS NULL ORDER BY role = 'af', from_date, id LIMIT 1), "
        "cp_id = (SELECT person_id FROM participant WHERE case_id = ?1 AND role = 'cp' AND to_date "
        "IS NULL "
        "         ORDER BY from_date, id LIMIT 1) "
        "WHERE id = ?1");
    s.bind(1, caseId).run();
    auto keys = m_db.prepare("UPDATE cases SET ncp_sort = coalesce((SELECT sort_key FROM person "
                             "WHERE id = cases.ncp_id), ''), "
                             "cp_sort = coalesce((SELECT sort_key FROM person WHERE id = "
                             "cases.cp_id), '') WHERE id = ?1");
    keys.bind(1, caseId).run();
}

void CaseRepository::setParties(const Uuid& caseId, const std::optional<Uuid>& ncp,
    const std::string& ncpSortKey, const std::optional<Uuid>& cp, const std::string& cpSortKey)
{
    auto s = m_db.prepare(
        "UPDATE cases SET ncp_id = ?2, ncp_sort = ?3, cp_id = ?4, cp_sort = ?5 WHERE id = ?1");
    s.bind(1, caseId);
    bindId(s, 2, ncp);
    s.bind(3, ncpSortKey);
    bindId(s, 4, cp);
    s.bind(5, cpSortKey).run();
}

void CaseRepository::refreshSortKeysOf(const Uuid& personId)
{
    auto ncp = m_db.prepare("UPDATE cases SET ncp_sort = (SELECT sort_key FROM person WHERE id = "
                            "?1) WHERE ncp_id = ?1");
    ncp.bind(1, personId).run();
    auto cp = m_db.prepare(
        "UPDATE cases SET cp_sort = (SELECT sort_key FROM person WHERE id = ?1) WHERE cp_id = ?1");
    cp.bind(1, personId).run();
}

CaseListPage CaseRepository::list(const CaseListQuery& query, Date today)
{
    const int limit = std::clamp(query.limit, 1, kMaxCasePage);
    const int offset = std::max(query.offset, 0);
    // The page is chosen from the cases table alone (indexes do the filtering and ordering);
    // names, counts and flags are looked up for the rows of the page only.
    const std::string sql
        = "SELECT c.id, c.case_number, c.status, c.phase, c.assigned_worker, c.next_due, "
          "c.opened_on, "
          "c.managing_county, cp.given_name, cp.family_name, ncp.given_name, ncp.family_name, "
          "u.display_name, "
          "(SELECT count(*) FROM participant p WHERE p.case_id = c.id AND p.role = 'child' AND "
          "p.to_date IS NULL), "
          "EXISTS (SELECT 1 FROM participant p JOIN family_violence f ON f.person_id = p.person_id "
          "        WHERE p.case_id = c.id AND (f.ended_on IS NULL OR f.ended_on >= ?3)) "
          "FROM (SELECT c.* FROM cases c"
        + whereClause(query) + orderClause(query, "c.")
        + " LIMIT ?5 OFFSET ?6) AS c "
          "LEFT JOIN person cp ON cp.id = c.cp_id LEFT JOIN person ncp ON ncp.id = c.ncp_id "
          "LEFT JOIN users u ON u.id = c.assigned_worker"
        + orderClause(query, "c.");
    auto s = m_db.prepare(sql);
    bindFilter(s, query, today);
    bindDate(s, 3, today);
    s.bind(5, limit + 1).bind(6, offset);
    CaseListPage page;
    page.offset = offset;
    while (s.step()) {
        if (static_cast<int>(page.rows.size()) == limit) {
            page.more = true;
            break;
        }
        CaseListRow r;
        r.id = s.uuid(0);
        r.number = s.text(1);
        r.status = code<CaseStatus>(s, 2);
        r.phase = code<CasePhase>(s, 3);
        r.workerId = optionalId(s, 4);
        if (s.text(5) != kNoDueDate)
            r.nextDue = date(s, 5);
        r.overdue = r.nextDue && *r.nextDue < today;
        r.openedOn = date(s, 6);
        r.managingCountyFips = s.int32(7);
        r.custodialParty = fullName(s, 8);
        r.noncustodialParent = fullName(s, 10);
        r.workerName = s.isNull(12) ? std::string() : s.text(12);
        r.children = s.int32(13);
        r.familyViolence = s.int64(14) != 0;
        page.rows.push_back(std::move(r));
    }
    if (query.withTotal)
        page.total = count(query, today);
    return page;
}

std::int64_t CaseRepository::count(const CaseListQuery& query, Date today)
{
    auto s = m_db.prepare("SELECT count(*) FROM cases c" + whereClause(query));
    bindFilter(s, query, today);
    return s.step() ? s.int64(0) : 0;
}

std::vector<PersonCaseLink> CaseRepository::casesOfPerson(const Uuid& personId)
{
    auto s = m_db.prepare("SELECT c.id, c.case_number, p.role, c.status FROM participant p JOIN "
                          "cases c ON c.id = p.case_id "
                          "WHERE p.person_id = ?1 ORDER BY c.case_number, p.role");
    s.bind(1, personId);
    std::vector<PersonCaseLink> out;
    while (s.step())
        out.push_back({s.uuid(0), s.text(1), code<ParticipantRole>(s, 2), code<CaseStatus>(s, 3)});
    return out;
}

std::map<Uuid, std::vector<PersonCaseLink>> CaseRepository::casesOfPeople(
    const std::vector<Uuid>& personIds)
{
    std::map<Uuid, std::vector<PersonCaseLink>> out;
    if (personIds.empty())
        return out;
    // The ids travel as one bound JSON array of hex strings (no SQL built from values).
    nlohmann::json hex = nlohmann::json::array();
    for (const auto& id : personIds)
        hex.push_back(crypto::toHex(id.span()));
    auto s = m_db.prepare(
        "SELECT p.person_id, c.id, c.case_number, p.role, c.status FROM participant p "
        "JOIN cases c ON c.id = p.case_id "
        "WHERE p.person_id IN (SELECT unhex(value) FROM json_each(?1)) "
        "ORDER BY c.case_number, p.role");
    s.bind(1, hex.dump());
    while (s.step())
        out[s.uuid(0)].push_back(
            {s.uuid(1), s.text(2), code<ParticipantRole>(s, 3), code<CaseStatus>(s, 4)});
    return out;
}

std::vector<Uuid> CaseRepository::activeCasesAsNoncustodial(const Uuid& personId)
{
    auto s
        = m_db.prepare("SELECT DISTINCT c.id FROM participant p JOIN cases c ON c.id = p.case_id "
                       "WHERE p.person_id = ?1 AND p.role IN ('ncp', 'af') AND p.to_date IS NULL "
                       "AND c.status IN ('open', 'close_pending') ORDER BY c.id");
    s.bind(1, personId);
    std::vector<Uuid> out;
    while (s.step())
        out.push_back(s.uuid(0));
    return out;
}

std::optional<Uuid> CaseRepository::noncustodialParent(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT ncp_id FROM cases WHERE id = ?1");
    s.bind(1, caseId);
    if (!s.step())
        return std::nullopt;
    return optionalId(s, 0);
}

} // namespace caseledger::core
