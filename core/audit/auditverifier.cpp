#include "core/audit/auditverifier.h"

#include "core/audit/auditlog.h"
#include "core/base/crypto.h"
#include "core/base/error.h"
#include "core/store/database.h"

#include <map>
#include <vector>

namespace caseledger::core {

namespace {

struct Row
{
    AuditRecord record;
    crypto::Bytes entryMac;
    crypto::Bytes chainMac;
};

constexpr const char* kSelectRows =
    "SELECT seq, at_utc, hlc, device, user_name, action, outcome, object_type, object_id, description, "
    "entry_mac, chain_mac FROM audit_log ";

Row readRow(Statement& s)
{
    Row r;
    r.record.seq = s.int64(0);
    r.record.atUtc = s.text(1);
    r.record.hlc = Hlc::fromInt64(s.int64(2));
    r.record.device = s.text(3);
    r.record.userName = s.text(4);
    r.record.action = s.text(5);
    r.record.outcome = s.text(6);
    r.record.objectType = s.text(7);
    r.record.objectId = s.text(8);
    r.record.description = s.text(9);
    r.entryMac = s.blob(10);
    r.chainMac = s.blob(11);
    return r;
}

bool same(crypto::ByteView a, crypto::ByteView b)
{
    return crypto::constantTimeEqual(a, b);
}

AuditVerification fault(std::int64_t checked, std::int64_t seq, std::string kind, std::string detail)
{
    AuditVerification v;
    v.ok = false;
    v.checked = checked;
    v.firstBadSeq = seq;
    v.fault = std::move(kind);
    v.detail = std::move(detail);
    return v;
}

// Looks at the rows around the first failing one and says what kind of damage it is.
AuditVerification classify(Database& db, const SecureBytes& key, std::int64_t checked, std::int64_t badSeq,
                           bool contentBad, const crypto::Bytes& previousChain)
{
    constexpr std::int64_t kWindow = 64;
    std::vector<Row> window;
    {
        auto s = db.prepare(std::string(kSelectRows) + "WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
        s.bind(1, badSeq - kWindow).bind(2, badSeq + kWindow);
        while (s.step())
            window.push_back(readRow(s));
    }
    const Row* bad = nullptr;
    const Row* next = nullptr;
    for (std::size_t i = 0; i < window.size(); ++i) {
        if (window[i].record.seq == badSeq) {
            bad = &window[i];
            next = i + 1 < window.size() ? &window[i + 1] : nullptr;
        }
    }
    const std::string at = "record " + std::to_string(badSeq);
    if (!bad)
        return fault(checked, badSeq, "missing", at + " is missing");
    std::int64_t headSeq = 0;
    crypto::Bytes headChain;
    {
        auto head = db.prepare("SELECT seq, chain FROM audit_head WHERE id = 1");
        if (head.step()) {
            headSeq = head.int64(0);
            headChain = head.blob(1);
        }
    }
    if (badSeq > headSeq)
        return fault(checked, badSeq, "inserted",
                     at + " lies beyond the last record CaseLedger wrote (" + std::to_string(headSeq) + ")");

    if (contentBad) {
        // An inserted row pushes the genuine one to the next seq: does the next row verify
        // as if it stood here?
        if (next && same(next->entryMac, AuditLog::entryMac(key, next->record))
            && same(next->chainMac, AuditLog::chainMac(key, previousChain, badSeq, next->entryMac)))
            return fault(checked, badSeq, "inserted", at + " was inserted; it is not part of the chain");
        return fault(checked, badSeq, "changed", at + " was changed after it was written");
    }

    // The content is authentic but the link is not.
    const auto expectedChain = AuditLog::chainMac(key, previousChain, badSeq, bad->entryMac);
    const bool linkAltered = next ? same(next->chainMac, AuditLog::chainMac(key, expectedChain, next->record.seq, next->entryMac))
                                  : same(headChain, expectedChain);
    if (linkAltered)
        return fault(checked, badSeq, "changed", at + " has an altered chain value");
    for (const auto& other : window)
        if (other.record.seq != badSeq && same(other.entryMac, bad->entryMac))
            return fault(checked, badSeq, "inserted",
                         at + " duplicates record " + std::to_string(other.record.seq));
    std::vector<crypto::Bytes> predecessors{crypto::Bytes(32, 0)};
    for (const auto& other : window)
        predecessors.push_back(other.chainMac);
    for (const auto& p : predecessors) {
        for (std::int64_t k = std::max<std::int64_t>(1, badSeq - kWindow); k <= badSeq + kWindow; ++k) {
            if (k != badSeq && same(bad->chainMac, AuditLog::chainMac(key, p, k, bad->entryMac)))
                return fault(checked, badSeq, "reordered",
                             at + " holds the record written as number " + std::to_string(k));
        }
    }
    return fault(checked, badSeq, "missing", "the record before " + at + " is missing");
}

} // namespace

AuditVerification verifyAuditLog(Database& db, const SecureBytes& key, const Uuid& databaseId,
                                 const std::function<bool(std::int64_t)>& progress)
{
    std::int64_t checked = 0;
    std::int64_t expectedSeq = 1;
    crypto::Bytes previousChain(32, 0);
    std::map<std::int64_t, crypto::Bytes> chainAt; // only at checkpointed seqs

    std::map<std::int64_t, crypto::Bytes> checkpointChains;
    {
        auto s = db.prepare("SELECT seq, chain FROM audit_checkpoint");
        while (s.step())
            checkpointChains[s.int64(0)] = s.blob(1);
    }

    {
        auto s = db.prepare(std::string(kSelectRows) + "ORDER BY seq");
        while (s.step()) {
            const Row row = readRow(s);
            if (row.record.seq != expectedSeq)
                return classify(db, key, checked, expectedSeq, false, previousChain);
            const bool contentOk = same(row.entryMac, AuditLog::entryMac(key, row.record));
            const bool chainOk = contentOk && same(row.chainMac, AuditLog::chainMac(key, previousChain, row.record.seq, row.entryMac));
            if (!contentOk || !chainOk)
                return classify(db, key, checked, row.record.seq, !contentOk, previousChain);
            if (checkpointChains.count(row.record.seq))
                chainAt[row.record.seq] = row.chainMac;
            previousChain = row.chainMac;
            ++checked;
            ++expectedSeq;
            if (progress && checked % 4096 == 0 && !progress(checked))
                throw Failure(ErrorCode::Cancelled, "verification cancelled");
        }
    }
    const std::int64_t lastSeq = expectedSeq - 1;

    // The head counter is updated with every record: rows removed from the end show here.
    {
        auto head = db.prepare("SELECT seq, chain FROM audit_head WHERE id = 1");
        if (head.step()) {
            const auto headSeq = head.int64(0);
            if (headSeq > lastSeq)
                return fault(checked, lastSeq + 1, "truncated",
                             "the log ends at record " + std::to_string(lastSeq) + " but " + std::to_string(headSeq)
                                 + " were written");
            if (headSeq < lastSeq)
                return fault(checked, headSeq + 1, "inserted",
                             "records after " + std::to_string(headSeq) + " were added outside CaseLedger");
            if (lastSeq > 0 && !same(head.blob(1), previousChain))
                return fault(checked, lastSeq, "changed", "the chain head does not match the last record");
        } else if (lastSeq > 0) {
            return fault(checked, 1, "changed", "the audit head is missing");
        }
    }

    // Signed checkpoints: a rewrite by someone holding the database key shows here.
    AuditVerification result;
    result.checked = checked;
    std::map<std::string, crypto::Bytes> devices;
    {
        auto s = db.prepare("SELECT id, public_key FROM device");
        while (s.step())
            devices[s.uuid(0).toString()] = s.blob(1);
    }
    std::int64_t lastGoodCheckpoint = 0;
    auto s = db.prepare("SELECT seq, chain, signed_at, device, signature FROM audit_checkpoint ORDER BY seq");
    while (s.step()) {
        const auto seq = s.int64(0);
        const auto chain = s.blob(1);
        const auto signedAt = s.text(2);
        const auto device = s.uuid(3);
        const auto signature = s.blob(4);
        const auto known = devices.find(device.toString());
        if (known == devices.end())
            return fault(checked, seq, "bad_checkpoint", "the checkpoint at record " + std::to_string(seq)
                                                             + " was signed by an unknown device");
        const auto publicKey = crypto::EcdsaKey::fromPublicDer(known->second);
        if (!publicKey.verify(AuditLog::checkpointMessage(databaseId, device, seq, chain, signedAt), signature))
            return fault(checked, seq, "bad_checkpoint",
                         "the checkpoint at record " + std::to_string(seq) + " has an invalid signature");
        if (seq > lastSeq)
            return fault(checked, lastSeq + 1, "truncated",
                         "a signed checkpoint covers record " + std::to_string(seq) + " but the log ends at "
                             + std::to_string(lastSeq));
        if (!same(chainAt[seq], chain))
            return fault(checked, lastGoodCheckpoint + 1, "changed",
                         "the records from " + std::to_string(lastGoodCheckpoint + 1) + " to " + std::to_string(seq)
                             + " differ from what this device signed: the log was rewritten");
        lastGoodCheckpoint = seq;
        ++result.checkpoints;
    }
    return result;
}

} // namespace caseledger::core
