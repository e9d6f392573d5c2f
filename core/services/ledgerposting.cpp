#include "core/services/ledgerposting.h"

#include "core/cases/assistancerepository.h"
#include "core/cases/casenumber.h"
#include "core/cases/caserepository.h"
#include "core/cases/orderrepository.h"
#include "core/cases/participantrepository.h"
#include "core/cases/personrepository.h"
#include "core/finance/accrualplan.h"
#include "core/finance/allocationlinerepository.h"
#include "core/finance/balancerepository.h"
#include "core/finance/chargerepository.h"
#include "core/finance/collectionrepository.h"
#include "core/finance/disbursement.h"
#include "core/finance/disbursementrepository.h"
#include "core/finance/rulesetrepository.h"
#include "core/finance/urarepository.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

#include <algorithm>

namespace caseledger::core {

using namespace servicesupport;

namespace {

// The undistributed queue's reason for a held line (distribution.md §4).
std::string heldReason(const AllocationLine& line)
{
    if (line.disposition == Disposition::Prepayment)
        return "paid ahead while the family receives assistance: held (45 CFR 302.51(b))";
    switch (line.unapplied) {
    case UnappliedReason::OffsetAbovePastDue:
        return "federal tax refund offset above past-due support: held for review";
    case UnappliedReason::OrdersEnd:
        return "more than the support still to come before the payer's orders end: held for "
               "review or refund";
    case UnappliedReason::NothingOwed:
        break;
    }
    return "nothing owed on the payer's cases: held for review or refund";
}

bool sameFacts(const PostedCollection& c, const CollectionInput& in, const Uuid& obligor)
{
    return c.amount == in.amount && c.collectedOn == in.date && c.source == in.source
        && c.obligorId == obligor;
}

nlohmann::json changeOf(const PostedCollection& c, const std::vector<LedgerLine>& lines)
{
    nlohmann::json out = {{"receipt_id", c.receiptId}, {"amount_cents", c.amount.cents()},
        {"collected_on", c.collectedOn.toIso()}, {"source", codeOf(c.source)},
        {"rule_set", c.ruleSet}};
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& l : lines)
        rows.push_back({l.id.toString(), codeOf(l.entry), l.caseId.toString(), l.line.bucket.code(),
            codeOf(l.line.payee), l.line.amount.cents()});
    out["lines"] = std::move(rows);
    return out;
}

} // namespace

LedgerPosting::LedgerPosting(Operation& op)
    : m_op(op)
{ }

const RuleSetCatalog& LedgerPosting::catalog()
{
    if (!m_catalog) {
        const auto stored = RuleSetRepository(m_op.db()).latest();
        m_catalog = stored ? RuleSetCatalog::fromJsonText(stored->catalogJson)
                           : RuleSetCatalog::california();
    }
    return *m_catalog;
}

Uuid LedgerPosting::resolveObligor(const std::string& obligor, const std::string& field)
{
    if (const auto known = m_obligors.find(obligor); known != m_obligors.end())
        return known->second;
    if (auto number = normalizeCaseNumber(obligor)) {
        CaseRepository cases(m_op.db());
        const auto c = cases.findByNumber(*number);
        if (!c)
            throw Failure(ErrorCode::NotFound, field + ": there is no such case", field);
        if (auto ncp = cases.noncustodialParent(c->id))
            return m_obligors[obligor] = *ncp;
        failValidation(field, field + ": the case has no noncustodial parent to pay it");
    }
    if (auto id = Uuid::parse(obligor)) {
        if (PersonRepository(m_op.db()).find(*id))
            return m_obligors[obligor] = *id;
        throw Failure(ErrorCode::NotFound, field + ": there is no such person", field);
    }
    failValidation(field, field + ": give one of the payer's case numbers or the payer's id");
}

const LedgerPosting::CaseFacts& LedgerPosting::facts(const Uuid& caseId)
{
    auto it = m_facts.find(caseId);
    if (it == m_facts.end()) {
        const auto c = CaseRepository(m_op.db()).find(caseId);
        if (!c)
            throw Failure(ErrorCode::NotFound, "a case of the payer is missing", "case");
        it = m_facts
                 .emplace(caseId,
                     CaseFacts {c->number, ParticipantRepository(m_op.db()).childCount(caseId)})
                 .first;
    }
    return it->second;
}

