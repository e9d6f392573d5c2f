#include "core/finance/balancerepository.h"

#include "core/cases/columns.h"

#include <algorithm>
#include <map>

namespace caseledger::core {

using namespace columns;

namespace {

Bucket bucketAt(const Statement& s, int column)
{
    const auto b = Bucket::parse(s.text(column));
    if (!b)
        throw Failure(ErrorCode::Damaged, "a stored ledger bucket is unknown");
    return *b;
}

void addCurrent(CurrentDue& due, const Bucket& b, Money amount)
{
    if (b.kind == BucketKind::CurrentChild)
        due.child += amount;
    else if (b.kind == BucketKind::CurrentMedical)
        due.medical += amount;
    else
        due.spousal += amount;
}

void clampAtZero(CaseBalances& b)
{
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
}

} // namespace

CaseBalances BalanceRepository::load(const Uuid& caseId, Date on)
{
    CaseBalances b;
    const Date month = on.firstOfMonth();
    std::map<std::pair<ArrearsCategory, Date>, Money> installments;
    // One pass over the case's charges and lines, signed: charges add, lines subtract.
    auto s = m_db.prepare(
        "SELECT bucket, installment_due, '', sum(amount_cents) FROM charge WHERE case_id = ?1 "
        "AND effective_on <= ?2 AND (bucket NOT LIKE 'current%' OR period = ?3) "
        "GROUP BY bucket, installment_due UNION ALL "
        "SELECT bucket, installment_due, disposition, -sum(amount_cents) FROM allocation_line "
        "WHERE case_id = ?1 AND (bucket NOT LIKE 'current%' OR period = ?3) "
        "GROUP BY bucket, installment_due, disposition");
    s.bind(1, caseId);
    bindDate(s, 2, on);
    bindDate(s, 3, month);
    while (s.step()) {
        const Bucket bucket = bucketAt(s, 0);
        const Money amount = money(s, 3);
        const std::string disposition = s.text(2);
        if (bucket.isCurrent()) {
            addCurrent(b.currentDue, bucket, amount);
            if (disposition.empty())
                b.monthlySupport += amount;
            if (disposition == "current_pass_through")
                b.passThroughPaidThisMonth -= amount;
        } else if (bucket.kind == BucketKind::ArrearsPrincipal) {
            installments[{bucket.category, optionalDate(s, 1).value_or(month)}] += amount;
        } else if (bucket.kind == BucketKind::ArrearsInterest) {
            b.interest(bucket.category) += amount;
        } else if (disposition == "unapplied") {
            b.unapplied -= amount;
        } else {
            b.futureCredit -= amount;
        }
    }
    for (const auto& [key, principal] : installments)
        b.installments.push_back({key.first, key.second, principal});
    clampAtZero(b);
    return b;
}

std::vector<BucketBalance> BalanceRepository::buckets(const Uuid& caseId)
{
    auto s = m_db.prepare(
        "SELECT bucket, sum(charged), sum(paid) FROM ("
        "SELECT bucket, amount_cents AS charged, 0 AS paid FROM charge WHERE case_id = ?1 "
        "UNION ALL SELECT bucket, 0, amount_cents FROM allocation_line WHERE case_id = ?1) "
        "GROUP BY bucket ORDER BY bucket");
    s.bind(1, caseId);
    std::vector<BucketBalance> out;
    while (s.step())
        out.push_back({bucketAt(s, 0), money(s, 1), money(s, 2)});
    return out;
}

} // namespace caseledger::core
