#pragma once

#include "core/base/clock.h"
#include "core/base/crypto.h"
#include "core/base/hlc.h"
#include "core/base/securebytes.h"
#include "core/base/uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;
struct DeviceIdentity;

enum class AuditOutcome { Ok, Denied, Refused, Failed };
const char* auditOutcomeName(AuditOutcome outcome);

// What a service says happened (SECURITY S10): who, when, where, what, outcome, which
// object. The description never holds an SSN, a tax value or a protected address.
struct AuditEntry
{
    Clock::TimePoint at{};
    Hlc hlc;
    std::string userName;
    std::string action;
    AuditOutcome outcome = AuditOutcome::Ok;
    std::string objectType;
    std::string objectId;
    std::string description;
};

struct AuditRecord
{
    std::int64_t seq = 0;
    std::string atUtc;
    Hlc hlc;
    std::string device;
    std::string userName;
    std::string action;
    std::string outcome;
    std::string objectType;
    std::string objectId;
    std::string description;
};

// The append-only audit table with its HMAC chain (DESIGN §4, SECURITY S11):
//   entry_mac(n) = HMAC(key, canonical bytes of row n's content)
//   chain_mac(n) = HMAC(key, chain_mac(n-1) || seq n || entry_mac(n))
// The two MACs let the verifier tell a changed row from a moved or missing one. Every
// kCheckpointInterval rows, and at lock and exit, the device signs (seq, chain head).
class AuditLog
{
public:
    static constexpr std::int64_t kCheckpointInterval = 1000;

    AuditLog(Database& db, SecureBytes key, const DeviceIdentity& device, const Uuid& databaseId);

    // Appends one record inside the caller's transaction; returns its seq.
    std::int64_t append(const AuditEntry& entry);
    // Signs the current head unless it is already signed. Inside the caller's transaction.
    void checkpoint(Clock::TimePoint now);

    std::vector<AuditRecord> latest(int limit);
    std::vector<AuditRecord> forObject(const std::string& objectType, const std::string& objectId, int limit);
    std::int64_t headSeq();

    // Canonical bytes and MACs, shared with the verifier.
    static crypto::Bytes canonical(const AuditRecord& r);
    static crypto::Digest entryMac(const SecureBytes& key, const AuditRecord& r);
    static crypto::Digest chainMac(const SecureBytes& key, crypto::ByteView previous, std::int64_t seq,
                                   crypto::ByteView entryMac);
    static crypto::Bytes checkpointMessage(const Uuid& databaseId, const Uuid& device, std::int64_t seq,
                                           crypto::ByteView chain, const std::string& signedAt);

private:
    Database& m_db;
    SecureBytes m_key;
    const DeviceIdentity& m_device;
    Uuid m_databaseId;
};

} // namespace caseledger::core
