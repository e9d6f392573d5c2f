#include "core/audit/auditlog.h"

#include "core/audit/deviceidentity.h"
#include "core/base/error.h"
#include "core/store/database.h"

namespace caseledger::core {

namespace {

void appendU64(crypto::Bytes& out, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i)
        out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void appendField(crypto::Bytes& out, const std::string& s)
{
    const auto n = static_cast<std::uint32_t>(s.size());
    for (int i = 3; i >= 0; --i)
        out.push_back(static_cast<std::uint8_t>(n >> (8 * i)));
    out.insert(out.end(), s.begin(), s.end());
}

constexpr std::string_view kEntryDomain = "caseledger-audit-entry-v1";
constexpr std::string_view kChainDomain = "caseledger-audit-chain-v1";
constexpr std::string_view kCheckpointDomain = "caseledger-audit-checkpoint-v1";

AuditRecord readRecord(Statement& s)
{
    AuditRecord r;
    r.seq = s.int64(0);
    r.atUtc = s.text(1);
    r.hlc = Hlc::fromInt64(s.int64(2));
    r.device = s.text(3);
    r.userName = s.text(4);
    r.action = s.text(5);
    r.outcome = s.text(6);
    r.objectType = s.text(7);
    r.objectId = s.text(8);
    r.description = s.text(9);
    return r;
}

constexpr const char* kSelect =
    "SELECT seq, at_utc, hlc, device, user_name, action, outcome, object_type, object_id, description FROM audit_log ";

} // namespace

const char* auditOutcomeName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok: return "ok";
    case AuditOutcome::Denied: return "denied";
    case AuditOutcome::Refused: return "refused";
    case AuditOutcome::Failed: return "failed";
    }
    return "failed";
}

AuditLog::AuditLog(Database& db, SecureBytes key, const DeviceIdentity& device, const Uuid& databaseId)
    : m_db(db)
    , m_key(std::move(key))
    , m_device(device)
    , m_databaseId(databaseId)
{
}

crypto::Bytes AuditLog::canonical(const AuditRecord& r)
{
    crypto::Bytes out(kEntryDomain.begin(), kEntryDomain.end());
    appendField(out, r.atUtc);
    appendU64(out, r.hlc.value);
    appendField(out, r.device);
    appendField(out, r.userName);
    appendField(out, r.action);
    appendField(out, r.outcome);
    appendField(out, r.objectType);
    appendField(out, r.objectId);
    appendField(out, r.description);
    return out;
}

crypto::Digest AuditLog::entryMac(const SecureBytes& key, const AuditRecord& r)
{
    const auto bytes = canonical(r);
    return crypto::hmacSha256(key.span(), {bytes});
}

crypto::Digest AuditLog::chainMac(const SecureBytes& key, crypto::ByteView previous, std::int64_t seq,
                                  crypto::ByteView entry)
{
    crypto::Bytes seqBytes;
    appendU64(seqBytes, static_cast<std::uint64_t>(seq));
    return crypto::hmacSha256(key.span(), {crypto::view(kChainDomain), previous, seqBytes, entry});
}

crypto::Bytes AuditLog::checkpointMessage(const Uuid& databaseId, const Uuid& device, std::int64_t seq,
                                          crypto::ByteView chain, const std::string& signedAt)
{
    crypto::Bytes out(kCheckpointDomain.begin(), kCheckpointDomain.end());
    out.insert(out.end(), databaseId.bytes().begin(), databaseId.bytes().end());
    out.insert(out.end(), device.bytes().begin(), device.bytes().end());
    appendU64(out, static_cast<std::uint64_t>(seq));
    out.insert(out.end(), chain.begin(), chain.end());
    appendField(out, signedAt);
    return out;
}

std::int64_t AuditLog::append(const AuditEntry& entry)
{
    if (!m_db.inTransaction())
        throw Failure(ErrorCode::Internal, "an audit record is written inside the action's transaction");

    std::int64_t previousSeq = 0;
    crypto::Bytes previousChain(32, 0);
    {
        auto head = m_db.prepare("SELECT seq, chain FROM audit_head WHERE id = 1");
        if (head.step()) {
            previousSeq = head.int64(0);
            previousChain = head.blob(1);
        }
    }

    AuditRecord r;
    r.seq = previousSeq + 1;
    r.atUtc = formatUtc(entry.at);
    r.hlc = entry.hlc;
    r.device = m_device.id.toString();
    r.userName = entry.userName;
    r.action = entry.action;
    r.outcome = auditOutcomeName(entry.outcome);
    r.objectType = entry.objectType;
    r.objectId = entry.objectId;
    r.description = entry.description;
    const auto entryMac = AuditLog::entryMac(m_key, r);
    const auto chain = chainMac(m_key, previousChain, r.seq, entryMac);

    auto insert = m_db.prepare("INSERT INTO audit_log (seq, at_utc, hlc, device, user_name, action, outcome, "
                               "object_type, object_id, description, entry_mac, chain_mac) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    insert.bind(1, r.seq)
        .bind(2, r.atUtc)
        .bind(3, r.hlc.asInt64())
        .bind(4, r.device)
        .bind(5, r.userName)
        .bind(6, r.action)
        .bind(7, r.outcome)
        .bind(8, r.objectType)
        .bind(9, r.objectId)
        .bind(10, r.description)
        .bind(11, entryMac)
        .bind(12, chain);
    insert.run();

    auto head = m_db.prepare("INSERT INTO audit_head (id, seq, chain) VALUES (1, ?1, ?2) "
                             "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, chain = excluded.chain");
    head.bind(1, r.seq).bind(2, chain).run();

    if (r.seq % kCheckpointInterval == 0)
        checkpoint(entry.at);
    return r.seq;
}

void AuditLog::checkpoint(Clock::TimePoint now)
{
    auto head = m_db.prepare("SELECT seq, chain FROM audit_head WHERE id = 1");
    if (!head.step())
        return;
    const auto seq = head.int64(0);
    const auto chain = head.blob(1);
    auto last = m_db.prepare("SELECT 1 FROM audit_checkpoint WHERE seq = ?1");
    last.bind(1, seq);
    if (last.step())
        return;
    const std::string signedAt = formatUtc(now);
    const auto signature = m_device.key.sign(checkpointMessage(m_databaseId, m_device.id, seq, chain, signedAt));
    auto insert = m_db.prepare(
        "INSERT INTO audit_checkpoint (seq, chain, signed_at, device, signature) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, seq).bind(2, chain).bind(3, signedAt).bind(4, m_device.id).bind(5, signature).run();
}

std::vector<AuditRecord> AuditLog::latest(int limit)
{
    auto s = m_db.prepare(std::string(kSelect) + "ORDER BY seq DESC LIMIT ?1");
    s.bind(1, limit);
    std::vector<AuditRecord> out;
    while (s.step())
        out.push_back(readRecord(s));
    return out;
}

std::vector<AuditRecord> AuditLog::forObject(const std::string& objectType, const std::string& objectId, int limit)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE object_type = ?1 AND object_id = ?2 ORDER BY seq DESC LIMIT ?3");
    s.bind(1, objectType).bind(2, objectId).bind(3, limit);
    std::vector<AuditRecord> out;
    while (s.step())
        out.push_back(readRecord(s));
    return out;
}

std::int64_t AuditLog::headSeq()
{
    return m_db.queryInt64("SELECT seq FROM audit_head WHERE id = 1");
}

} // namespace caseledger::core
