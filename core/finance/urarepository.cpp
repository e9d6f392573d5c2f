#include "core/finance/urarepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

void UraRepository::insert(const Uuid& id, const Uuid& caseId, Date month, std::string_view kind,
    Money amount, const std::string& reason, const std::string& createdAt, Hlc hlc,
    const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO ura_entry (id, case_id, month, kind, amount_cents, reason, "
                          "created_at, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, id).bind(2, caseId);
    bindDate(s, 3, month);
    s.bind(4, kind).bind(5, amount.cents()).bind(6, reason).bind(7, createdAt);
    s.bind(8, hlc.asInt64()).bind(9, device);
    s.run();
}

std::optional<Money> UraRepository::grantFor(const Uuid& caseId, Date month)
{
    auto s = m_db.prepare("SELECT count(*), coalesce(sum(amount_cents), 0) FROM ura_entry WHERE "
                          "case_id = ?1 AND month = ?2");
    s.bind(1, caseId);
    bindDate(s, 2, month);
    s.step();
    if (s.int64(0) == 0)
        return std::nullopt;
    return money(s, 1);
}

Money UraRepository::uraOn(const Uuid& caseId, Date on)
{
    auto s = m_db.prepare(
        "SELECT coalesce((SELECT sum(amount_cents) FROM ura_entry WHERE case_id = ?1 AND month "
        "<= ?2), 0) - coalesce((SELECT sum(ura_cents) FROM allocation_line WHERE case_id = ?1), "
        "0)");
    s.bind(1, caseId);
    bindDate(s, 2, on);
    s.step();
    return money(s, 0);
}

} // namespace caseledger::core
