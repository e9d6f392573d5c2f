#pragma once

#include "core/finance/accrualplan.h"
#include "core/finance/allocation.h"
#include "core/finance/balancetotals.h"
#include "core/finance/chargesums.h"
#include "core/finance/ledgertypes.h"
#include "core/finance/rulesetcatalog.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Operation;

// One collection to post (a form or a CSV row). `obligor` is one of the payer's case numbers
// (the case's noncustodial parent pays) or the payer's person id.
struct CollectionInput
{
    std::string receiptId;
    std::string obligor;
    Money amount;
    Date date;
    CollectionSource source = CollectionSource::Direct;
};

struct PostResult
{
    PostedCollection collection;
    std::vector<LedgerLine> lines; // the lines written (empty when already posted)
    bool alreadyPosted = false; // the same receipt was posted before: nothing written
    Money toFamily;
    Money retained;
    Money held;
};

struct ReversalResult
{
    PostedCollection collection;
    std::vector<LedgerLine> lines; // the reversal lines
    Money cancelledDisbursements;
    Money overpaymentReceivable; // the family was already paid (distribution.md §6)
    Money releasedHeld;
};

// The ledger work shared by the finance services, inside one Workspace::perform transaction
// (like TaskScheduler): posting, reversal, back-out and reapplication, accrual of one case.
// It reuses the pure engine (allocate(), reversalOf(), planAccrual()); nothing here decides
// where a cent goes.
class LedgerPosting
{
public:
    explicit LedgerPosting(Operation& op);

    // The rule sets in force: the administrator's latest saved catalog, else California's.
    const RuleSetCatalog& catalog();
    // Resolves `obligor` (a case number or person id); Failure naming `field`.
    Uuid resolveObligor(const std::string& obligor, const std::string& field);

    // Posts one collection (DESIGN §5): allocation across the obligor's cases and buckets,
    // the lines with their reasons, disbursements due on the business-day calendar, held money
    // in the undistributed queue, one change-log entry. A receipt posted before with the same
    // facts is harmless (alreadyPosted); with different facts it is a Conflict.
    PostResult post(const CollectionInput& in, const std::optional<Uuid>& batchId);

    // A bounced check: the lines negated, pending disbursements cancelled, money already sent
    // to the family an overpayment receivable, held money released.
    ReversalResult reverse(const PostedCollection& c, const std::string& reason);

    // Redistribution (distribution.md §6) of the obligor's collections from `from`: charges
    // brought in line with the orders, each collection backed out (newest first) and reapplied
    // (oldest first) under the rules in force on its date; returns the collections redone.
    std::vector<PostedCollection> redistribute(
        const Uuid& obligorId, Date from, const std::string& reason);

    // Brings one case's charges up to date through `month`, applying support paid ahead to
    // each month as it comes due; returns the entries written (charges and applied lines).
    // `applyFrom`: also apply paid-ahead money to the already accrued months from it.
    std::size_t accrueCase(
        const Uuid& caseId, Date month, std::optional<Date> applyFrom = std::nullopt);

    // Keep each case's whole accrual state (the sums planAccrual reads) between accruals of
    // this operation, updated with the charges and lines written, instead of reading it each
    // month: for a caller that accrues the same cases month after month from their first order
    // (DemoLedger), which has no marks to resume from. Memory grows with the ledgers kept;
    // forgetAccrualStates() drops them.
    void keepAccrualStates() { m_keepStates = true; }
    void forgetAccrualStates() { m_states.clear(); }

private:
    struct CaseFacts
    {
        std::string number;
        int children = 0;
    };
    // What one operation already read of a case (balances, URA and assistance status per
    // date); the lines and charges it writes are counted into them as the repositories would.
    struct CaseCache
    {
        std::map<Date, BalanceTotals> totals;
        std::map<Date, Money> ura;
        std::map<Date, AssistanceStatus> status;
    };
    const CaseFacts& facts(const Uuid& caseId);
    const std::vector<Uuid>& obligorCases(const Uuid& obligorId);
    AssistanceStatus statusOn(const Uuid& caseId, Date on);
    void applyWritten(const LedgerLine& line);
    std::vector<CaseBalances> balancesOn(const std::vector<Uuid>& caseIds, Date on);
    // `periods`, when given, holds each line's month; otherwise every line counts in the
    // collection's month.
    std::vector<LedgerLine> writeLines(const PostedCollection& c, LineEntry entry,
        const std::vector<AllocationLine>& lines, const std::map<std::string, Uuid>& caseIds,
        const std::vector<Date>& periods = {});
    void writePayouts(const PostedCollection& c, const std::vector<LedgerLine>& lines,
        const std::map<Uuid, Money>& alreadyPaid, Date appliedOn,
        const char* overpaidReason = "redistribution gives the family less than was sent");
    void applyLatePrepayment(const PostedCollection& c, const std::vector<LedgerLine>& lines);
    std::size_t writeCharges(const Uuid& caseId, Date month);
    // Accrues the cases through `month` when they are behind it or were never accrued.
    void accrueBehind(const std::vector<Uuid>& caseIds, Date month);
    std::size_t applyPaidAhead(const Uuid& caseId, Date month);
    AllocationResult allocateOn(const PostedCollection& c, std::map<std::string, Uuid>& ids,
        std::optional<std::vector<Uuid>> caseIds = std::nullopt);
    Money backOut(const PostedCollection& c, LineEntry entry, const std::string& reason,
        std::map<Uuid, Money>* paid, ReversalResult* out);
    void reapply(
        const PostedCollection& c, const std::string& reason, const std::map<Uuid, Money>& paid);

    Operation& m_op;
    std::optional<RuleSetCatalog> m_catalog;
    std::map<Uuid, CaseFacts> m_facts;
    std::map<Uuid, CaseCache> m_cache;
    // Per case: the latest month accrued (see accrueBehind), as far as this operation has seen
    // or brought it.
    std::map<Uuid, std::optional<Date>> m_accruedThrough;
    bool m_keepStates = false;
    // See keepAccrualStates(): each case's state, and the index of its summed charges.
    struct KeptState
    {
        AccrualState state;
        ChargeSums sums; // over state.charges
    };
    std::map<Uuid, KeptState> m_states;
    std::map<std::string, Uuid> m_obligors; // resolved payer references
    std::map<Uuid, std::vector<Uuid>> m_obligorCases;
};

} // namespace caseledger::core
