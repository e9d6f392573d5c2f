#include "core/finance/accrualplan.h"

#include "core/base/error.h"
#include "core/finance/interest.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

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
        if (state.from) {
            // The installments' balances stand for every principal entry; the entries read
            // (from the first month planned on) count only for the months they name.
            for (const auto& i : state.installments)
                setUnpaid({i.bucket.category, i.due}, i.unpaid);
            for (const auto& c : state.charges) {
                addToMonths(c);
                if (const auto key = installmentOf(c))
                    m_moves[*key][c.period] += c.amount;
            }
        } else {
            for (const auto& c : state.charges)
                add(c);
        }
        for (const auto& p : state.principalPaid) {
            if (p.bucket.kind != BucketKind::ArrearsPrincipal)
                continue;
            const std::pair key {p.bucket.category, p.due};
            m_moves[key][p.period] -= p.amount;
            if (!state.from)
                setUnpaid(key, unpaidOf(key) - p.amount);
        }
        for (const auto& [key, amount] : state.currentPaid)
            m_currentPaid[{key.first, key.second.key()}] += amount;
        // An installment paid off since the first month planned is not among the balances read
        // (its balance is zero), but it bore interest before it was paid.
        for (const auto& [key, moves] : m_moves)
            m_unpaid.try_emplace(key, Money());
    }

    void add(const Charge& c)
    {
        addToMonths(c);
        if (const auto key = installmentOf(c)) {
            m_moves[*key][c.period] += c.amount;
            setUnpaid(*key, unpaidOf(*key) + c.amount);
        }
    }

    bool has(Date period, const Bucket& b, ChargeKind kind, Date inst = Date()) const
    {
        return m_byKind.count({period, b.key(), static_cast<int>(kind), inst}) != 0;
    }
    Money sum(Date period, const Bucket& b, ChargeKind kind) const
    {
        const auto it = m_byKind.find({period, b.key(), static_cast<int>(kind), Date()});
        return it == m_byKind.end() ? Money() : it->second;
    }
    Money unpaidCurrent(Date period, const Bucket& b) const
    {
        const auto key = std::pair {period, b.key()};
        const auto c = m_current.find(key);
        const auto p = m_currentPaid.find(key);
        return (c == m_current.end() ? Money() : c->second)
            - (p == m_currentPaid.end() ? Money() : p->second);
    }
    // The installments of a category whose principal is still unpaid, oldest first.
    const std::set<Date>& openInstallments(ArrearsCategory category) const
    {
        return m_open[indexOf(category)];
    }
    Money unpaid(ArrearsCategory category, Date due) const { return unpaidOf({category, due}); }
    // The installments a category holds less than nothing of (a credit), oldest first.
    std::vector<Date> creditedInstallments() const
    {
        std::set<Date> dues;
        for (const auto& [key, unpaid] : m_unpaid)
            if (unpaid.isNegative())
                dues.insert(key.second);
        return {dues.begin(), dues.end()};
    }
    Money openPrincipal(ArrearsCategory category) const
    {
        Money sum;
        for (const Date due : openInstallments(category))
            sum += unpaid(category, due);
        return sum;
    }
    // Family Code §17433.5: per category, each installment with principal unpaid when month `m`
    // began, oldest first. An entry counts from the month after the one it names (its period): a
    // month-end conversion from the next month, a payment from the month after its
    // collection's, a reassignment between PA and UDA from the month after it (the interest of
    // that month stays where it accrued). So the figure does not depend on the day accrual ran,
    // and an entry written later for an earlier month changes the later months' interest.
    // An installment is one debt whatever its category: one category's credit on it (support
    // paid late, taken back from where the installment is now, before the PA cap moved it
    // there) first offsets what the others hold of it.
    using Principals = std::array<std::vector<std::pair<Date, Money>>, kArrearsCategoryCount>;
    Principals principalAtStart(Date m) const
    {
        Principals out;
        std::map<Date, Money> credits; // per installment, what its categories hold below zero
        for (const auto& [key, unpaid] : m_unpaid) {
            Money principal = unpaid;
            if (const auto moves = m_moves.find(key); moves != m_moves.end())
                for (auto p = moves->second.lower_bound(m); p != moves->second.end(); ++p)
                    principal -= p->second; // entered in month m or later
            if (principal.isPositive())
                out[indexOf(key.first)].emplace_back(key.second, principal);
            else if (principal.isNegative())
                credits[key.second] -= principal;
        }
        if (credits.empty())
            return out;
        for (auto& installments : out) // categories in kArrearsCategories order
            for (auto& [due, principal] : installments)
                if (const auto c = credits.find(due); c != credits.end()) {
                    const Money offset = std::min(principal, c->second);
                    principal -= offset;
                    c->second -= offset;
                }
        for (auto& installments : out)
            std::erase_if(installments, [](const auto& i) { return !i.second.isPositive(); });
        return out;
    }

