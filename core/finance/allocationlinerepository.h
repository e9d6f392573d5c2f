#pragma once

#include "core/base/hlc.h"
#include "core/finance/ledgertypes.h"

#include <utility>
#include <vector>

namespace caseledger::core {

class Database;
class Statement;

struct PaidAhead
{
    Uuid collectionId;
    Payee payee = Payee::Family; // held while the family was aided, else sent to it
    Money amount;
};

// SQL for stored allocation lines (the explanation of every cent, distribution.md §7).
class AllocationLineRepository
{
public:
    explicit AllocationLineRepository(Database& db)
        : m_db(db)
    { }
    void insert(const LedgerLine& l, Hlc hlc, const Uuid& device);
    // Every line of a collection in order, case numbers filled in.
    std::vector<LedgerLine> forCollection(const Uuid& collectionId);
    // Every line on a case in [from, to) by collection date, case numbers filled in.
    std::vector<LedgerLine> forCase(const Uuid& caseId, Date from, Date to);
    int nextSeq(const Uuid& collectionId);
    // For the accrual planner: current support paid per (period, bucket) and principal paid
    // per (bucket, installment, period), all entries summed; with `from`, the months from it on.
    std::vector<std::pair<std::pair<Date, Bucket>, Money>> currentPaid(
        const Uuid& caseId, std::optional<Date> from = std::nullopt);
    std::vector<PrincipalPaid> principalPaid(
        const Uuid& caseId, std::optional<Date> from = std::nullopt);
    // Support paid ahead (45 CFR 302.51(b)) that the case still holds: per collection and
    // payee, the prepayment lines of every entry summed, oldest collection first.
    std::vector<PaidAhead> paidAhead(const Uuid& caseId);
    // Whether the case ever had money paid ahead (applied since or not): an index probe, no sort.
    bool hasPaidAhead(const Uuid& caseId);

private:
    std::vector<LedgerLine> read(Statement& s);
    Database& m_db;
};

} // namespace caseledger::core