const std::vector<Uuid>& LedgerPosting::obligorCases(const Uuid& obligorId)
{
    auto it = m_obligorCases.find(obligorId);
    if (it == m_obligorCases.end())
        it = m_obligorCases
                 .emplace(obligorId, CaseRepository(m_op.db()).activeCasesAsNoncustodial(obligorId))
                 .first;
    return it->second;
}

AssistanceStatus LedgerPosting::statusOn(const Uuid& caseId, Date on)
{
    auto& known = m_cache[caseId].status;
    auto it = known.find(on);
    if (it == known.end())
        it = known.emplace(on, AssistanceRepository(m_op.db()).statusOn(caseId, on)).first;
    return it->second;
}

// Each case's sums are read once per date in an operation; the lines written since are
// applied to them (applyWritten), so the result is what BalanceRepository::load() would read.
std::vector<CaseBalances> LedgerPosting::balancesOn(const std::vector<Uuid>& caseIds, Date on)
{
    std::vector<CaseBalances> out;
    out.reserve(caseIds.size());
    for (const auto& id : caseIds) {
        CaseCache& cache = m_cache[id];
        auto totals = cache.totals.find(on);
        if (totals == cache.totals.end())
            totals = cache.totals.emplace(on, BalanceRepository(m_op.db()).totals(id, on)).first;
        auto ura = cache.ura.find(on);
        if (ura == cache.ura.end())
            ura = cache.ura.emplace(on, UraRepository(m_op.db()).uraOn(id, on)).first;
        CaseBalances b = totals->second.balances();
        b.caseNumber = facts(id).number;
        b.children = facts(id).children;
        b.assistance = statusOn(id, on);
        b.ura = std::max(ura->second, Money());
        out.push_back(std::move(b));
    }
    return out;
}

void LedgerPosting::applyWritten(const LedgerLine& l)
{
    if (const auto kept = m_states.find(l.caseId); kept != m_states.end()) {
        // As AllocationLineRepository::currentPaid / principalPaid read them.
        const Bucket& b = l.line.bucket;
        if (b.isCurrent())
            kept->second.state.currentPaid.push_back({{l.period, b}, l.line.amount});
        else if (b.kind == BucketKind::ArrearsPrincipal && l.line.installmentDue)
            kept->second.state.principalPaid.push_back(
                {b, *l.line.installmentDue, l.period, l.line.amount});
    }
    const auto it = m_cache.find(l.caseId);
    if (it == m_cache.end())
        return;
    const std::string_view disposition = dispositionCode(l.line.disposition);
    for (auto& [on, totals] : it->second.totals)
        totals.applyLine(
            l.line.bucket, l.period, l.line.installmentDue, disposition, l.line.amount);
    for (auto& [on, ura] : it->second.ura)
        ura -= l.line.uraReduction; // UraRepository::uraOn: grants less every line's reduction
}

AllocationResult LedgerPosting::allocateOn(const PostedCollection& c,
    std::map<std::string, Uuid>& ids, std::optional<std::vector<Uuid>> known)
{
    const auto caseIds = known ? *known : obligorCases(*c.obligorId);
    for (const auto& id : caseIds)
        ids[facts(id).number] = id;
    auto balances = balancesOn(caseIds, c.collectedOn);
    // DESIGN §5: distributed under the rule set in force on the collection date.
    const Collection collection {c.amount, c.collectedOn, c.source};
    const RuleSet& rules = ruleSetFor(c.collectedOn, catalog());
    AllocationResult result = allocate(collection, balances, rules);
    // Money paid ahead meets only the months the orders still bring (an order's end date): the
    // orders are read, and the money allocated again, only when some was paid ahead.
    const bool paidAhead = std::any_of(result.shares.begin(), result.shares.end(),
        [](const CaseShare& s) { return s.future.isPositive(); });
    if (!paidAhead)
        return result;
    OrderRepository orders(m_op.db());
    for (std::size_t k = 0; k < caseIds.size(); ++k)
        balances[k].futureMonths
            = monthsChargedAfter(orders.forCase(caseIds[k]), c.collectedOn.firstOfMonth());
    return allocate(collection, balances, rules);
}

