#include "core/finance/allocation.h"

#include "core/base/error.h"
#include "core/finance/allocationwording.h"
#include "core/finance/caseallocator.h"

#include <algorithm>
#include <numeric>

namespace caseledger::core {

namespace {

void validateRequest(const Collection& c, std::span<const CaseBalances> cases, const RuleSet& rules)
{
    validateRuleSet(rules);
    if (!c.amount.isPositive())
        failValidation("collection.amount", "collection.amount must be more than zero");
    if (cases.empty())
        failValidation("cases", "cases must list at least one of the payer's cases");
    for (std::size_t i = 0; i < cases.size(); ++i)
        validateCaseBalances(cases[i], "cases[" + std::to_string(i) + "]");
}

// Case indices in case-number order: proration ties go to the lower case number
// (distribution.md §1), and the lines come out in that order.
std::vector<std::size_t> caseOrder(std::span<const CaseBalances> cases)
{
    std::vector<std::size_t> order(cases.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return cases[a].caseNumber < cases[b].caseNumber; });
    for (std::size_t k = 1; k < order.size(); ++k)
        if (cases[order[k]].caseNumber == cases[order[k - 1]].caseNumber)
            failValidation("cases[" + std::to_string(order[k]) + "].case",
                "cases[" + std::to_string(order[k]) + "].case repeats another case's number");
    return order;
}

// A case's weight for money paid ahead: its monthly support, or what is due this month.
Money monthlyWeight(const CaseBalances& b)
{
    return b.monthlySupport.isPositive() ? b.monthlySupport : b.currentDue.total();
}

// The sum of the weights, in cents (Money's addition refuses an overflow).
std::int64_t sumOf(const std::vector<std::int64_t>& weights)
{
    return std::accumulate(
        weights.begin(), weights.end(), std::int64_t {0}, [](std::int64_t a, std::int64_t b) {
            return (Money::fromCents(a) + Money::fromCents(b)).cents();
        });
}

// One step of distribution.md §1: prorate what is left over the weights, at most their sum
// (then every case gets exactly its weight). Returns the parts in `order`; nothing when the
// weights are all zero.
std::vector<Money> prorate(Money& left, const std::vector<std::int64_t>& weights)
{
    const std::int64_t sum = sumOf(weights);
    if (sum == 0 || !left.isPositive())
        return std::vector<Money>(weights.size());
    const Money take = std::min(left, Money::fromCents(sum));
    left -= take;
    return Money::splitProRata(take, weights);
}

// 45 CFR 302.51(b): the rest pays future months, one after another, each month's support
// across the cases whose orders still run in it (distribution.md §2.3): the whole months at
// once, then the last one in proportion. Support already paid ahead (`credit`) covers a case's
// first months, so a new payment starts where it stops. A case whose order ends
// (CaseBalances::futureMonths) drops out after its last month; money left when every order
// has ended stays in `left`.
void payFutureMonths(Money& left, const std::vector<std::int64_t>& monthly,
    const std::vector<std::optional<int>>& months, std::vector<std::int64_t> credit,
    std::vector<CaseShare>& shares)
{
    const std::size_t n = monthly.size();
    std::int64_t paid = 0; // months handled, from the month after the collection's
    for (;;) {
        // The months ahead in which every case's need is the same: until a case's order ends,
        // its credit runs out, or its credit stops covering whole months.
        std::vector<std::int64_t> need(n);
        std::optional<std::int64_t> span;
        const auto within
            = [&span](std::int64_t count) { span = std::min(span.value_or(count), count); };
        bool running = false;
        for (std::size_t k = 0; k < n; ++k) {
            if (monthly[k] <= 0 || (months[k] && *months[k] <= paid))
                continue;
            running = true;
            if (months[k])
                within(*months[k] - paid);
            if (credit[k] >= monthly[k]) {
                within(credit[k] / monthly[k]); // covered: nothing more owed in these months
            } else if (credit[k] > 0) {
                need[k] = monthly[k] - credit[k]; // the rest of a month paid in part
                within(1);
            } else {
                need[k] = monthly[k];
            }
        }
        if (!running)
            return;
        const std::int64_t perMonth = sumOf(need);
        // `span` is empty only when no case has an end or credit: months go on while money does.
        std::int64_t whole = span.value_or(0);
        if (perMonth > 0) {
            whole = left.cents() / perMonth;
            if (span)
                whole = std::min(whole, *span);
        }
        for (std::size_t k = 0; k < n; ++k) {
            shares[k].future += Money::fromCents(need[k] * whole);
            if (monthly[k] > 0 && credit[k] > 0) // the credit these months used up
                credit[k] -= std::min(credit[k], (monthly[k] - need[k]) * whole);
        }
        left -= Money::fromCents(perMonth * whole);
        paid += whole;
        if (span && whole == *span)
            continue; // a case's order ended or its credit ran out: the next months differ
        const auto lastMonth = prorate(left, need);
        for (std::size_t k = 0; k < n; ++k)
            shares[k].future += lastMonth[k];
        return;
    }
}

// The split across cases, in case-number order.
std::vector<CaseShare> shareAcrossCases(
    const Collection& c, std::span<const CaseBalances> cases, const std::vector<std::size_t>& order)
{
    std::vector<CaseShare> shares(order.size());
    std::vector<std::int64_t> current, arrears, monthly, credit;
    std::vector<std::optional<int>> months;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const CaseBalances& b = cases[order[k]];
        shares[k].caseNumber = b.caseNumber;
        current.push_back(b.currentDue.total().cents());
        arrears.push_back(b.totalArrears().cents());
        monthly.push_back(monthlyWeight(b).cents());
        months.push_back(b.futureMonths);
        credit.push_back(b.futureCredit.cents());
    }
    Money left = c.amount;
    const bool offset = c.source == CollectionSource::FederalTaxOffset;
    if (!offset) { // 42 U.S.C. §664: a tax refund offset never pays current support
        const auto parts = prorate(left, current);
        for (std::size_t k = 0; k < order.size(); ++k)
            shares[k].current = parts[k];
    }
    const auto arrearsParts = prorate(left, arrears);
    for (std::size_t k = 0; k < order.size(); ++k)
        shares[k].arrears = arrearsParts[k];
    if (!offset)
        payFutureMonths(left, monthly, months, std::move(credit), shares);
    shares.front().unapplied = left; // nothing left to pay: held on the lowest case number
    return shares;
}

