#include "core/services/paymentservice.h"

#include "core/access/masking.h"
#include "core/base/crypto.h"
#include "core/cases/caserepository.h"
#include "core/finance/collectionrepository.h"
#include "core/finance/paymentimport.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

namespace caseledger::core {

using namespace servicesupport;

namespace {

void validateInput(const CollectionInput& in, Date today)
{
    validateReceiptId(in.receiptId, "");
    if (!in.amount.isPositive())
        failValidation("amount", "amount must be more than zero");
    if (in.date > today)
        failValidation("date", "the collection date is in the future");
}

std::string reasonText(const std::string& reason)
{
    const std::string r = cleanText(reason, "reason", 500, true);
    return maskSsnsInText(r);
}

// Dry run: everything the batch would do, then undone; only the audit record stays.
class DryRun
{
public:
    DryRun(Database& db, bool active)
        : m_db(db)
        , m_active(active)
    {
        if (m_active)
            m_db.exec("SAVEPOINT payment_dry_run");
    }
    ~DryRun()
    {
        if (m_active) {
            try {
                m_db.exec("ROLLBACK TO payment_dry_run; RELEASE payment_dry_run");
            } catch (...) {
                // the enclosing transaction rolls back anyway
            }
        }
    }
    DryRun(const DryRun&) = delete;
    DryRun& operator=(const DryRun&) = delete;

private:
    Database& m_db;
    bool m_active;
};

} // namespace

PostedCollection requireCollection(Operation& op, std::string_view ref)
{
    CollectionRepository repo(op.db());
    std::optional<PostedCollection> c;
    if (auto id = Uuid::parse(ref))
        c = repo.find(*id);
    if (!c)
        c = repo.findByReceipt(std::string(ref));
    if (!c)
        throw Failure(ErrorCode::NotFound, "there is no such collection", "collection");
    op.target("collection", c->id.toString());
    return *c;
}

Result<PostResult> PaymentService::post(const Session& session, const CollectionInput& input)
{
    return m_ws.perform(session, Action::PaymentPost, [&](Operation& op) {
        validateInput(input, today(op));
        LedgerPosting posting(op);
        PostResult r = posting.post(input, std::nullopt);
        op.target("collection", r.collection.id.toString());
        op.describe(r.alreadyPosted ? "receipt " + input.receiptId + " was already posted"
                                    : "posted receipt " + input.receiptId + ": "
                    + input.amount.toDisplayString() + " received " + input.date.toIso());
        return r;
    });
}

Result<BatchResult> PaymentService::importCsv(
    const Session& session, std::string_view csvText, bool dryRun, const Progress& progress)
{
    return m_ws.perform(session, Action::PaymentImport, [&](Operation& op) {
        const auto rows = parsePaymentCsv(csvText, today(op));
        BatchResult result;
        result.dryRun = dryRun;
        for (const auto& r : rows)
            result.total += r.amount;
        DryRun savepoint(op.db(), dryRun);
        LedgerPosting posting(op);
        std::optional<Uuid> batchId;
        if (!dryRun) {
            batchId = newId(op);
            CollectionRepository(op.db()).insertBatch(*batchId,
                crypto::toHex(crypto::sha256(crypto::view(csvText))),
                static_cast<std::int64_t>(rows.size()), result.total, session.userName,
                formatUtc(op.now()), op.hlc(), device(op));
        }
        result.batchId = batchId;
        result.rows.reserve(rows.size());
        // S24 holds for a cancelled batch too: the transaction rolls back whole.
        const auto keepGoing = [&] {
            if (progress && !progress(result.rows.size(), rows.size()))
                throw Failure(ErrorCode::Cancelled,
                    "the batch was cancelled after " + std::to_string(result.rows.size()) + " of "
                        + std::to_string(rows.size()) + " rows; nothing of it was posted");
        };
        keepGoing();
        for (const auto& r : rows) {
            PostResult p;
            try {
                p = posting.post({r.receiptId, r.obligor, r.amount, r.date, r.source}, batchId);
            } catch (const Failure& f) {
                // S24: name the row and the field; nothing of the batch is posted.
                throw Failure(f.code(), r.row + ", " + f.error().message,
                    r.row + ", " + (f.error().field.empty() ? "row" : f.error().field));
            }
            (p.alreadyPosted ? result.alreadyPosted : result.posted) += 1;
            result.rows.push_back({r.row, r.receiptId, p.collection.id, r.amount, p.alreadyPosted,
                p.lines.size(), p.toFamily, p.retained, p.held});
            keepGoing();
        }
        op.target("payment_batch", batchId ? batchId->toString() : "dry-run");
        op.describe(std::string(dryRun ? "previewed" : "imported") + " a batch of "
            + std::to_string(rows.size()) + " collections totalling "
            + result.total.toDisplayString() + " (" + std::to_string(result.alreadyPosted)
            + " already posted)");
        return result;
    });
}

Result<ReversalResult> PaymentService::reverse(
    const Session& session, std::string_view collectionRef, const std::string& reason)
{
    return m_ws.perform(session, Action::PaymentReverse, [&](Operation& op) {
        const std::string why = reasonText(reason);
        const PostedCollection c = requireCollection(op, collectionRef);
        ReversalResult r = LedgerPosting(op).reverse(c, why);
        op.describe(
            "reversed receipt " + c.receiptId + " (" + c.amount.toDisplayString() + "): " + why);
        return r;
    });
}

Result<std::vector<PostedCollection>> PaymentService::redistribute(
    const Session& session, std::string_view caseRef, Date from, const std::string& reason)
{
    return m_ws.perform(session, Action::PaymentRedistribute, [&](Operation& op) {
        const std::string why = reasonText(reason);
        const Case c = requireCase(op, caseRef);
        // A date after today would redo nothing and say so only by a count of zero.
        requireNotFuture(from, today(op), "from");
        const auto obligor = CaseRepository(op.db()).noncustodialParent(c.id);
        if (!obligor)
            failValidation("case", "the case has no noncustodial parent");
        auto redone = LedgerPosting(op).redistribute(*obligor, from, why);
        op.describe("redistributed " + std::to_string(redone.size())
            + " collections of the payer on case " + c.number + " from " + from.toIso() + ": "
            + why);
        return redone;
    });
}

} // namespace caseledger::core