private:
    using Key = std::pair<ArrearsCategory, Date>;

    static std::optional<Key> installmentOf(const Charge& c)
    {
        if (c.bucket.kind != BucketKind::ArrearsPrincipal || !c.installmentDue)
            return std::nullopt;
        return Key {c.bucket.category, *c.installmentDue};
    }

    // The sums by month that accrue(), convert() and interest() look up.
    void addToMonths(const Charge& c)
    {
        const int b = c.bucket.key();
        const Date inst = c.installmentDue.value_or(Date());
        m_byKind[{c.period, b, static_cast<int>(c.kind), inst}] += c.amount;
        if (c.bucket.isCurrent())
            m_current[{c.period, b}] += c.amount;
    }

    Money unpaidOf(const Key& key) const
    {
        const auto it = m_unpaid.find(key);
        return it == m_unpaid.end() ? Money() : it->second;
    }
    void setUnpaid(const Key& key, Money unpaid)
    {
        m_unpaid[key] = unpaid;
        auto& open = m_open[indexOf(key.first)];
        if (unpaid.isPositive())
            open.insert(key.second);
        else
            open.erase(key.second);
    }

    std::map<std::tuple<Date, int, int, Date>, Money> m_byKind;
    std::map<std::pair<Date, int>, Money> m_current;
    std::map<std::pair<Date, int>, Money> m_currentPaid;
    // Charged less paid per installment (every installment the case has had), and per
    // category the installments still unpaid.
    std::map<Key, Money> m_unpaid;
    std::array<std::set<Date>, kArrearsCategoryCount> m_open;
    // Per installment, what its principal changed by in each month (period): the entries this
    // plan can see (from the first month planned, or all), for principalAtStart().
    std::map<Key, std::map<Date, Money>> m_moves;
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
    std::optional<Date> settled;
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
        const OrderVersion* last = nullptr;
        for (const auto& order : orders)
            if (const OrderVersion* v = versionForMonth(order, m)) {
                const CurrentDue d = monthlySupport(*v);
                expected.child += d.child;
                expected.medical += d.medical;
                expected.spousal += d.spousal;
                last = v;
            }
        for (const Bucket& b : kCurrentBuckets) {
            const bool accrued = ledger.has(m, b, ChargeKind::Accrual);
            const Money have
                = ledger.sum(m, b, ChargeKind::Accrual) + ledger.sum(m, b, ChargeKind::Adjustment);
            const Money diff = pick(expected, b) - have;
            if (diff.isZero())
                continue;
            const std::string versionText = last ? "order version " + std::to_string(last->number)
                    + " (effective " + last->effective.toIso() + ")"
                                                 : std::string();
            Charge c = accrued ? charge(caseId, m, m, ChargeKind::Adjustment, b, diff,
                           "Backdated order change: " + versionText + " sets the support of "
                               + monthText(m)
                               + " (45 CFR 303.106: a modification reaches back no "
                                 "further than its filing)")
                               : charge(caseId, m, m, ChargeKind::Accrual, b, diff,
                                   "Support due " + m.toIso() + " under " + versionText);
            if (last)
                c.orderVersionId = last->id;
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
            if (unpaid.isPositive()) {
                emit(charge(caseId, m, nextMonth, ChargeKind::Conversion, b, -unpaid, why));
                toArrears(m, category, unpaid, why);
                continue;
            }
            // Less is unpaid than month end converted (a payment posted late, a redistribution,
            // a backdated change lowering the month's support): the difference is taken back
            // from where the month's installment is now -- its
            // category first, then any other (the PA/UDA cap may have moved it since, a
            // backdated aid status may have converted it elsewhere); what no category holds
            // any more (it was paid as arrears too) is a credit on the category.
            const std::string paidLate = b.code() + " of " + monthText(m)
                + ": less is unpaid than month end moved to arrears (a payment or a backdated "
                  "change since), so the difference is taken back";
            const auto takenBack = [&](ArrearsCategory c) {
                return paidLate + " from the " + std::string(codeOf(c)) + " installment of "
                    + monthText(m) + " (distribution.md §5)";
            };
            emit(charge(caseId, m, nextMonth, ChargeKind::Conversion, b, -unpaid,
                paidLate + " (distribution.md §5)"));
            Money back = -unpaid;
            std::vector<ArrearsCategory> order {category};
            for (const ArrearsCategory c : kArrearsCategories)
                if (c != category)
                    order.push_back(c);
            for (const ArrearsCategory c : order) {
                const Money take = std::min(back, std::max(ledger.unpaid(c, m), Money()));
                if (take.isPositive()) {
                    toArrears(m, c, -take, takenBack(c));
                    back -= take;
                }
            }
            if (back.isPositive())
                toArrears(m, category, -back, takenBack(category));
        }
    }

    void toArrears(Date m, ArrearsCategory category, Money amount, const std::string& why)
    {
        Charge in = charge(caseId, m, m.addMonths(1), ChargeKind::Conversion,
            Bucket::principal(category), amount, why);
        in.installmentDue = m;
        emit(std::move(in));
    }

    // An installment is one debt, whatever category holds it. A payment is allocated to the
    // category an installment was in on the collection's date; posted late, it may find the
    // installment moved since by the PA cap (or converted elsewhere after a backdated aid
    // status), and leave a credit in one category against principal in another. The credit is
    // moved onto the category that holds the installment, so that neither the balances nor the
    // cap count the paid support as owed.
    void settleCredits(Date through)
    {
        for (const Date due : ledger.creditedInstallments())
            for (const ArrearsCategory credited : kArrearsCategories) {
                Money credit = -ledger.unpaid(credited, due);
                for (const ArrearsCategory holder : kArrearsCategories) {
                    if (!credit.isPositive())
                        break;
                    const Money take = std::min(credit, ledger.unpaid(holder, due));
                    if (holder == credited || !take.isPositive())
                        continue;
                    reassign(through, due, holder, credited, take,
                        std::string("paid in ") + std::string(codeOf(credited)) + " while held in "
                            + std::string(codeOf(holder)) + ": the payment meets it where it is");
                    credit -= take;
                }
            }
    }

    // distribution.md "Terms": PA is support accrued while aided up to URA; what is above URA is
    // UDA (unassigned during assistance), owed to the family (42 U.S.C. §657: the state keeps
    // at most URA). Principal only: interest stays in the category it accrued in. A fixpoint:
    // once PA is within URA and no UDA could move back, planning again moves nothing.
    void capAssigned(Date through, Money ura)
    {
        constexpr auto PA = ArrearsCategory::PA, UDA = ArrearsCategory::UDA;
        ura = std::max(ura, Money());
        const Money pa = ledger.openPrincipal(PA);
        if (pa > ura) {
            Money excess = pa - ura;
            const auto& open = ledger.openInstallments(PA);
            const std::vector<Date> newestFirst(open.rbegin(), open.rend());
            for (auto due = newestFirst.begin(); due != newestFirst.end() && excess.isPositive();
                 ++due) {
                const Money take = std::min(excess, ledger.unpaid(PA, *due));
                reassign(through, *due, PA, UDA, take,
                    "PA above the unreimbursed assistance becomes UDA, owed to the family");
                excess -= take;
            }
            return;
        }
        Money room = ura - pa;
        const auto& open = ledger.openInstallments(UDA);
        const std::vector<Date> oldestFirst(open.begin(), open.end());
        for (auto due = oldestFirst.begin(); due != oldestFirst.end() && room.isPositive(); ++due) {
            const Money take = std::min(room, ledger.unpaid(UDA, *due));
            reassign(through, *due, UDA, PA, take,
                "unreimbursed assistance grew: UDA within it is assigned again (PA)");
            room -= take;
        }
    }

    void reassign(Date through, Date due, ArrearsCategory from, ArrearsCategory to, Money amount,
        const std::string& what)
    {
        const std::string why = "Installment of " + monthText(due) + ": " + what
            + " (distribution.md \"Terms\", 42 U.S.C. §657)";
        Charge leaving = charge(caseId, through, through, ChargeKind::Reassignment,
            Bucket::principal(from), -amount, why);
        leaving.installmentDue = due;
        emit(std::move(leaving));
        Charge in = charge(
            caseId, through, through, ChargeKind::Reassignment, Bucket::principal(to), amount, why);
        in.installmentDue = due;
        emit(std::move(in));
    }

    // Family Code §17433.5, CCP §685.010: the month's interest on each installment unpaid when
    // the month began, recorded as one entry per arrears category and month (the allocator keeps
    // interest per category), so a long history stays one row a month. A month already charged
    // is charged again only by the difference, when an entry written since for an earlier month
    // (a backdated order change, a payment posted late, a redistribution) changed what was
    // unpaid: interest follows the principal it is on.
    void interest(Date m)
    {
        const RuleSet* rules = catalog.find(m);
        if (!rules)
            return;
        const Date next = m.addMonths(1);
        std::optional<Ledger::Principals> principals; // read once, if a category needs it
        for (const ArrearsCategory category : kArrearsCategories) {
            const Bucket bucket = Bucket::interest(category);
            if (settled && m < *settled && ledger.has(m, bucket, ChargeKind::Interest))
                continue; // nothing was written for an earlier month since it was charged
            if (!principals)
                principals = ledger.principalAtStart(m);
            Money amount;
            int count = 0;
            // Oldest first: the start date grows with the due date, so the first installment
            // not yet bearing interest ends the walk.
            for (const auto& [due, unpaid] : (*principals)[indexOf(category)]) {
                if (interestStartDate(due, *rules) > m)
                    break;
                // The difference of the cumulative figures: a constant principal's months add
                // up to exactly the published figure ($500 -> $50.00 in twelve months).
                amount += installmentInterest(unpaid, due, next, *rules)
                    - installmentInterest(unpaid, due, m, *rules);
                ++count;
            }
            const Money charged = ledger.sum(m, bucket, ChargeKind::Interest);
            if (amount == charged)
                continue;
            const std::string basis = std::to_string(rules->interestRateBasisPoints / 100)
                + " % simple on " + std::to_string(count) + " unpaid "
                + std::string(codeOf(category))
                + " installment(s), each from the first day of the month after it was due "
                  "(CCP §685.010, Family Code §17433.5); never on interest";
            const std::string why = charged.isZero() && !ledger.has(m, bucket, ChargeKind::Interest)
                ? "Interest for " + monthText(m) + " at " + basis
                : "Interest for " + monthText(m) + " recomputed, " + charged.toDisplayString()
                    + " -> " + amount.toDisplayString()
                    + ", on the principal unpaid when the month began as the ledger now reads "
                      "it (a payment posted late, a reversal or a backdated change since); at "
                    + basis;
            emit(charge(caseId, m, next, ChargeKind::Interest, bucket, amount - charged, why));
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

std::optional<int> monthsChargedAfter(const std::vector<SupportOrder>& orders, Date month)
{
    const auto index = [](Date d) { return d.year() * 12 + static_cast<int>(d.month()); };
    int months = 0;
    for (const SupportOrder& order : orders) {
        if (order.versions.empty())
            continue;
        if (!order.endDate)
            return std::nullopt;
        months = std::max(months, index(*order.endDate) - index(month));
    }
    return months;
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
    Planner p {caseId, orders, assistance, catalog, state.settled, Ledger(state), {}};
    const Date through = throughMonth.firstOfMonth();
    Date start = first.value_or(through.addMonths(1));
    if (first && state.from) // the months before it are settled
        start = std::max(start, state.from->firstOfMonth());
    for (Date m = start; m <= through; m = m.addMonths(1)) {
        p.accrue(m);
        p.interest(m);
        if (m < through)
            p.convert(m);
    }
    if (state.ura) {
        p.settleCredits(through);
        p.capAssigned(through, *state.ura);
    }
    return std::move(p.out);
}

} // namespace caseledger::core