Money stepTotal(const std::vector<CaseShare>& shares, Money CaseShare::*step)
{
    Money total;
    for (const auto& s : shares)
        total += s.*step;
    return total;
}

} // namespace

Money AllocationResult::total() const
{
    Money sum;
    for (const auto& l : lines)
        sum += l.amount;
    return sum;
}

AllocationResult allocate(
    const Collection& collection, std::span<const CaseBalances> cases, const RuleSet& rules)
{
    validateRequest(collection, cases, rules);
    const auto order = caseOrder(cases);
    AllocationResult result;
    result.collection = collection;
    result.ruleSetName = rules.name;
    result.shares = shareAcrossCases(collection, cases, order);

    const AllocationWording wording(collection, rules, cases.size());
    const Money currentTotal = stepTotal(result.shares, &CaseShare::current);
    const Money arrearsTotal = stepTotal(result.shares, &CaseShare::arrears);
    const Money futureTotal = stepTotal(result.shares, &CaseShare::future);
    // Without an end, future months take every cent; so money held while some case has
    // monthly support is what comes after the orders end.
    const bool monthlyDue = std::any_of(cases.begin(), cases.end(),
        [](const CaseBalances& b) { return monthlyWeight(b).isPositive(); });
    const UnappliedReason why = collection.source == CollectionSource::FederalTaxOffset
        ? UnappliedReason::OffsetAbovePastDue
        : monthlyDue ? UnappliedReason::OrdersEnd
                     : UnappliedReason::NothingOwed;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const CaseBalances& b = cases[order[k]];
        const CaseShare& share = result.shares[k];
        CaseAllocator allocator(collection, b, rules, wording);
        allocator.payCurrent(share.current,
            wording.prorationClause(AllocationStep::Current, currentTotal, share.current));
        allocator.payArrears(share.arrears,
            wording.prorationClause(AllocationStep::Arrears, arrearsTotal, share.arrears));
        allocator.payFuture(share.future,
            wording.prorationClause(AllocationStep::Future, futureTotal, share.future));
        allocator.holdUnapplied(share.unapplied, why,
            wording.prorationClause(AllocationStep::Unapplied, share.unapplied, share.unapplied));
        allocator.chargeAnnualFee();
        auto& lines = allocator.lines();
        std::move(lines.begin(), lines.end(), std::back_inserter(result.lines));
        result.ura.push_back({b.caseNumber, b.ura, allocator.ura()});
    }
    if (result.total() != collection.amount) // the first invariant of distribution.md
        throw Failure(ErrorCode::Internal, "an allocation does not add up to its collection");
    return result;
}

} // namespace caseledger::core

