#include "core/services/demoledger.h"

#include "core/cases/caserepository.h"
#include "core/cases/demorandom.h"
#include "core/cases/orderrepository.h"
#include "core/finance/accrualplan.h"
#include "core/services/ledgerposting.h"
#include "core/services/operation.h"
#include "core/services/workspace.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace caseledger::core {

namespace {

enum class Payer
{
    Withholding, // an employer withholds the order every month
    Direct, // pays some months, part of what is due
    OffsetsOnly, // nothing paid; tax refunds intercepted
    Nothing,
};

struct DemoCase
{
    Uuid id;
    std::vector<SupportOrder> orders;
    bool open = false; // a closed case keeps accruing, but the payer's money goes to open ones
};

struct DemoPayer
{
    Uuid person;
    std::string key; // the first case number: the payer's dice do not depend on record ids
    std::vector<DemoCase> cases;
    bool open = false; // has an open case to pay (a payer with none pays nothing here)
    Payer kind = Payer::Nothing;
};

// What the orders of the payer's open cases ask for in `month`: current support and the
// arrears payment (posting places money on open cases only).
Money dueIn(const DemoPayer& p, Date month)
{
    Money due;
    for (const auto& c : p.cases)
        for (const auto& o : c.orders)
            if (c.open)
                if (const auto* v = versionForMonth(o, month))
                    due += monthlySupport(*v).total() + v->arrearsPayment;
    return due;
}

Money wholeDollars(Money amount, int percent)
{
    const std::int64_t dollars = amount.cents() * percent / 100 / 100;
    return Money::fromCents(std::max<std::int64_t>(25, dollars) * 100);
}

std::uint64_t hashOf(std::string_view text, std::uint64_t seed)
{
    std::uint64_t h = 1469598103934665603ull ^ seed; // FNV-1a
    for (const char c : text)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

std::vector<DemoPayer> payers(Database& db, const std::vector<Uuid>& caseIds)
{
    CaseRepository cases(db);
    OrderRepository orders(db);
    std::map<Uuid, DemoPayer> byPerson;
    for (const auto& caseId : caseIds) {
        const auto ncp = cases.noncustodialParent(caseId);
        const auto c = cases.find(caseId);
        if (!ncp || !c)
            continue;
        auto& p = byPerson[*ncp];
        p.person = *ncp;
        if (p.key.empty() || c->number < p.key)
            p.key = c->number;
        p.cases.push_back({caseId, orders.forCase(caseId)});
    }
    std::vector<DemoPayer> out;
    out.reserve(byPerson.size());
    for (auto& [id, p] : byPerson) {
        const auto active = cases.activeCasesAsNoncustodial(id);
        for (auto& c : p.cases) {
            c.open = std::find(active.begin(), active.end(), c.id) != active.end();
            p.open = p.open || c.open;
        }
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(),
        [](const DemoPayer& a, const DemoPayer& b) { return a.key < b.key; });
    return out;
}

struct Simulation
{
    std::uint64_t seed = 0;
    Date from;
    Date through;
};

// One payer through every month: each month his cases accrue, then his collections of the
// month are posted (and a bounced check reversed).
void simulate(const Simulation& sim, LedgerPosting& posting, const DemoPayer& p, DemoRandom& rng,
    DemoLedgerStats& stats, std::int64_t& receipts)
{
    for (Date month = sim.from; month <= sim.through; month = month.addMonths(1)) {
        for (const auto& c : p.cases)
            stats.charges += static_cast<std::int64_t>(posting.accrueCase(c.id, month));
        const Money due = dueIn(p, month);
        auto pay = [&](Money amount, CollectionSource source, int day) {
            CollectionInput in;
            in.receiptId = "DEMO-" + std::to_string(sim.seed) + "-" + p.key + "-"
                + std::to_string(++receipts);
            in.obligor = p.person.toString();
            in.amount = amount;
            in.date = std::min(month.addDays(day - 1), month.lastOfMonth());
            in.source = source;
            auto posted = posting.post(in, std::nullopt);
            ++stats.collections;
            stats.collected += amount;
            return posted;
        };
        switch (p.kind) {
        case Payer::Withholding:
            if (due.isPositive() && rng.chance(93))
                pay(due, CollectionSource::WageWithholding, rng.between(3, 27));
            break;
        case Payer::Direct:
            if (due.isPositive() && rng.chance(50)) {
                const auto posted = pay(wholeDollars(due, rng.between(30, 100)),
                    CollectionSource::Direct, rng.between(1, 28));
                if (rng.chance(3)) {
                    posting.reverse(posted.collection, "check returned: insufficient funds");
                    ++stats.reversals;
                }
            }
            break;
        case Payer::OffsetsOnly:
        case Payer::Nothing:
            break;
        }
        // Tax refunds intercepted (45 CFR 303.72): federal in spring, state in summer.
        // A payer who pays some of the time has a refund intercepted now and then too.
        const bool offsets = p.kind == Payer::OffsetsOnly || (p.open && rng.chance(15));
        if (offsets && month.month() == 4 && rng.chance(60))
            pay(Money::fromCents(rng.between(300, 3000) * 100), CollectionSource::FederalTaxOffset,
                rng.between(8, 28));
        if (offsets && month.month() == 7 && rng.chance(30))
            pay(Money::fromCents(rng.between(100, 900) * 100), CollectionSource::StateTaxOffset,
                rng.between(5, 25));
    }
}

} // namespace

Result<DemoLedgerStats> DemoLedger::run(
    const std::vector<Uuid>& cases, Date from, Date through, const DemoLedgerProgress& progress)
{
    DemoLedgerStats stats;
    const Simulation sim {m_seed, from.firstOfMonth(), through.firstOfMonth()};
    if (sim.through < sim.from)
        return stats;
    for (Date month = sim.from; month <= sim.through; month = month.addMonths(1))
        ++stats.months;
    auto all = payers(m_ws.db(), cases);
    std::vector<DemoRandom> dice;
    dice.reserve(all.size());
    for (auto& p : all) {
        dice.emplace_back(hashOf(p.key, m_seed));
        // The mix gives a current-support measure near half (51.3 % for FY 2026 with seed 2026);
        // California's is about two thirds.
        p.kind = static_cast<Payer>(dice.back().weighted({55, 20, 10, 15}));
        if (!p.open)
            p.kind = Payer::Nothing;
    }
    stats.payers = static_cast<std::int64_t>(all.size());
    std::int64_t receipts = 0;
    constexpr std::size_t kPayersPerTransaction = 100;
    for (std::size_t first = 0; first < all.size(); first += kPayersPerTransaction) {
        const std::size_t last = std::min(all.size(), first + kPayersPerTransaction);
        auto batch = m_ws.perform(m_session, Action::DemoGenerate, [&](Operation& op) {
            op.keepLocal();
            op.target("database", m_ws.databaseId().toString());
            op.describe("demo money history " + sim.from.toIso() + " to "
                + sim.through.lastOfMonth().toIso() + ": payers " + std::to_string(first + 1)
                + " to " + std::to_string(last) + " of " + std::to_string(all.size()));
            DemoLedgerStats part;
            std::int64_t numbered = receipts;
            LedgerPosting posting(op);
            // The accrual state of one payer's cases is kept from month to month, then let go.
            posting.keepAccrualStates();
            for (std::size_t i = first; i < last; ++i) {
                simulate(sim, posting, all[i], dice[i], part, numbered);
                posting.forgetAccrualStates();
                if (progress
                    && !progress(
                        static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(all.size())))
                    throw Failure(ErrorCode::Cancelled, "the demo money history was cancelled");
            }
            receipts = numbered;
            return part;
        });
        if (!batch)
            return batch.error();
        stats.charges += batch->charges;
        stats.collections += batch->collections;
        stats.reversals += batch->reversals;
        stats.collected += batch->collected;
    }
    return stats;
}

} // namespace caseledger::core
