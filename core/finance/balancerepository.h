#pragma once

#include "core/base/uuid.h"
#include "core/finance/balancetotals.h"
#include "core/finance/casebalances.h"
#include "core/finance/ledgertypes.h"

#include <string>
#include <utility>
#include <vector>

namespace caseledger::core {

class Database;

// A bucket's balance: what was charged, what collections paid, what is owed.
struct BucketBalance
{
    Bucket bucket;
    Money charged;
    Money paid;
    Money owed() const { return charged - paid; }
};

// Reads a case's balances. load() and totalsFromLedger() sum the ledger rows themselves: the
// verifier's view (DESIGN §5). totals() reads the same sums from the per-case sums the ledger's
// insert triggers keep (installment_balance, bucket_sum), which a verifier can recompute; the
// tests hold the two equal on random ledgers (tests/core/finance/balancesums.test.cpp).
class BalanceRepository
{
public:
    explicit BalanceRepository(Database& db)
        : m_db(db)
    { }
    // The case as the allocator sees it on `on`: the current support of on's month, arrears
    // by category with their installments, interest, credits and pass-through of the month.
    // Charges count from their effective date; every allocation line counts. Balances below
    // zero (a backdated reduction after payment) show as zero. The caller sets the case
    // number, the assistance status, the children and URA. From the ledger rows.
    CaseBalances load(const Uuid& caseId, Date on);
    // The same sums before clamping, for a caller that applies the lines it writes; read
    // without the case's history: the kept sums, the current support of on's month, and the
    // charges not yet in effect on `on`.
    BalanceTotals totals(const Uuid& caseId, Date on);
    // The statement totals() runs (?1 the case, ?2 the date, ?3 its month), for its plan's test.
    static const std::string& totalsSql();
    // The same as totals(), summed from every ledger row of the case.
    BalanceTotals totalsFromLedger(const Uuid& caseId, Date on);
    // Every bucket of the case, all time (charges minus allocation lines).
    std::vector<BucketBalance> buckets(const Uuid& caseId);

private:
    Database& m_db;
};

} // namespace caseledger::core