std::vector<LedgerLine> LedgerPosting::writeLines(const PostedCollection& c, LineEntry entry,
    const std::vector<AllocationLine>& lines, const std::map<std::string, Uuid>& caseIds,
    const std::vector<Date>& periods)
{
    AllocationLineRepository repo(m_op.db());
    int seq = entry == LineEntry::Allocation ? 1 : repo.nextSeq(c.id);
    std::vector<LedgerLine> written;
    written.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const AllocationLine& line = lines[i];
        LedgerLine l;
        l.id = newId(m_op);
        l.collectionId = c.id;
        l.seq = seq++;
        l.entry = entry;
        l.caseId = caseIds.at(line.caseNumber);
        l.period = periods.empty() ? c.collectedOn.firstOfMonth() : periods.at(i);
        l.line = line;
        repo.insert(l, m_op.hlc(), device(m_op));
        applyWritten(l);
        written.push_back(std::move(l));
    }
    return written;
}

// Family lines become disbursements due on the business-day calendar (45 CFR 302.32(b));
// held lines join the undistributed queue with their reason. `alreadyPaid` (per case) is what
// the family already received for this collection before a redistribution. `appliedOn` is the
// day the lines were applied: the collection date, or the month paid ahead when it comes due.
void LedgerPosting::writePayouts(const PostedCollection& c, const std::vector<LedgerLine>& lines,
    const std::map<Uuid, Money>& alreadyPaid, Date appliedOn, const char* overpaidReason)
{
    const RuleSet& rules = ruleSetFor(appliedOn, catalog());
    std::map<std::pair<Uuid, Date>, Money> due;
    std::map<std::pair<Uuid, std::string>, Money> held;
    for (const auto& l : lines) {
        if (l.line.payee == Payee::Held)
            held[{l.caseId, heldReason(l.line)}] += l.line.amount;
        if (l.line.payee != Payee::Family)
            continue;
        const auto on = disbursementDueDate(
            l.line, {c.amount, appliedOn, c.source}, statusOn(l.caseId, appliedOn), rules);
        if (on)
            due[{l.caseId, *on}] += l.line.amount;
    }
    DisbursementRepository repo(m_op.db());
    std::map<Uuid, Money> paid = alreadyPaid;
    for (auto& [key, amount] : due) {
        Money& p = paid[key.first];
        const Money netted = std::min(p, amount);
        p -= netted;
        if ((amount - netted).isPositive())
            repo.insert({newId(m_op), c.id, key.first, amount - netted, key.second, "scheduled"},
                m_op.hlc(), device(m_op));
    }
    for (const auto& [caseId, over] : paid)
        if (over.isPositive()) // the family got more than the reapplied lines give it
            repo.insertReceivable({newId(m_op), c.id, caseId, over, overpaidReason, today(m_op)},
                m_op.hlc(), device(m_op));
    for (const auto& [key, amount] : held)
        repo.insertHeld({newId(m_op), c.id, key.first, amount, key.second, appliedOn}, m_op.hlc(),
            device(m_op));
}

