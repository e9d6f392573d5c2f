#include "core/finance/accrualplan.h"

#include "core/base/error.h"
#include "core/finance/interest.h"

#include <map>
#include <tuple>

namespace caseledger::core {

namespace {

__extension__ typedef __int128 Wide;

Money scaled(Money perPeriod, std::int64_t numerator, std::int64_t denominator)
{
    const Wide n = Wide(perPeriod.cents()) * numerator;
    return Money::fromCents(static_cast<std::int64_t>((n * 2 + denominator) / (denominator * 2)));
}

constexpr Bucket kCurrentBuckets[]
    = {Bucket::currentChild(), Bucket::currentMedical(), Bucket::currentSpousal()};

Money& pick(CurrentDue& due, const Bucket& b)
{
    return b.kind == BucketKind::CurrentChild  ? due.child
        : b.kind == BucketKind::CurrentMedical ? due.medical
                                               : due.spousal;
}

// Sums of the ledger so far plus what this plan adds, keyed for the three steps.
class Ledger
{
public:
    explicit Ledger(const AccrualState& state)
    {
        for (const auto& c : state.charges)
            add(c);
        for (const auto& [key, amount] : state.currentPaid)
            m_currentPaid[{key.first, key.second.code()}] += amount;
        for (const auto& [key, amount] : state.principalPaid)
            m_principalPaid[{key.first.code(), key.second}] += amount;
    }

    void add(const Charge& c)
    {
        const std::string b = c.bucket.code();
        const Date inst = c.installmentDue.value_or(Date());
        m_byKind[{c.period, b, static_cast<int>(c.kind), inst}] += c.amount;
        if (c.bucket.isCurrent())
            m_current[{c.period, b}] += c.amount;
        if (c.bucket.kind == BucketKind::ArrearsPrincipal && c.installmentDue)
            m_installments[{b, *c.installmentDue}] += c.amount;
    }

    bool has(Date period, const Bucket& b, ChargeKind kind, Date inst = Date()) const
    {
        return m_byKind.count({period, b.code(), static_cast<int>(kind), inst}) != 0;
    }
    Money sum(Date period, const Bucket& b, ChargeKind kind) const
    {
        const auto it = m_byKind.find({period, b.code(), static_cast<int>(kind), Date()});
        return it == m_byKind.end() ? Money() : it->second;
    }
    Money unpaidCurrent(Date period, const Bucket& b) const
    {
        const auto key = std::pair {period, b.code()};
        const auto c = m_current.find(key);
        const auto p = m_currentPaid.find(key);
        return (c == m_current.end() ? Money() : c->second)
            - (p == m_currentPaid.end() ? Money() : p->second);
    }
    // Unpaid principal per installment (bucket code, due).
    std::vector<std::tuple<std::string, Date, Money>> unpaidInstallments() const
    {
        std::vector<std::tuple<std::string, Date, Money>> out;
        for (const auto& [key, charged] : m_installments) {
            const auto p = m_principalPaid.find(key);
            out.emplace_back(key.first, key.second,
                charged - (p == m_principalPaid.end() ? Money() : p->second));
        }
        return out;
    }

private:
    std::map<std::tuple<Date, std::string, int, Date>, Money> m_byKind;
    std::map<std::pair<Date, std::string>, Money> m_current;
    std::map<std::pair<Date, std::string>, Money> m_currentPaid;
    std::map<std::pair<std::string, Date>, Money> m_installments;
    std::map<std::pair<std::string, Date>, Money> m_principalPaid;
};

Charge charge(const Uuid& caseId, Date period, Date effective, ChargeKind kind, Bucket bucket,
    Money amount, std::string reason)
{
    Charge c;
    c.caseId = caseId;
    c.period = period;
    c.effectiveOn = effective;
    c.kind = kind;
    c.bucket = bucket;
    c.amount = amount;
    c.reason = std::move(reason);
    return c;
}

struct Planner
{
    const Uuid& caseId;
    const std::vector<SupportOrder>& orders;
    const std::vector<AssistancePeriod>& assistance;
    const RuleSetCatalog& catalog;
    Ledger ledger;
    std::vector<Charge> out;

    void emit(Charge c)
    {
        ledger.add(c);
        out.push_back(std::move(c));
    }

    void accrue(Date m)
    {
        CurrentDue expected;
        std::optional<Uuid> versionId;
        std::string versionText;
        for (const auto& order : orders)
            if (const OrderVersion* v = versionForMonth(order, m)) {
                const CurrentDue d = monthlySupport(*v);
                expected.child += d.child;
                expected.medical += d.medical;
                expected.spousal += d.spousal;
                versionId = v->id;
                versionText = "order version " + std::to_string(v->number) + " (effective "
                    + v->effective.toIso() + ")";
            }
        for (const Bucket& b : kCurrentBuckets) {
            const bool accrued = ledger.has(m, b, ChargeKind::Accrual);
            const Money have
                = ledger.sum(m, b, ChargeKind::Accrual) + ledger.sum(m, b, ChargeKind::Adjustment);
            const Money diff = pick(expected, b) - have;
            if (diff.isZero())
                continue;
            Charge c = accrued ? charge(caseId, m, m, ChargeKind::Adjustment, b, diff,
                           "Backdated order change: " + versionText + " sets the support of "
                               + monthText(m)
                               + " (45 CFR 303.106: a modification reaches back no "
                                 "further than its filing)")
                               : charge(caseId, m, m, ChargeKind::Accrual, b, diff,
                                   "Support due " + m.toIso() + " under " + versionText);
            c.orderVersionId = versionId;
            emit(std::move(c));
        }
    }

