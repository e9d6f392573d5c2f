#include "core/finance/collectionrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kColumns
    = "SELECT c.id, c.receipt_id, c.obligor_id, c.source, c.amount_cents, c.collected_on, "
      "c.posted_by, c.posted_at, c.batch_id, c.rule_set, "
      "(SELECT count(*) FROM collection_event e WHERE e.collection_id = c.id AND e.kind = "
      "'reversed'), (SELECT count(*) FROM allocation_line l WHERE l.collection_id = c.id) "
      "FROM collection c ";

} // namespace

void CollectionRepository::insert(const PostedCollection& c, Hlc hlc, const Uuid& device)
{
    auto s
        = m_db.prepare("INSERT INTO collection (id, receipt_id, obligor_id, source, "
                       "amount_cents, collected_on, posted_by, posted_at, batch_id, rule_set, "
                       "hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, c.id).bind(2, c.receiptId);
    bindId(s, 3, c.obligorId);
    bindCode(s, 4, c.source);
    s.bind(5, c.amount.cents());
    bindDate(s, 6, c.collectedOn);
    s.bind(7, c.postedBy).bind(8, c.postedAt);
    bindId(s, 9, c.batchId);
    s.bind(10, c.ruleSet).bind(11, hlc.asInt64()).bind(12, device);
    s.run();
}

void CollectionRepository::insertEvent(const Uuid& collectionId, const Uuid& eventId,
    std::string_view kind, const std::string& reason, const std::string& at,
    const std::string& user, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO collection_event (id, collection_id, kind, reason, at_utc, "
                          "user_name, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, eventId).bind(2, collectionId).bind(3, kind).bind(4, reason).bind(5, at);
    s.bind(6, user).bind(7, hlc.asInt64()).bind(8, device);
    s.run();
}

void CollectionRepository::insertBatch(const Uuid& id, const std::string& sha256, std::int64_t rows,
    Money total, const std::string& by, const std::string& at, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO payment_batch (id, file_sha256, row_count, total_cents, "
        "posted_by, posted_at, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, id).bind(2, sha256).bind(3, rows).bind(4, total.cents()).bind(5, by).bind(6, at);
    s.bind(7, hlc.asInt64()).bind(8, device);
    s.run();
}

std::vector<PostedCollection> CollectionRepository::read(Statement& s)
{
    std::vector<PostedCollection> out;
    while (s.step()) {
        PostedCollection c;
        c.id = s.uuid(0);
        c.receiptId = s.text(1);
        c.obligorId = optionalId(s, 2);
        c.source = code<CollectionSource>(s, 3);
        c.amount = money(s, 4);
        c.collectedOn = date(s, 5);
        c.postedBy = s.text(6);
        c.postedAt = s.text(7);
        c.batchId = optionalId(s, 8);
        c.ruleSet = s.text(9);
        c.status = s.int64(10) > 0 ? CollectionStatus::Reversed
            : s.int64(11) == 0     ? CollectionStatus::Undistributed
                                   : CollectionStatus::Posted;
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<PostedCollection> CollectionRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kColumns) + "WHERE c.id = ?1");
    s.bind(1, id);
    auto all = read(s);
    return all.empty() ? std::nullopt : std::optional(all.front());
}

std::optional<PostedCollection> CollectionRepository::findByReceipt(const std::string& receiptId)
{
    auto s = m_db.prepare(std::string(kColumns) + "WHERE c.receipt_id = ?1");
    s.bind(1, receiptId);
    auto all = read(s);
    return all.empty() ? std::nullopt : std::optional(all.front());
}

std::vector<PostedCollection> CollectionRepository::forObligorSince(
    const Uuid& obligorId, Date from)
{
    auto s = m_db.prepare(std::string(kColumns)
        + "WHERE c.obligor_id = ?1 AND c.collected_on >= ?2 ORDER BY c.collected_on, c.id");
    s.bind(1, obligorId);
    bindDate(s, 2, from);
    return read(s);
}

std::vector<PostedCollection> CollectionRepository::forCase(const Uuid& caseId)
{
    auto s = m_db.prepare(std::string(kColumns)
        + "WHERE c.id IN (SELECT collection_id FROM allocation_line WHERE case_id = ?1) "
          "ORDER BY c.collected_on, c.id");
    s.bind(1, caseId);
    return read(s);
}

} // namespace caseledger::core