PostResult LedgerPosting::post(const CollectionInput& in, const std::optional<Uuid>& batchId)
{
    PostResult result;
    const Uuid obligor = resolveObligor(in.obligor, "obligor");
    CollectionRepository collections(m_op.db());
    if (auto existing = collections.findByReceipt(in.receiptId)) {
        if (!sameFacts(*existing, in, obligor))
            throw Failure(ErrorCode::Conflict,
                "receipt " + in.receiptId + " was already posted with different details",
                "receipt_id");
        result.collection = *existing;
        result.alreadyPosted = true;
        return result;
    }
    PostedCollection& c = result.collection;
    c.id = newId(m_op);
    c.receiptId = in.receiptId;
    c.obligorId = obligor;
    c.source = in.source;
    c.amount = in.amount;
    c.collectedOn = in.date;
    c.postedBy = m_op.session().userName;
    c.postedAt = formatUtc(m_op.now());
    c.batchId = batchId;
    c.ruleSet = ruleSetFor(in.date, catalog()).name;
    collections.insert(c, m_op.hlc(), device(m_op));
    std::map<std::string, Uuid> ids;
    const auto& caseIds = obligorCases(obligor);
    if (caseIds.empty()) {
        // distribution.md §4: payee unknown -- visible in the queue with its age and reason.
        c.status = CollectionStatus::Undistributed;
        DisbursementRepository(m_op.db()).insertHeld(
            {newId(m_op), c.id, std::nullopt, c.amount, "no open case for the payer",
                c.collectedOn},
            m_op.hlc(), device(m_op));
        result.held = c.amount;
    } else {
        accrueBehind(caseIds, c.collectedOn.firstOfMonth());
        const AllocationResult allocation = allocateOn(c, ids, caseIds);
        result.lines = writeLines(c, LineEntry::Allocation, allocation.lines, ids);
        writePayouts(c, result.lines, {}, c.collectedOn);
        applyLatePrepayment(c, result.lines);
    }
    for (const auto& l : result.lines)
        (l.line.payee == Payee::Family        ? result.toFamily
                : l.line.payee == Payee::Held ? result.held
                                              : result.retained)
            += l.line.amount;
    m_op.recordChange("collection", c.id, {}, changeOf(c, result.lines));
    return result;
}

// A payment posted after later months were accrued that paid ahead: the months after its own
// are paid from it now, as if it had been posted on time (45 CFR 302.51(b)).
void LedgerPosting::applyLatePrepayment(
    const PostedCollection& c, const std::vector<LedgerLine>& lines)
{
    const Date next = c.collectedOn.firstOfMonth().addMonths(1);
    std::vector<Uuid> cases; // in the lines' order (by case number), not by random id
    for (const auto& l : lines)
        if (l.line.disposition == Disposition::Prepayment
            && std::find(cases.begin(), cases.end(), l.caseId) == cases.end())
            cases.push_back(l.caseId);
    for (const auto& id : cases)
        if (const auto latest = ChargeRepository(m_op.db()).latestAccruedMonth(id);
            latest && *latest >= next)
            accrueCase(id, *latest, next);
}

// Undoes the collection's lines in force (entry Reversal or Backout). Pending disbursements are
// cancelled; what was already due (so sent, 45 CFR 302.32(b)) is returned in `paid` per case
// for a redistribution, or becomes an overpayment receivable for a reversal.
Money LedgerPosting::backOut(const PostedCollection& c, LineEntry entry, const std::string& reason,
    std::map<Uuid, Money>* paid, ReversalResult* out)
{
    AllocationLineRepository linesRepo(m_op.db());
    const auto active = activeLines(linesRepo.forCollection(c.id));
    std::vector<AllocationLine> undo;
    std::vector<Date> periods; // paid-ahead money applied later counts in its own month
    std::map<std::string, Uuid> ids;
    for (const auto& l : active) {
        undo.push_back(l.line);
        periods.push_back(l.period);
        ids[l.line.caseNumber] = l.caseId;
    }
    const auto written = writeLines(c, entry, reversalOf(undo, reason), ids, periods);
    DisbursementRepository repo(m_op.db());
    // What the family already owes back of this collection (money paid ahead and sent, then
    // retained for an aided month) is cancelled: below, everything the family received of it
    // is counted afresh, so that no dollar is owed back twice.
    for (const auto& [number, caseId] : ids)
        if (const Money owed = repo.netReceivable(c.id, caseId); owed.isPositive())
            repo.insertReceivable({newId(m_op), c.id, caseId, -owed,
                                      "cancelled, counted again from what the family received of "
                                      "the collection: "
                                          + reason,
                                      today(m_op)},
                m_op.hlc(), device(m_op));
    Money total;
    for (const auto& d : repo.netForCollection(c.id)) {
        if (!d.amount.isPositive())
            continue;
        if (d.dueOn > today(m_op)) {
            repo.insert({newId(m_op), c.id, d.caseId, -d.amount, d.dueOn, "cancelled"}, m_op.hlc(),
                device(m_op));
            if (out)
                out->cancelledDisbursements += d.amount;
        } else if (paid) {
            (*paid)[d.caseId] += d.amount;
        } else {
            // distribution.md §6: money already sent to the family becomes a receivable.
            repo.insertReceivable(
                {newId(m_op), c.id, d.caseId, d.amount,
                    "reversed after payment to the family: " + reason, today(m_op)},
                m_op.hlc(), device(m_op));
            if (out)
                out->overpaymentReceivable += d.amount;
        }
    }
    for (const auto& h : repo.netHeldForCollection(c.id)) {
        repo.insertHeld({newId(m_op), c.id, h.caseId, -h.amount, h.reason, today(m_op)}, m_op.hlc(),
            device(m_op));
        if (out)
            out->releasedHeld += h.amount;
    }
    if (out)
        out->lines = written;
    for (const auto& l : written)
        total += l.line.amount;
    return total;
}

