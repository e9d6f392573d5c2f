#include "core/services/ledgerservice.h"

#include "core/finance/allocationlinerepository.h"
#include "core/finance/chargerepository.h"
#include "core/finance/collectionrepository.h"
#include "core/finance/urarepository.h"
#include "core/services/paymentservice.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

#include <algorithm>

namespace caseledger::core {

using namespace servicesupport;

namespace {

const Date kBeginning = Date::fromYmd(1900, 1, 1);
const Date kEnd = Date::fromYmd(9999, 12, 31);

// Every entry of the case, oldest first, with the running balance owed.
std::vector<LedgerEntryRow> allEntries(Database& db, const Uuid& caseId)
{
    std::vector<LedgerEntryRow> rows;
    for (const auto& c : ChargeRepository(db).forCase(caseId, kBeginning, kEnd))
        rows.push_back({c.effectiveOn, std::string(codeOf(c.kind)), c.bucket, "", c.amount, Money(),
            Money(), c.reason, std::nullopt, ""});
    std::map<Uuid, PostedCollection> collections;
    for (auto& k : CollectionRepository(db).forCase(caseId))
        collections.emplace(k.id, k);
    for (const auto& l : AllocationLineRepository(db).forCase(caseId, kBeginning, kEnd)) {
        const auto& k = collections.at(l.collectionId);
        rows.push_back({k.collectedOn, std::string(codeOf(l.entry)), l.line.bucket,
            std::string(codeOf(l.line.payee)), Money(), l.line.amount, Money(), l.line.rule, k.id,
            k.receiptId});
    }
    // Charges of a day before its payments; otherwise the order they were written.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.collectionId.has_value() < b.collectionId.has_value();
    });
    Money balance;
    for (auto& r : rows) {
        if (r.bucket.kind != BucketKind::Future)
            balance += r.charge - r.payment;
        r.balance = balance;
    }
    return rows;
}

} // namespace

Result<CaseLedger> LedgerService::ledger(
    const Session& session, std::string_view caseRef, const LedgerQuery& query)
{
    return m_ws.perform(session, Action::LedgerView, [&](Operation& op) {
        CaseLedger out;
        out.record = requireCase(op, caseRef);
        if (query.from && query.to && *query.to < *query.from)
            failValidation("to", "to: the period ends before it begins");
        const Date from = query.from.value_or(kBeginning);
        const Date to = query.to.value_or(kEnd);
        const Date now = today(op);
        Money allTime;
        for (auto& r : allEntries(op.db(), out.record.id)) {
            if (r.date < from)
                out.openingBalance = r.balance;
            else if (r.date <= to)
                out.entries.push_back(r);
            if (r.date <= now)
                out.owed = r.balance;
            allTime = r.balance;
        }
        out.writtenAhead = allTime - out.owed;
        out.buckets = BalanceRepository(op.db()).buckets(out.record.id);
        out.ura = UraRepository(op.db()).uraOn(out.record.id, kEnd);
        DisbursementRepository payouts(op.db());
        out.disbursements = payouts.forCase(out.record.id);
        out.receivables = payouts.receivablesForCase(out.record.id);
        op.describe("viewed the ledger of case " + out.record.number);
        return out;
    });
}

Result<CollectionExplanation> LedgerService::explain(
    const Session& session, std::string_view collectionRef)
{
    return explainAs(session, collectionRef, "explained receipt ");
}

Result<CollectionExplanation> LedgerService::explainForOutput(
    const Session& session, std::string_view collectionRef, Output output)
{
    return explainAs(session, collectionRef,
        output == Output::Printed ? "printed the explanation of receipt "
                                  : "saved as PDF the explanation of receipt ");
}

Result<CollectionExplanation> LedgerService::explainAs(
    const Session& session, std::string_view collectionRef, std::string_view done)
{
    return m_ws.perform(session, Action::CollectionExplain, [&](Operation& op) {
        CollectionExplanation out;
        out.collection = requireCollection(op, collectionRef);
        out.lines = AllocationLineRepository(op.db()).forCollection(out.collection.id);
        DisbursementRepository payouts(op.db());
        out.disbursements = payouts.netForCollection(out.collection.id);
        out.held = payouts.netHeldForCollection(out.collection.id);
        op.describe(std::string(done) + out.collection.receiptId);
        return out;
    });
}

Result<std::vector<HeldItem>> LedgerService::undistributed(const Session& session)
{
    return m_ws.perform(session, Action::UndistributedView, [&](Operation& op) {
        auto queue = DisbursementRepository(op.db()).queue();
        op.target("undistributed", "queue");
        op.describe("viewed the undistributed queue (" + std::to_string(queue.size()) + " items)");
        return queue;
    });
}

Result<KeptBalanceCheck> LedgerService::verifyKeptBalances(
    const Session& session, const std::function<bool(std::int64_t, std::int64_t)>& progress)
{
    return m_ws.perform(session, Action::LedgerVerify, [&](Operation& op) {
        auto check = KeptBalanceRepository(op.db()).verify(progress);
        // An administrator or an auditor checks the sums but does not read cases (S6): the
        // differences are listed without the case they belong to.
        if (!session.may(Action::LedgerView))
            for (auto& d : check.listed) {
                d.caseNumber.clear();
                d.caseId = Uuid();
            }
        op.target("ledger", "kept_balances");
        op.describe(check.ok()
                ? "kept balances agree with the ledger: " + std::to_string(check.cases) + " cases"
                : "kept balances differ from the ledger: " + std::to_string(check.differences)
                    + " sums, " + std::to_string(check.reportSumDifferences)
                    + " rows of the reports' sums");
        return check;
    });
}

Result<KeptBalanceRebuild> LedgerService::rebuildKeptBalances(
    const Session& session, const std::string& reason)
{
    return m_ws.perform(session, Action::LedgerRebuild, [&](Operation& op) {
        const std::string why = cleanText(reason, "reason", 500, true);
        // Only local, derived tables change (never synced): there is no change to log.
        auto rebuilt = KeptBalanceRepository(op.db()).rebuild();
        op.target("ledger", "kept_balances");
        op.describe("recomputed the kept balances from the ledger ("
            + std::to_string(rebuilt.installments) + " installment balances, "
            + std::to_string(rebuilt.bucketSums) + " bucket sums, "
            + std::to_string(rebuilt.reportSums) + " rows of the reports' sums): " + why);
        return rebuilt;
    });
}

} // namespace caseledger::core