namespace caseledger::core {

namespace {

CaseBalances& caseFor(std::span<CaseBalances> cases, const std::string& caseNumber)
{
    for (auto& b : cases)
        if (b.caseNumber == caseNumber)
            return b;
    throw Failure(ErrorCode::Internal, "an allocation line names a case that is not given");
}

void applyToInstallment(CaseBalances& b, const AllocationLine& line)
{
    const bool detailed = std::any_of(b.installments.begin(), b.installments.end(),
        [&](const ArrearsInstallment& i) { return i.category == line.bucket.category; });
    if (!detailed)
        return;
    for (auto& inst : b.installments)
        if (inst.category == line.bucket.category && line.installmentDue == inst.due) {
            inst.principal -= line.amount;
            return;
        }
    throw Failure(ErrorCode::Internal, "an allocation line does not name a known installment");
}

void applyLine(CaseBalances& b, const AllocationLine& line)
{
    switch (line.bucket.kind) {
    case BucketKind::CurrentChild:
        b.currentDue.child -= line.amount;
        break;
    case BucketKind::CurrentMedical:
        b.currentDue.medical -= line.amount;
        break;
    case BucketKind::CurrentSpousal:
        b.currentDue.spousal -= line.amount;
        break;
    case BucketKind::ArrearsPrincipal:
        b.principal(line.bucket.category) -= line.amount;
        applyToInstallment(b, line);
        break;
    case BucketKind::ArrearsInterest:
        b.interest(line.bucket.category) -= line.amount;
        break;
    case BucketKind::Future:
        (line.disposition == Disposition::Unapplied ? b.unapplied : b.futureCredit) += line.amount;
        break;
    }
    b.ura -= line.uraReduction;
    if (line.disposition == Disposition::CurrentPassThrough)
        b.passThroughPaidThisMonth += line.amount;
    if (line.disposition == Disposition::AnnualFee)
        b.feeChargedThisFiscalYear += line.amount;
    if (line.payee == Payee::Family || line.disposition == Disposition::AnnualFee)
        b.familyCollectedThisFiscalYear += line.amount;
}

} // namespace

void applyAllocation(std::span<CaseBalances> cases, std::span<const AllocationLine> lines)
{
    for (const auto& line : lines)
        applyLine(caseFor(cases, line.caseNumber), line);
    // Checked once all lines are in: a reversal may pass through a negative moment.
    for (std::size_t i = 0; i < cases.size(); ++i) {
        try {
            validateCaseBalances(cases[i], "cases[" + std::to_string(i) + "]");
        } catch (const Failure& f) {
            throw Failure(ErrorCode::Internal,
                "applying the allocation would leave a balance below zero: " + f.error().message,
                f.error().field);
        }
    }
}

std::vector<AllocationLine> reversalOf(
    std::span<const AllocationLine> lines, const std::string& reason)
{
    std::vector<AllocationLine> reversed;
    reversed.reserve(lines.size());
    for (const auto& line : lines) {
        AllocationLine r = line;
        r.amount = -line.amount;
        r.uraReduction = -line.uraReduction;
        r.countyPart = -line.countyPart;
        r.rule = "Reversed (" + reason + "): " + line.rule;
        reversed.push_back(std::move(r));
    }
    return reversed;
}

} // namespace caseledger::core
