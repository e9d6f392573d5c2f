#include "core/finance/caseallocator.h"

#include "core/base/error.h"

#include <algorithm>

namespace caseledger::core {

namespace {

constexpr std::array<ArrearsCategory, 2> kAssigned = {ArrearsCategory::PA, ArrearsCategory::TA};
// distribution.md §2: "family arrears (NA, UDA, UPA, CA)".
constexpr std::array<ArrearsCategory, 4> kFamily
    = {ArrearsCategory::NA, ArrearsCategory::UDA, ArrearsCategory::UPA, ArrearsCategory::CA};

ArrearsPath pathFor(AssistanceStatus status, const Collection& c, const RuleSet& rules)
{
    switch (status) {
    case AssistanceStatus::Current:
        return ArrearsPath::AssignedFirst; // 42 U.S.C. §657(a)(1): assigned arrears up to URA
    case AssistanceStatus::Former: {
        // 42 U.S.C. §657(a)(2)(B): family first; California extends it to federal tax
        // refund offsets (AB 135 of 2021) -- both are rule-set data.
        const bool offset = c.source == CollectionSource::FederalTaxOffset;
        const bool familyFirst
            = rules.formerAssistanceFamilyFirst && (!offset || rules.federalTaxOffsetFamilyFirst);
        return familyFirst ? ArrearsPath::FamilyFirst : ArrearsPath::AssignedFirst;
    }
    default:
        return ArrearsPath::NeverAssistance; // 42 U.S.C. §657(a)(3)
    }
}

} // namespace

CaseAllocator::CaseAllocator(const Collection& collection, const CaseBalances& balances,
    const RuleSet& rules, const AllocationWording& wording)
    : m_collection(collection)
    , m_case(balances)
    , m_rules(rules)
    , m_wording(wording)
    , m_fmapBasisPoints(rules.fmapBasisPointsOn(collection.date))
    , m_ura(balances.ura)
    , m_principalLeft(balances.arrearsPrincipal)
    , m_interestLeft(balances.arrearsInterest)
    , m_installments(balances.installments)
{
    m_ctx.status = balances.distributionStatus();
    m_ctx.path = pathFor(m_ctx.status, collection, rules);
    m_ctx.children = balances.children;
    // Family Code §17504: $100 for one child, $200 for two or more, per month.
    m_ctx.passThroughCap = balances.children >= 2 ? rules.passThroughTwoOrMoreChildren
        : balances.children == 1                  ? rules.passThroughOneChild
                                                  : Money();
    m_passThroughLeft = std::max(Money(), m_ctx.passThroughCap - balances.passThroughPaidThisMonth);
    std::stable_sort(m_installments.begin(), m_installments.end(),
        [](const ArrearsInstallment& a, const ArrearsInstallment& b) { return a.due < b.due; });
}

void CaseAllocator::payCurrent(Money amount, const std::string& proration)
{
    m_proration = proration;
    // 45 CFR 302.51(a)(1): this month's support first; child, then medical, then spousal.
    const CurrentDue& due = m_case.currentDue;
    for (const auto& [bucket, owed] : {std::pair {Bucket::currentChild(), due.child},
             std::pair {Bucket::currentMedical(), due.medical},
             std::pair {Bucket::currentSpousal(), due.spousal}}) {
        const Money take = std::min(amount, owed);
        if (take.isPositive())
            distribute({bucket, take, std::nullopt});
        amount -= take;
    }
    if (!amount.isZero())
        throw Failure(ErrorCode::Internal, "a case's current share exceeds its current support");
}

void CaseAllocator::payArrears(Money amount, const std::string& proration)
{
    m_proration = proration;
    Money left = amount;
    if (m_ctx.path == ArrearsPath::AssignedFirst) {
        // Assigned arrears only up to URA first; what is above URA waits for the family's.
        for (const auto c : kAssigned)
            left -= payCategory(c, left, true);
        for (const auto c : kFamily)
            left -= payCategory(c, left, false);
        for (const auto c : kAssigned)
            left -= payCategory(c, left, false);
    } else {
        for (const auto c : kFamily)
            left -= payCategory(c, left, false);
        for (const auto c : kAssigned)
            left -= payCategory(c, left, false);
    }
    if (!left.isZero())
        throw Failure(ErrorCode::Internal, "a case's arrears share exceeds its arrears");
}

void CaseAllocator::payFuture(Money amount, const std::string& proration)
{
    m_proration = proration;
    if (amount.isPositive())
        distribute({Bucket::future(), amount, std::nullopt});
}

void CaseAllocator::holdUnapplied(Money amount, UnappliedReason why, const std::string& proration)
{
    if (!amount.isPositive())
        return;
    m_proration = proration;
    m_unappliedWhy = why;
    addLine({Bucket::future(), amount, std::nullopt}, Payee::Held, amount, Disposition::Unapplied,
        Money(), m_ura);
}

// CCP §695.221: inside a category, principal (oldest installment first) then interest from
// 2009-01-01; interest first before.
Money CaseAllocator::payCategory(ArrearsCategory category, Money available, bool capByUra)
{
    Money paid;
    if (m_rules.crediting == ArrearsCrediting::PrincipalFirst) {
        paid += payPrincipal(category, available, capByUra);
        paid += payInterest(category, available - paid, capByUra);
    } else {
        paid += payInterest(category, available, capByUra);
        paid += payPrincipal(category, available - paid, capByUra);
    }
    return paid;
}

Money CaseAllocator::limitFor(Money available, bool capByUra) const
{
    return capByUra ? std::min(available, m_ura) : available;
}

Money CaseAllocator::payPrincipal(ArrearsCategory category, Money available, bool capByUra)
{
    Money& left = m_principalLeft[indexOf(category)];
    Money paid;
    bool detailed = false;
    for (auto& inst : m_installments) {
        if (inst.category != category)
            continue;
        detailed = true;
        const Money take = std::min(limitFor(available - paid, capByUra), inst.principal);
        if (!take.isPositive())
            continue;
        inst.principal -= take;
        left -= take;
        paid += take;
        distribute({Bucket::principal(category), take, inst.due});
    }
    if (!detailed) {
        const Money take = std::min(limitFor(available, capByUra), left);
        if (take.isPositive()) {
            left -= take;
            paid = take;
            distribute({Bucket::principal(category), take, std::nullopt});
        }
    }
    return paid;
}

Money CaseAllocator::payInterest(ArrearsCategory category, Money available, bool capByUra)
{
    Money& left = m_interestLeft[indexOf(category)];
    const Money take = std::min(limitFor(available, capByUra), left);
    if (!take.isPositive())
        return Money();
    left -= take;
    distribute({Bucket::interest(category), take, std::nullopt});
    return take;
}

void CaseAllocator::distribute(const Piece& piece)
{
    const bool aided = m_ctx.status == AssistanceStatus::Current;
    if (piece.bucket.kind == BucketKind::Future) {
        // 45 CFR 302.51(b): paid ahead is held while the family is aided.
        addLine(piece, aided ? Payee::Held : Payee::Family, piece.amount, Disposition::Prepayment,
            Money(), m_ura);
    } else if (piece.bucket.isCurrent() && aided) {
        // Family Code §17504: the first dollars of the month's current support pass through.
        const Money pass = std::min(piece.amount, m_passThroughLeft);
        if (pass.isPositive()) {
            m_passThroughLeft -= pass;
            addLine(piece, Payee::Family, pass, Disposition::CurrentPassThrough, Money(), m_ura);
        }
        retainOrAbove({piece.bucket, piece.amount - pass, piece.installmentDue});
    } else if (piece.bucket.isAssignedArrears()) {
        if (!aided && m_rules.formerAssistanceArrearsPassThrough)
            passThroughFormer(piece);
        else
            retainOrAbove(piece);
    } else {
        addLine(piece, Payee::Family, piece.amount, Disposition::Family, Money(), m_ura);
    }
}

// 42 U.S.C. §657(a): assigned collections are retained, split federal/state by the FMAP,
// never more in total than URA; the rest goes to the family.
void CaseAllocator::retainOrAbove(const Piece& piece)
{
    if (!piece.amount.isPositive())
        return;
    const Money keep = std::min(piece.amount, m_ura);
    if (keep.isPositive()) {
        const Money uraBefore = m_ura;
        m_ura -= keep;
        // Largest remainder, ties to the federal share: the parts always sum to `keep`.
        const std::array<std::int64_t, 2> weights = {m_fmapBasisPoints, 10000 - m_fmapBasisPoints};
        const auto parts = Money::splitProRata(keep, weights);
        Money county;
        if (m_rules.countyShareOfStateBasisPoints > 0 && parts[1].isPositive()) {
            const std::array<std::int64_t, 2> countyWeights
                = {m_rules.countyShareOfStateBasisPoints,
                    10000 - m_rules.countyShareOfStateBasisPoints};
            county = Money::splitProRata(parts[1], countyWeights)[0];
        }
        if (parts[0].isPositive())
            addLine(piece, Payee::RetainedFederal, parts[0], Disposition::Retained, parts[0],
                uraBefore);
        if (parts[1].isPositive())
            addLine(piece, Payee::RetainedState, parts[1], Disposition::Retained, parts[1],
                uraBefore, county);
    }
    const Money above = piece.amount - keep;
    if (above.isPositive())
        addLine(piece, Payee::Family, above, Disposition::AboveUra, Money(), m_ura);
}

// AB 207 (from 2024-05-05 in California's catalog): paid to the family, URA still reduced.
void CaseAllocator::passThroughFormer(const Piece& piece)
{
    const Money reduce = std::min(piece.amount, m_ura);
    if (reduce.isPositive()) {
        const Money uraBefore = m_ura;
        m_ura -= reduce;
        addLine(piece, Payee::Family, reduce, Disposition::FormerPassThrough, reduce, uraBefore);
    }
    const Money above = piece.amount - reduce;
    if (above.isPositive())
        addLine(piece, Payee::Family, above, Disposition::AboveUra, Money(), m_ura);
}

void CaseAllocator::addLine(const Piece& piece, Payee payee, Money amount, Disposition disposition,
    Money uraReduction, Money uraBefore, Money countyPart)
{
    AllocationLine line;
    line.caseNumber = m_case.caseNumber;
    line.bucket = piece.bucket;
    line.payee = payee;
    line.amount = amount;
    line.disposition = disposition;
    line.uraReduction = uraReduction;
    line.countyPart = countyPart;
    line.installmentDue = piece.installmentDue;
    if (disposition == Disposition::Unapplied)
        line.unapplied = m_unappliedWhy;
    line.rule = disposition == Disposition::Unapplied
        ? m_wording.unappliedClause(m_unappliedWhy)
        : m_wording.bucketClause(piece.bucket, m_ctx, piece.installmentDue);
    if (!m_proration.empty())
        line.rule += " " + m_proration;
    line.rule += " "
        + m_wording.payeeClause(disposition, payee, piece.bucket, m_ctx, uraBefore, countyPart);
    m_lines.push_back(std::move(line));
}

void CaseAllocator::chargeAnnualFee()
{
    const AnnualFeeRule& fee = m_rules.annualFee;
    if (!fee.enabled || m_ctx.status != AssistanceStatus::Never)
        return;
    Money toFamily;
    for (const auto& l : m_lines)
        if (l.payee == Payee::Family)
            toFamily += l.amount;
    Money due = fee.amount - m_case.feeChargedThisFiscalYear;
    // 45 CFR 302.33(e): once $550 has been collected for the family in the fiscal year.
    if (!due.isPositive() || !toFamily.isPositive()
        || m_case.familyCollectedThisFiscalYear + toFamily < fee.threshold)
        return;
    // Carved from the family's last lines, so the earlier lines stay whole.
    for (std::size_t i = m_lines.size(); i-- > 0 && due.isPositive();) {
        AllocationLine& line = m_lines[i];
        if (line.payee != Payee::Family || !line.uraReduction.isZero())
            continue;
        const Money take = std::min(due, line.amount);
        due -= take;
        AllocationLine feeLine = line;
        feeLine.payee = Payee::RetainedState;
        feeLine.amount = take;
        feeLine.disposition = Disposition::AnnualFee;
        feeLine.rule = m_wording.bucketClause(line.bucket, m_ctx, line.installmentDue) + " "
            + m_wording.payeeClause(
                Disposition::AnnualFee, Payee::RetainedState, line.bucket, m_ctx, m_ura, Money());
        line.amount -= take;
        const auto at = m_lines.begin() + static_cast<std::ptrdiff_t>(i);
        if (line.amount.isZero())
            *at = std::move(feeLine);
        else
            m_lines.insert(at + 1, std::move(feeLine));
    }
}

} // namespace caseledger::core
