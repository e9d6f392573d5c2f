#include "core/cases/assistancerepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

void AssistanceRepository::insert(const AssistancePeriod& p, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO assistance_period (id, case_id, status, from_date, hlc, "
                          "device) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, p.id).bind(2, p.caseId);
    bindCode(s, 3, p.status);
    bindDate(s, 4, p.from);
    s.bind(5, p.hlc.asInt64()).bind(6, device);
    s.run();
}

std::vector<AssistancePeriod> AssistanceRepository::forCase(const Uuid& caseId)
{
    auto s = m_db.prepare(
        "SELECT id, case_id, status, from_date, hlc FROM assistance_period WHERE case_id = ?1 "
        "ORDER BY from_date, id");
    s.bind(1, caseId);
    std::vector<AssistancePeriod> out;
    while (s.step())
        out.push_back({s.uuid(0), s.uuid(1), code<AssistanceStatus>(s, 2), date(s, 3), hlc(s, 4)});
    return out;
}

AssistanceStatus AssistanceRepository::statusOn(const Uuid& caseId, Date day)
{
    auto s = m_db.prepare(
        "SELECT status FROM assistance_period WHERE case_id = ?1 AND from_date <= ?2 "
        "ORDER BY from_date DESC, id DESC LIMIT 1");
    s.bind(1, caseId);
    bindDate(s, 2, day);
    return s.step() ? code<AssistanceStatus>(s, 0) : AssistanceStatus::Never;
}

} // namespace caseledger::core
