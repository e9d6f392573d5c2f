#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/services/ledgerposting.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

// One row of a batch as posted (or as it would be, in a dry run).
struct BatchRowResult
{
    std::string row; // "row 2"
    std::string receiptId;
    Uuid collectionId;
    Money amount;
    bool alreadyPosted = false;
    std::size_t lines = 0;
    Money toFamily;
    Money retained;
    Money held;
};

struct BatchResult
{
    bool dryRun = false;
    std::optional<Uuid> batchId; // none in a dry run
    Money total; // the control total of the file
    std::size_t posted = 0;
    std::size_t alreadyPosted = 0;
    std::vector<BatchRowResult> rows;
};

// Collections: posting one, a batch from CSV, reversal, redistribution (distribution.md;
// issue 4 items 3-5). Every call is one transaction with its audit record (S18).
class PaymentService
{
public:
    explicit PaymentService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<PostResult> post(const Session& session, const CollectionInput& input);
    // SECURITY S24: the whole file is parsed and every row validated before anything is
    // posted; any bad row refuses the batch, naming the row and field. A dry run computes
    // every allocation and writes nothing but its audit record. One audit record per batch.
    // `progress` (may be empty) hears (rows done, rows in the file) before the first row and
    // after each; when it returns false the batch stops with ErrorCode::Cancelled and nothing
    // of it is posted.
    using Progress = std::function<bool(std::size_t done, std::size_t total)>;
    Result<BatchResult> importCsv(const Session& session, std::string_view csvText, bool dryRun,
        const Progress& progress = {});
    // `collectionRef`: the collection id or its receipt id.
    Result<ReversalResult> reverse(
        const Session& session, std::string_view collectionRef, const std::string& reason);
    // After a backdated order change or assistance change on the case: the payer's collections
    // from `from` are backed out and reapplied (each step a new entry with `reason`).
    Result<std::vector<PostedCollection>> redistribute(
        const Session& session, std::string_view caseRef, Date from, const std::string& reason);

private:
    Workspace& m_ws;
};

// A collection by id or receipt id (NotFound otherwise); shared with LedgerService.
PostedCollection requireCollection(Operation& op, std::string_view ref);

} // namespace caseledger::core
