#include "core/finance/balancetotals.h"

#include <algorithm>

namespace caseledger::core {

namespace {

void addCurrent(CurrentDue& due, const Bucket& b, Money amount)
{
    if (b.kind == BucketKind::CurrentChild)
        due.child += amount;
    else if (b.kind == BucketKind::CurrentMedical)
        due.medical += amount;
    else
        due.spousal += amount;
}

} // namespace

BalanceTotals::BalanceTotals(Date on)
    : m_on(on)
    , m_month(on.firstOfMonth())
{ }

void BalanceTotals::add(const Bucket& bucket, std::optional<Date> installmentDue,
    std::string_view disposition, Money amount)
{
    CaseBalances& b = m_raw;
    if (bucket.isCurrent()) {
        addCurrent(b.currentDue, bucket, amount);
        if (disposition.empty())
            b.monthlySupport += amount;
        if (disposition == "current_pass_through")
            b.passThroughPaidThisMonth -= amount;
    } else if (bucket.kind == BucketKind::ArrearsPrincipal) {
        m_installments[{bucket.category, installmentDue.value_or(m_month)}] += amount;
    } else if (bucket.kind == BucketKind::ArrearsInterest) {
        b.interest(bucket.category) += amount;
    } else if (disposition == "unapplied") {
        b.unapplied -= amount;
    } else {
        b.futureCredit -= amount;
    }
}

void BalanceTotals::applyLine(const Bucket& bucket, Date period, std::optional<Date> installmentDue,
    std::string_view disposition, Money amount)
{
    if (bucket.isCurrent() && period != m_month)
        return; // load() counts current support of the date's month only
    add(bucket, installmentDue, disposition, -amount);
}

void BalanceTotals::applyCharge(const Bucket& bucket, Date period, Date effectiveOn,
    std::optional<Date> installmentDue, Money amount)
{
    if (effectiveOn > m_on || (bucket.isCurrent() && period != m_month))
        return; // as load() counts: effective_on <= on, current of the month only
    add(bucket, installmentDue, "", amount);
}

bool BalanceTotals::operator==(const BalanceTotals& other) const
{
    const auto nonZero = [](const BalanceTotals& t) {
        auto m = t.m_installments;
        std::erase_if(m, [](const auto& entry) { return entry.second.isZero(); });
        return m;
    };
    return m_on == other.m_on && m_raw == other.m_raw && nonZero(*this) == nonZero(other);
}

CaseBalances BalanceTotals::balances() const
{
    CaseBalances b = m_raw;
    for (const auto& [key, principal] : m_installments)
        b.installments.push_back({key.first, key.second, principal});
    for (Money* m : {&b.currentDue.child, &b.currentDue.medical, &b.currentDue.spousal})
        *m = std::max(*m, Money());
    for (auto& m : b.arrearsInterest)
        m = std::max(m, Money());
    for (auto& m : b.arrearsPrincipal)
        m = Money();
    std::erase_if(
        b.installments, [](const ArrearsInstallment& i) { return !i.principal.isPositive(); });
    for (const auto& i : b.installments)
        b.principal(i.category) += i.principal;
    b.futureCredit = std::max(b.futureCredit, Money());
    b.unapplied = std::max(b.unapplied, Money());
    return b;
}

} // namespace caseledger::core