    // distribution.md §5: unpaid current support becomes arrears at month end.
    void convert(Date m)
    {
        const AssistanceStatus status = assistanceStatusOn(assistance, m);
        const ArrearsCategory category = conversionCategory(status);
        const Date nextMonth = m.addMonths(1);
        for (const Bucket& b : kCurrentBuckets) {
            const Money unpaid = ledger.unpaidCurrent(m, b);
            if (unpaid.isZero())
                continue;
            const std::string why = "Unpaid " + b.code() + " of " + monthText(m) + " becomes "
                + std::string(codeOf(category)) + " arrears at month end ("
                + std::string(labelOf(status)) + "; distribution.md §5, W&I §11477)";
            emit(charge(caseId, m, nextMonth, ChargeKind::Conversion, b, -unpaid, why));
            Charge in = charge(caseId, m, nextMonth, ChargeKind::Conversion,
                Bucket::principal(category), unpaid, why);
            in.installmentDue = m;
            emit(std::move(in));
        }
    }

    // Family Code §17433.5, CCP §685.010: the month's interest on each unpaid installment,
    // recorded as one entry per arrears category and month (the allocator keeps interest per
    // category), so a long history stays one row a month.
    void interest(Date m)
    {
        const RuleSet* rules = catalog.find(m);
        if (!rules)
            return;
        std::map<ArrearsCategory, std::pair<Money, int>> perCategory;
        const Date next = m.addMonths(1);
        for (const auto& [code, due, unpaid] : ledger.unpaidInstallments()) {
            const ArrearsCategory category = Bucket::parse(code)->category;
            if (!unpaid.isPositive() || interestStartDate(due, *rules) > m
                || ledger.has(m, Bucket::interest(category), ChargeKind::Interest))
                continue;
            // The difference of the cumulative figures: a constant principal's months add
            // up to exactly the published figure ($500 -> $50.00 in twelve months).
            auto& [amount, count] = perCategory[category];
            amount += installmentInterest(unpaid, due, next, *rules)
                - installmentInterest(unpaid, due, m, *rules);
            ++count;
        }
        for (const auto& [category, sum] : perCategory) {
            if (!sum.first.isPositive())
                continue;
            emit(
                charge(caseId, m, next, ChargeKind::Interest, Bucket::interest(category), sum.first,
                    "Interest for " + monthText(m) + " at "
                        + std::to_string(rules->interestRateBasisPoints / 100) + " % simple on "
                        + std::to_string(sum.second) + " unpaid " + std::string(codeOf(category))
                        + " installment(s), each from the first day of the month after it was due "
                          "(CCP §685.010, Family Code §17433.5); never on interest"));
        }
    }
};

} // namespace

CurrentDue monthlySupport(const OrderVersion& v)
{
    CurrentDue d {v.currentSupport, v.medicalSupport, v.spousalSupport};
    auto convert = [&](std::int64_t num, std::int64_t den) {
        return CurrentDue {
            scaled(d.child, num, den), scaled(d.medical, num, den), scaled(d.spousal, num, den)};
    };
    switch (v.frequency) {
    case OrderFrequency::Weekly:
        return convert(52, 12);
    case OrderFrequency::Biweekly:
        return convert(26, 12);
    case OrderFrequency::Semimonthly:
        return convert(2, 1);
    default:
        return d;
    }
}

const OrderVersion* versionForMonth(const SupportOrder& order, Date month)
{
    if (const OrderVersion* v = order.versionOn(month))
        return v;
    const OrderVersion* starting = order.versionOn(month.lastOfMonth());
    return starting && starting->effective >= month ? starting : nullptr;
}

ArrearsCategory conversionCategory(AssistanceStatus status)
{
    return status == AssistanceStatus::Current ? ArrearsCategory::PA : ArrearsCategory::NA;
}

std::optional<Date> parseMonth(std::string_view text)
{
    if (text.size() != 7)
        return std::nullopt;
    return Date::parseIso(std::string(text) + "-01");
}

std::string monthText(Date month)
{
    return month.toIso().substr(0, 7);
}

std::vector<Charge> planAccrual(const Uuid& caseId, const std::vector<SupportOrder>& orders,
    const std::vector<AssistancePeriod>& assistance, const AccrualState& state, Date throughMonth,
    const RuleSetCatalog& catalog)
{
    std::optional<Date> first;
    for (const auto& o : orders)
        if (!o.versions.empty()) {
            const Date m = o.versions.front().effective.firstOfMonth();
            first = first ? std::min(*first, m) : m;
        }
    Planner p {caseId, orders, assistance, catalog, Ledger(state), {}};
    const Date through = throughMonth.firstOfMonth();
    for (Date m = first.value_or(through.addMonths(1)); m <= through; m = m.addMonths(1)) {
        p.accrue(m);
        p.interest(m);
        if (m < through)
            p.convert(m);
    }
    return std::move(p.out);
}

} // namespace caseledger::core
