#include "core/sync/changelog.h"

#include "core/store/database.h"

namespace caseledger::core {

void ChangeLog::append(const ChangeOp& op)
{
    auto s = m_db.prepare("INSERT INTO change_log (op_id, hlc, device, author, entity, row_id, base_hlc, fields) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, op.opId)
        .bind(2, op.hlc.asInt64())
        .bind(3, op.device)
        .bind(4, op.author)
        .bind(5, op.entity)
        .bind(6, op.rowId)
        .bind(7, op.baseHlc.asInt64())
        .bind(8, op.fields.dump());
    s.run();
}

Hlc ChangeLog::latestHlc()
{
    return Hlc::fromInt64(m_db.queryInt64("SELECT coalesce(max(hlc), 0) FROM change_log"));
}

std::int64_t ChangeLog::count()
{
    return m_db.queryInt64("SELECT count(*) FROM change_log");
}

} // namespace caseledger::core