ReversalResult LedgerPosting::reverse(const PostedCollection& c, const std::string& reason)
{
    if (c.status == CollectionStatus::Reversed)
        throw Failure(ErrorCode::Conflict, "the collection is already reversed", "collection");
    ReversalResult result;
    backOut(c, LineEntry::Reversal, reason, nullptr, &result);
    CollectionRepository(m_op.db()).insertEvent(c.id, newId(m_op), "reversed", reason,
        formatUtc(m_op.now()), m_op.session().userName, m_op.hlc(), device(m_op));
    result.collection = c;
    result.collection.status = CollectionStatus::Reversed;
    m_op.recordChange("collection_event", c.id, {}, {{"kind", "reversed"}, {"reason", reason}});
    return result;
}

void LedgerPosting::reapply(
    const PostedCollection& c, const std::string& reason, const std::map<Uuid, Money>& paid)
{
    std::map<std::string, Uuid> ids;
    AllocationResult allocation = allocateOn(c, ids);
    for (auto& line : allocation.lines)
        line.rule = "Redistributed (" + reason + "): " + line.rule;
    const auto written = writeLines(c, LineEntry::Reapply, allocation.lines, ids);
    writePayouts(c, written, paid, c.collectedOn);
    CollectionRepository(m_op.db()).insertEvent(c.id, newId(m_op), "reapplied", reason,
        formatUtc(m_op.now()), m_op.session().userName, m_op.hlc(), device(m_op));
    m_op.recordChange("collection", c.id, {}, changeOf(c, written));
}

std::vector<PostedCollection> LedgerPosting::redistribute(
    const Uuid& obligorId, Date from, const std::string& reason)
{
    const auto caseIds = obligorCases(obligorId);
    std::optional<Date> through;
    for (const auto& id : caseIds)
        if (auto m = ChargeRepository(m_op.db()).latestAccruedMonth(id))
            through = through ? std::max(*through, *m) : *m;
    // 1. Charges in line with the orders as they now read (a backdated modification).
    if (through)
        for (const auto& id : caseIds)
            accrueCase(id, *through);
    std::vector<PostedCollection> redo;
    for (auto& c : CollectionRepository(m_op.db()).forObligorSince(obligorId, from))
        if (c.status == CollectionStatus::Posted)
            redo.push_back(c);
    // 2. Back out, newest first; 3. reapply, oldest first, each under its date's rules, after
    // correcting the month-end conversions of the months before it.
    std::map<Uuid, std::map<Uuid, Money>> paid;
    for (auto it = redo.rbegin(); it != redo.rend(); ++it) {
        backOut(*it, LineEntry::Backout, reason, &paid[it->id], nullptr);
        CollectionRepository(m_op.db()).insertEvent(it->id, newId(m_op), "backed_out", reason,
            formatUtc(m_op.now()), m_op.session().userName, m_op.hlc(), device(m_op));
    }
    for (const auto& c : redo) {
        for (const auto& id : caseIds)
            if (through && c.collectedOn.firstOfMonth() <= *through)
                accrueCase(id, c.collectedOn.firstOfMonth());
        reapply(c, reason, paid[c.id]);
    }
    // 4. Money the reapplied collections paid ahead meets the months after them again.
    if (through && !redo.empty())
        for (const auto& id : caseIds)
            accrueCase(id, *through, redo.front().collectedOn.firstOfMonth().addMonths(1));
    return redo;
}

