#pragma once

#include "core/base/hlc.h"
#include "core/finance/ledgertypes.h"

#include <vector>

namespace caseledger::core {

class Database;

// One row of the undistributed queue: money held for a collection, with its age and reason.
struct HeldItem
{
    Uuid collectionId;
    std::string receiptId;
    std::optional<Uuid> caseId;
    std::string caseNumber; // empty when no case
    Money amount;
    std::string reason;
    Date since;
};

// SQL for what leaves the ledger or waits: family disbursements, the undistributed queue and
// overpayment receivables. Append-only: a cancellation or release is a negative row.
class DisbursementRepository
{
public:
    explicit DisbursementRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Disbursement& d, Hlc hlc, const Uuid& device);
    void insertHeld(const HeldMoney& h, Hlc hlc, const Uuid& device);
    void insertReceivable(const OverpaymentReceivable& r, Hlc hlc, const Uuid& device);

    // Net disbursements of a collection per (case, due date).
    std::vector<Disbursement> netForCollection(const Uuid& collectionId);
    std::vector<Disbursement> forCase(const Uuid& caseId);
    // Net held money of a collection per (case, reason).
    std::vector<HeldMoney> netHeldForCollection(const Uuid& collectionId);
    std::vector<OverpaymentReceivable> receivablesForCase(const Uuid& caseId);
    // What the family of `caseId` still owes back of `collectionId` (its receivables summed).
    Money netReceivable(const Uuid& collectionId, const Uuid& caseId);
    // The queue: every (collection, case, reason) with money still held, oldest first.
    std::vector<HeldItem> queue();

private:
    Database& m_db;
};

} // namespace caseledger::core
