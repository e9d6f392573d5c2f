#pragma once

#include "core/finance/bucket.h"
#include "core/finance/casebalances.h"

#include <map>
#include <optional>
#include <string_view>
#include <utility>

namespace caseledger::core {

// The signed sums behind one case's balances on one date, before clamping at zero: charges
// add, allocation lines subtract. BalanceRepository fills it, from the kept sums (totals()) or
// from every row (totalsFromLedger(), which load() uses); a posting batch keeps one per (case,
// date) and applies each line it writes (applyLine()), so the batch never re-reads the ledger
// yet sees exactly what load() would return (DESIGN §5: cached balances a verifier can recompute
// from the rows -- tests/core/finance/batchcache.test.cpp, balancesums.test.cpp).
class BalanceTotals
{
public:
    explicit BalanceTotals(Date on);

    // One row as BalanceRepository reads it (a sum or an entry): `disposition` is empty for a
    // charge.
    void add(const Bucket& bucket, std::optional<Date> installmentDue, std::string_view disposition,
        Money signedAmount);
    // A written allocation line of the case: counted like load() counts it on this date
    // (current buckets only for lines of this month).
    void applyLine(const Bucket& bucket, Date period, std::optional<Date> installmentDue,
        std::string_view disposition, Money amount);
    // A written charge of the case: counted like load() counts it on this date (only what is in
    // effect by then; current buckets only for this month's period).
    void applyCharge(const Bucket& bucket, Date period, Date effectiveOn,
        std::optional<Date> installmentDue, Money amount);
    // The balances as the allocator sees them: below zero shows as zero. The caller sets the
    // case number, assistance status, children and URA.
    CaseBalances balances() const;
    // The same signed sums, before clamping (an installment summing to zero is no installment).
    bool operator==(const BalanceTotals& other) const;

private:
    Date m_on;
    Date m_month;
    CaseBalances m_raw;
    std::map<std::pair<ArrearsCategory, Date>, Money> m_installments;
};

} // namespace caseledger::core
