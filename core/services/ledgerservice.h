#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/case.h"
#include "core/finance/balancerepository.h"
#include "core/finance/disbursementrepository.h"
#include "core/finance/keptbalancerepository.h"
#include "core/finance/ledgertypes.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

// Period filter of the ledger view: entries dated in [from, to], either end open.
struct LedgerQuery
{
    std::optional<Date> from;
    std::optional<Date> to;
};

// One row of a case's ledger: a charge (debit) or an allocation line (credit), with the
// running balance owed after it. Credits to future months change no balance.
struct LedgerEntryRow
{
    Date date;
    std::string kind; // "accrual", "conversion", "interest", "allocation", "reversal", ...
    Bucket bucket;
    std::string payee; // lines only
    Money charge;
    Money payment;
    Money balance; // owed after this row, every bucket but future
    std::string description; // the reason with its citation
    std::optional<Uuid> collectionId;
    std::string receiptId;
};

struct CaseLedger
{
    Case record;
    Money openingBalance; // owed before the period
    std::vector<LedgerEntryRow> entries; // in the period, oldest first
    std::vector<BucketBalance> buckets; // all time
    // Owed today: the running balance after the last entry dated today or earlier. Month-end
    // conversions and interest are written ahead with the next month's first day
    // (distribution.md "Timing"); they count from that day, in `writtenAhead` until then.
    Money owed;
    Money writtenAhead; // entries dated after today, every bucket but future
    Money ura;
    std::vector<Disbursement> disbursements;
    std::vector<OverpaymentReceivable> receivables;
};

struct CollectionExplanation
{
    PostedCollection collection;
    std::vector<LedgerLine> lines; // every line ever written for it, in order
    std::vector<Disbursement> disbursements; // net per case and due date
    std::vector<HeldMoney> held; // still held
};

// Reads of the ledger (each one audited, S9): the case ledger, the explanation of a
// collection, the undistributed queue.
class LedgerService
{
public:
    explicit LedgerService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<CaseLedger> ledger(
        const Session& session, std::string_view caseRef, const LedgerQuery& query = {});
    // `collectionRef`: collection id or receipt id.
    Result<CollectionExplanation> explain(const Session& session, std::string_view collectionRef);
    // The same explanation for a copy that leaves the program (issue 4, item 7: printed for a
    // parent): the audit record says it was printed or saved as PDF, and the copy is made from
    // what this call returns.
    enum class Output
    {
        Printed,
        SavedPdf
    };
    Result<CollectionExplanation> explainForOutput(
        const Session& session, std::string_view collectionRef, Output output);
    Result<std::vector<HeldItem>> undistributed(const Session& session);

    // DESIGN §5: the balances posting and accrual read from the sums kept beside the ledger,
    // checked against the ledger's own entries (every case; `progress(done, total)` may cancel).
    Result<KeptBalanceCheck> verifyKeptBalances(const Session& session,
        const std::function<bool(std::int64_t, std::int64_t)>& progress = {});
    // Refills the kept sums from the ledger's entries, for a database whose check found them
    // wrong; the entries themselves are not touched. `reason` is required and audited.
    Result<KeptBalanceRebuild> rebuildKeptBalances(
        const Session& session, const std::string& reason);

private:
    Result<CollectionExplanation> explainAs(
        const Session& session, std::string_view collectionRef, std::string_view done);
    Workspace& m_ws;
};

} // namespace caseledger::core