std::size_t LedgerPosting::accrueCase(const Uuid& caseId, Date month, std::optional<Date> applyFrom)
{
    if (!AllocationLineRepository(m_op.db()).hasPaidAhead(caseId))
        return writeCharges(caseId, month);
    // 45 CFR 302.51(b): money paid ahead meets each month's support as it comes due, before
    // that month's end converts what is unpaid into arrears; so such a case accrues a month at
    // a time. Months before the latest accrued one were converted already; money is applied to
    // them only when asked (`applyFrom`: a redistribution, a payment posted late), and the next
    // month's plan then takes back what their conversion moved to arrears.
    const Date month0 = month.firstOfMonth();
    const Date open = ChargeRepository(m_op.db()).latestAccruedMonth(caseId).value_or(month0);
    const Date first = std::min(open, applyFrom.value_or(open));
    std::size_t written = 0;
    for (Date m = std::min(first, month0); m <= month0; m = m.addMonths(1)) {
        written += writeCharges(caseId, m);
        if (m >= first)
            written += applyPaidAhead(caseId, m);
    }
    return written;
}

// Each prepayment, oldest first, pays the month's unpaid current support, distributed as
// current support of that month (so pass-through and retention follow the month's assistance
// status). Money held while the family was aided is released; money the family already
// received is not sent again (and if the month's status now retains part of it, that part is an
// overpayment receivable, as in a redistribution).
std::size_t LedgerPosting::applyPaidAhead(const Uuid& caseId, Date month)
{
    std::size_t written = 0;
    for (const auto& ahead : AllocationLineRepository(m_op.db()).paidAhead(caseId)) {
        CaseBalances due = balancesOn({caseId}, month).front();
        const Money amount = std::min(due.currentDue.total(), ahead.amount);
        if (!amount.isPositive())
            break;
        const auto c = CollectionRepository(m_op.db()).find(ahead.collectionId);
        if (!c)
            throw Failure(
                ErrorCode::Internal, "a prepayment's collection is missing", "collection");
        // Only the month's current support: the prepayment was made when nothing else was owed.
        due.arrearsPrincipal = {};
        due.arrearsInterest = {};
        due.installments.clear();
        due.futureCredit = due.unapplied = Money();
        const std::string when = "Paid ahead on " + c->collectedOn.toIso() + ", applied to the "
            + monthText(month) + " support when it came due (45 CFR 302.51(b))";
        AllocationLine undo;
        undo.caseNumber = due.caseNumber;
        undo.bucket = Bucket::future();
        undo.payee = ahead.payee;
        undo.amount = -amount;
        undo.disposition = Disposition::Prepayment;
        undo.rule = when;
        std::vector<AllocationLine> lines {undo};
        for (auto line :
            allocate({amount, month, c->source}, std::span(&due, 1), ruleSetFor(month, catalog()))
                .lines) {
            line.rule = when + ": " + line.rule;
            lines.push_back(std::move(line));
        }
        const std::map<std::string, Uuid> ids {{due.caseNumber, caseId}};
        auto out = writeLines(*c, LineEntry::Credit, lines, ids, std::vector(lines.size(), month));
        // Held money: the undo line releases it (a negative held entry). Money the family
        // already received: nothing is sent again for it.
        std::map<Uuid, Money> sent;
        if (ahead.payee == Payee::Family)
            sent[caseId] = amount;
        const std::vector<LedgerLine> payouts(
            out.begin() + (ahead.payee == Payee::Family ? 1 : 0), out.end());
        writePayouts(*c, payouts, sent, month,
            "support paid ahead and already sent is now retained for the aid of its month");
        m_op.recordChange("collection", c->id, {}, changeOf(*c, out));
        written += out.size();
    }
    return written;
}

