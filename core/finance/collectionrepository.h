#pragma once

#include "core/base/hlc.h"
#include "core/finance/ledgertypes.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;
class Statement;

// SQL for collections, their later events (reversed, backed out, reapplied) and the batches
// they came in. Append-only: a collection's status is derived from its events.
class CollectionRepository
{
public:
    explicit CollectionRepository(Database& db)
        : m_db(db)
    { }
    void insert(const PostedCollection& c, Hlc hlc, const Uuid& device);
    void insertEvent(const Uuid& collectionId, const Uuid& eventId, std::string_view kind,
        const std::string& reason, const std::string& at, const std::string& user, Hlc hlc,
        const Uuid& device);
    void insertBatch(const Uuid& id, const std::string& sha256, std::int64_t rows, Money total,
        const std::string& by, const std::string& at, Hlc hlc, const Uuid& device);

    std::optional<PostedCollection> find(const Uuid& id);
    std::optional<PostedCollection> findByReceipt(const std::string& receiptId);
    // The obligor's collections on or after `from`, oldest first (redistribution).
    std::vector<PostedCollection> forObligorSince(const Uuid& obligorId, Date from);
    // Collections with a line on the case, oldest first.
    std::vector<PostedCollection> forCase(const Uuid& caseId);

private:
    std::vector<PostedCollection> read(Statement& s);
    Database& m_db;
};

} // namespace caseledger::core
