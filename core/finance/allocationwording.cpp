#include "core/finance/allocationwording.h"

#include <array>

namespace caseledger::core {

namespace {

std::string money(Money m)
{
    return m.toDisplayString();
}

// "50.00%" from basis points.
std::string percent(int basisPoints)
{
    const int whole = basisPoints / 100;
    const int part = basisPoints % 100;
    return std::to_string(whole) + "." + (part < 10 ? "0" : "") + std::to_string(part) + "%";
}

const char* kCrediting2009 = "CCP §695.221, for collections from 2009-01-01";
const char* kCreditingBefore2009 = "CCP §695.221 as in force before 2009-01-01";

} // namespace

AllocationWording::AllocationWording(
    const Collection& collection, const RuleSet& rules, std::size_t caseCount)
    : m_collection(collection)
    , m_rules(rules)
    , m_caseCount(caseCount)
    , m_month(monthName(collection.date))
{ }

std::string AllocationWording::monthName(Date date)
{
    static constexpr std::array<const char*, 12> names = {"January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December"};
    return std::string(names[date.month() - 1]) + " " + std::to_string(date.year());
}

std::string AllocationWording::bucketClause(
    const Bucket& bucket, const CaseWordingContext& ctx, std::optional<Date> installmentDue) const
{
    switch (bucket.kind) {
    case BucketKind::CurrentChild:
        return "Current child support for " + m_month + " is paid first (45 CFR 302.51(a)(1)).";
    case BucketKind::CurrentMedical:
        return "Current medical support for " + m_month
            + " is paid after current child support (45 CFR 302.51(a)(1)).";
    case BucketKind::CurrentSpousal:
        return "Current spousal support for " + m_month
            + " is paid after current child and medical support (45 CFR 302.51(a)(1)).";
    case BucketKind::ArrearsPrincipal:
    case BucketKind::ArrearsInterest:
        break;
    case BucketKind::Future:
        return "Support is paid ahead for future months only after this month's support and "
               "all past-due support on every case are paid (45 CFR 302.51(b)).";
    }
    const std::string first = m_collection.source == CollectionSource::FederalTaxOffset
        ? "A federal tax refund offset pays only past-due support, never current support "
          "(42 U.S.C. §664; 45 CFR 303.72)."
        : "Past-due support is paid after " + m_month
            + "'s support on every case (45 CFR 302.51(a)(1)).";
    return first + " " + arrearsPathClause(ctx) + " " + slotClause(bucket, installmentDue);
}

std::string AllocationWording::arrearsPathClause(const CaseWordingContext& ctx) const
{
    const bool offset = m_collection.source == CollectionSource::FederalTaxOffset;
    switch (ctx.path) {
    case ArrearsPath::NeverAssistance:
        return "The family never received assistance, so its arrears are owed to the family "
               "(42 U.S.C. §657(a)(3)).";
    case ArrearsPath::FamilyFirst:
        return std::string("The family no longer receives aid, so arrears owed to the family "
                           "(NA, UDA, UPA, CA) are paid before arrears assigned to the "
                           "government (PA, TA) (42 U.S.C. §657(a)(2)(B); California's "
                           "family-first election")
            + (offset ? ", which includes federal tax refund offsets (AB 135 of 2021))." : ").");
    case ArrearsPath::AssignedFirst:
        break;
    }
    if (ctx.status == AssistanceStatus::Current)
        return "The family receives aid now, so arrears assigned to the government (PA, TA) "
               "are paid first, up to the unreimbursed assistance, then arrears owed to the "
               "family (42 U.S.C. §657(a)(1)).";
    return "Under the rules in force on this date, a federal tax refund offset in a case that "
           "no longer receives aid pays arrears assigned to the government (PA, TA) first, up "
           "to the unreimbursed assistance (42 U.S.C. §657(a)(2)(B)).";
}

std::string AllocationWording::slotClause(
    const Bucket& bucket, std::optional<Date> installmentDue) const
{
    const std::string category(labelOf(bucket.category));
    const bool principalFirst = m_rules.crediting == ArrearsCrediting::PrincipalFirst;
    const char* cite = principalFirst ? kCrediting2009 : kCreditingBefore2009;
    if (bucket.kind == BucketKind::ArrearsPrincipal) {
        std::string text = "This pays the principal of the " + category;
        if (installmentDue)
            text += ", oldest unpaid installment first (this one was due " + installmentDue->toIso()
                + ")";
        return text + (principalFirst ? ", before its interest (" : ", after its interest (") + cite
            + ").";
    }
    return "This pays the interest on the " + category
        + (principalFirst ? ", after its principal (" : ", before its principal (") + cite
        + "; no interest is charged on interest).";
}

std::string AllocationWording::unappliedClause(UnappliedReason why) const
{
    switch (why) {
    case UnappliedReason::OffsetAbovePastDue:
        return "A federal tax refund offset may pay only past-due support (42 U.S.C. §664), and "
               "this amount is more than all past-due support on the payer's cases.";
    case UnappliedReason::OrdersEnd:
        return "Nothing else is owed on the payer's cases, and this is more than the support "
               "still to come before their orders end (each order's end date).";
    case UnappliedReason::NothingOwed:
        break;
    }
    return "Nothing is owed on the payer's cases for this month or the past, and none of them "
           "has monthly support to pay ahead.";
}

std::string AllocationWording::prorationClause(
    AllocationStep step, Money stepTotal, Money share) const
{
    if (m_caseCount < 2)
        return {};
    const std::string cases = std::to_string(m_caseCount) + " cases";
    const std::string cite = m_collection.source == CollectionSource::WageWithholding
        ? " (45 CFR 303.100(a)(5); California prorates every payment across the payer's cases)."
        : " (California prorates every payment across the payer's cases).";
    switch (step) {
    case AllocationStep::Current:
        return "The payer has " + cases + ": " + money(stepTotal)
            + " of the payment was split in proportion to the current support due on each "
              "this month, and this case's share is "
            + money(share) + cite;
    case AllocationStep::Arrears:
        return "The payer has " + cases + ": " + money(stepTotal)
            + (m_collection.source == CollectionSource::FederalTaxOffset
                    ? " of the offset"
                    : " left after current support on every case")
            + " was split in proportion to the past-due support owed on each, and this case's "
              "share is "
            + money(share) + cite;
    case AllocationStep::Future:
        return "The payer has " + cases + ": " + money(stepTotal)
            + " left after all current and past-due support was split in proportion to each "
              "case's monthly support, and this case's share is "
            + money(share) + ".";
    case AllocationStep::Unapplied:
        break;
    }
    return "The payer has " + cases
        + "; money that can pay nothing is held on the case with "
          "the lowest number.";
}

std::string AllocationWording::payeeClause(Disposition disposition, Payee payee,
    const Bucket& bucket, const CaseWordingContext& ctx, Money uraBefore, Money countyPart) const
{
    switch (disposition) {
    case Disposition::Family:
        return familyClause(bucket, ctx);
    case Disposition::Retained:
        return retainedClause(payee, uraBefore, countyPart);
    case Disposition::AboveUra:
        return "Paid to the family: the government may keep no more than the unreimbursed "
               "assistance ("
            + money(uraBefore)
            + " left), so the rest of this assigned support goes to the family (42 U.S.C. §657(a); "
              "45 CFR 302.51).";
    case Disposition::CurrentPassThrough:
        return "Paid to the family as the pass-through: the first " + money(ctx.passThroughCap)
            + " of current support collected each month for a family on aid with "
            + (ctx.children >= 2 ? "two or more children" : "one child")
            + "; it does not count against the family's aid and does not reduce the "
              "unreimbursed assistance (Family Code §17504; 42 U.S.C. §657(a)(7)).";
    case Disposition::FormerPassThrough:
        return "Paid to the family although it repays assigned arrears: California passes "
               "collections on government-assigned arrears through to families no longer on "
               "aid, and the unreimbursed assistance ("
            + money(uraBefore) + " before this amount) is still reduced (AB 207 of 2022; rule set "
            + m_rules.name + ").";
    case Disposition::Prepayment:
        return payee == Payee::Held
            ? "Held, not paid out yet: the family receives aid now, so support paid ahead waits "
              "for the months it pays, each applied when it comes due (45 CFR 302.51(b))."
            : "Paid to the family, which is not on aid (45 CFR 302.51(b)).";
    case Disposition::Unapplied:
        return m_collection.source == CollectionSource::FederalTaxOffset
            ? "Held to be refunded to the payer (45 CFR 303.72(h))."
            : "Held as undistributed money for a worker to review (a refund or later charges).";
    case Disposition::AnnualFee:
        return "Kept as the annual " + money(m_rules.annualFee.amount)
            + " service fee: the family never received assistance and "
            + money(m_rules.annualFee.threshold) + " or more has been collected for it in federal "
            + "fiscal year " + std::to_string(federalFiscalYear(m_collection.date))
            + " (45 CFR 302.33(e); Family Code §17208(c)).";
    }
    return {};
}

std::string AllocationWording::familyClause(
    const Bucket& bucket, const CaseWordingContext& ctx) const
{
    if (ctx.status == AssistanceStatus::Never)
        return "Paid to the family, which never received assistance (42 U.S.C. §657(a)(3)).";
    if (bucket.isCurrent())
        return "Paid to the family: current support of a family no longer on aid belongs to "
               "the family (42 U.S.C. §657(a)(2)(A)).";
    return "Paid to the family: these arrears are owed to the family, not assigned to the "
           "government (42 U.S.C. §657(a)(2)).";
}

std::string AllocationWording::retainedClause(Payee payee, Money uraBefore, Money countyPart) const
{
    const int fmap = m_rules.fmapBasisPointsOn(m_collection.date);
    const std::string ffy = std::to_string(federalFiscalYear(m_collection.date));
    std::string text = "Kept to repay assistance paid to the family; the unreimbursed assistance "
                       "was "
        + money(uraBefore) + " and the government never keeps more than it. ";
    if (payee == Payee::RetainedFederal)
        return text + "This is the federal share, " + percent(fmap)
            + " (the FMAP for federal fiscal year " + ffy + ") (42 U.S.C. §657(a)(1), (c)).";
    text += "This is the state share, what is left after the " + percent(fmap) + " federal share";
    if (countyPart.isPositive())
        text += "; " + money(countyPart) + " of it is the county's part";
    return text + " (42 U.S.C. §657(a)(1)).";
}

} // namespace caseledger::core