// distribution.md "Timing": a collection meets the support of its own month and the arrears of
// the months before it. Those exist only once the month is accrued (its charges, and the
// month-end conversion of the month before, written with its first day); a payment posted
// before the month's accrual ran would see neither, and hold the money as "nothing owed".
// So a case behind the collection's month is brought to it first, as the next accrual would;
// a case never accrued (an order entered since the last accrual run) is accrued from its
// orders' start, as its first accrual would have.
void LedgerPosting::accrueBehind(const std::vector<Uuid>& caseIds, Date month)
{
    for (const auto& id : caseIds) {
        auto known = m_accruedThrough.find(id);
        if (known == m_accruedThrough.end()) {
            // How far the case is accrued: its latest month of current support, or further its
            // accrual mark (the month writeCharges last planned through), which alone says it
            // for an order ended or with arrears payments only.
            ChargeRepository charges(m_op.db());
            auto through = charges.latestAccruedMonth(id);
            if (const auto mark = charges.settledBefore(id); mark && (!through || *through < *mark))
                through = mark;
            known = m_accruedThrough.emplace(id, through).first;
        }
        if (!known->second || *known->second < month)
            accrueCase(id, month); // writeCharges moves `known` on
    }
}

std::size_t LedgerPosting::writeCharges(const Uuid& caseId, Date month)
{
    ChargeRepository charges(m_op.db());
    AccrualState read;
    KeptState* kept = nullptr;
    if (m_keepStates)
        if (const auto it = m_states.find(caseId); it != m_states.end())
            kept = &it->second;
    const Date through = month.firstOfMonth();
    if (!kept) {
        AllocationLineRepository lines(m_op.db());
        // The months before the mark are settled: the plan starts at the mark, and the
        // installments' balances stand for the principal of every month (migrationv9.cpp). A
        // kept state is a whole one, updated as entries are written.
        if (!m_keepStates)
            if (const auto settled = charges.settledBefore(caseId))
                read.from = std::min(*settled, through);
        if (read.from) {
            read.charges = charges.sums(caseId, read.from);
            read.currentPaid = lines.currentPaid(caseId, read.from);
            read.principalPaid = lines.principalPaid(caseId, read.from);
            read.installments = charges.installmentBalances(caseId);
        } else {
            read.charges = charges.sums(caseId);
            read.currentPaid = lines.currentPaid(caseId);
            read.principalPaid = lines.principalPaid(caseId);
        }
        if (m_keepStates) {
            kept = &m_states[caseId];
            kept->state = std::move(read);
            kept->sums = ChargeSums(kept->state.charges);
        }
    }
    AccrualState& state = kept ? kept->state : read;
    state.ura.reset();
    if (kept) // a whole state: the mark still says which months' interest is settled
        state.settled = charges.settledBefore(caseId);
    const auto assistance = AssistanceRepository(m_op.db()).forCase(caseId);
    // Assigned arrears (only a case ever aided has them) are brought within URA only by a plan
    // that reaches the latest accrued month: a plan through an earlier month (a redistribution
    // replaying history) would move later installments at an earlier date.
    const bool everAided = std::any_of(assistance.begin(), assistance.end(),
        [](const AssistancePeriod& p) { return p.status == AssistanceStatus::Current; });
    if (everAided)
        if (const auto latest = charges.latestAccruedMonth(caseId); !latest || month >= *latest)
            state.ura = UraRepository(m_op.db()).uraOn(caseId, month);
    const auto planned = planAccrual(
        caseId, OrderRepository(m_op.db()).forCase(caseId), assistance, state, month, catalog());
    const auto cached = m_cache.find(caseId);
    const std::string at = formatUtc(m_op.now());
    for (auto c : planned) {
        c.id = newId(m_op);
        charges.insert(c, at, m_op.hlc(), device(m_op));
        if (cached != m_cache.end()) // the balances read so far count it as load() would
            for (auto& [on, totals] : cached->second.totals)
                totals.applyCharge(c.bucket, c.period, c.effectiveOn, c.installmentDue, c.amount);
        if (kept) // as ChargeRepository::sums() reads it
            kept->sums.add(kept->state.charges, c);
        m_op.recordChange("charge", c.id, {},
            {{"case_id", caseId.toString()}, {"period", c.period.toIso()}, {"kind", codeOf(c.kind)},
                {"bucket", c.bucket.code()}, {"amount_cents", c.amount.cents()}});
    }
    if (const auto known = m_accruedThrough.find(caseId);
        known != m_accruedThrough.end() && (!known->second || *known->second < through))
        known->second = through;
    // Every month before the one planned through is now accrued, charged its interest and
    // converted. Last, after the entries: writing one for an earlier month drops the mark.
    charges.markSettled(caseId, through);
    return planned.size();
}

} // namespace caseledger::core
