#pragma once

#include "core/base/hlc.h"
#include "core/finance/ledgertypes.h"

#include <string>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for charges (accruals, adjustments, conversions, interest). Append-only.
class ChargeRepository
{
public:
    explicit ChargeRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Charge& c, const std::string& createdAt, Hlc hlc, const Uuid& device);
    // Summed per (period, kind, bucket, installment) for the accrual planner; ids left empty.
    // With `from`, only the months from it on.
    std::vector<Charge> sums(const Uuid& caseId, std::optional<Date> from = std::nullopt);
    // The case's arrears installments (principal charged less paid), kept by triggers
    // (core/store/migrationv9.cpp); those with anything unpaid (or a credit), for the planner.
    std::vector<InstallmentBalance> installmentBalances(const Uuid& caseId);
    // The month before which accrual has settled every month of the case and nothing has been
    // written for those months since (nullopt: plan from the first order).
    std::optional<Date> settledBefore(const Uuid& caseId);
    // Records that every month before `month` is settled (a mark further on stays).
    void markSettled(const Uuid& caseId, Date month);
    // Every charge of the case in [from, to) by effective date, oldest first.
    std::vector<Charge> forCase(const Uuid& caseId, Date from, Date to);
    // The latest month accrued for any case, if any.
    std::optional<Date> latestAccruedMonth(const Uuid& caseId);
    // Every case with a support order (what an accrual run visits), in id order.
    std::vector<Uuid> casesWithOrders();

private:
    Database& m_db;
};

} // namespace caseledger::core
