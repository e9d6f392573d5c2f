#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/base/uuid.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;

// One kept sum that is not what the ledger's rows add up to. An installment balance names its
// installment; a bucket sum says whether it is the money held unapplied. A sum the ledger has
// and the database does not keep reads as kept zero, and the other way round.
struct KeptBalanceDifference
{
    Uuid caseId;
    std::string caseNumber; // empty when the session may not read cases
    std::string bucket; // the stored code, "arrears_PA_principal"
    std::optional<Date> installment; // an installment balance
    bool unapplied = false; // a bucket sum of money held unapplied
    Money kept;
    Money ledger;
    std::optional<Date> keptEnteredOn; // installment balances: the month it last moved in
    std::optional<Date> ledgerEnteredOn;
};

struct KeptBalanceCheck
{
    static constexpr std::size_t kListed = 100; // differences listed; all are counted

    std::int64_t cases = 0; // cases with ledger rows or kept sums
    std::int64_t installments = 0; // installment balances compared
    std::int64_t bucketSums = 0; // bucket sums compared
    std::int64_t differences = 0;
    std::vector<KeptBalanceDifference> listed; // the first kListed, in case order
    // The reports' sums (migration 11): rows that differ from the ledger's, and the tables
    // that hold them ("fiscal_year_sum").
    std::int64_t reportSumDifferences = 0;
    std::vector<std::string> reportSumTablesWrong;
    bool ok() const { return differences == 0 && reportSumDifferences == 0; }
};

struct KeptBalanceRebuild
{
    std::int64_t installments = 0; // installment balances written
    std::int64_t bucketSums = 0; // bucket sums written
    std::int64_t marksDropped = 0; // cases whose next accrual replans from the first order
    std::int64_t reportSums = 0; // rows of the reports' sums written
};

// The verifier of DESIGN §5 for the sums the ledger's insert triggers keep (migrations 9 and
// 10: installment_balance, bucket_sum), which posting and accrual read instead of a case's
// history, and those the reports read (migration 11: fiscal_year_sum, case_month_distributed,
// month_collected, month_distributed). verify() adds up every charge and allocation line again, in
// one pass over the indexes by case, and compares each case's sums with the kept ones; then it
// computes the reports' sums again in SQL and compares them table by table. rebuild() refills every
// table from the ledger with the migrations' statements and drops every accrual mark (the next
// accrual replans each case from its ledger).
class KeptBalanceRepository
{
public:
    explicit KeptBalanceRepository(Database& db)
        : m_db(db)
    { }
    // `progress(done, total)` is called after each case (`total`: the cases in the database);
    // returning false cancels (ErrorCode::Cancelled). `caseNumber` of a difference is filled
    // in here; the service blanks it for a session that may not read cases.
    KeptBalanceCheck verify(
        const std::function<bool(std::int64_t done, std::int64_t total)>& progress = {});
    KeptBalanceRebuild rebuild();

    // The statements verify() walks, for their plans' test: every one in case order straight
    // from an index, with no sort.
    static std::vector<std::string> walkSql();

private:
    Database& m_db;
};

} // namespace caseledger::core
