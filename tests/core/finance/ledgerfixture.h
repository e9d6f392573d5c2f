#pragma once

#include "core/services/accrualservice.h"
#include "core/services/caseservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/orderservice.h"
#include "core/services/paymentservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <random>

namespace caseledger::test {

// A family with a $500 monthly order from 2025-01-01 in a workspace whose clock starts on
// 2025-01-06, and a financial worker (the fiscal clerk) who posts.
struct LedgerSetup
{
    TestWorkspace t {core::Date::fromYmd(2025, 1, 6)};
    core::Session worker;
    core::Session fiscal;
    Family family;
    core::SupportOrder order;

    explicit LedgerSetup(core::Money monthly = core::Money::fromCents(500'00))
    {
        worker = t.sessionAs(core::Role::Caseworker);
        fiscal = t.sessionAs(core::Role::FinancialWorker);
        family = openFamily(t, worker);
        core::NewOrderRequest r;
        r.courtCaseNumber = "25FL000101";
        r.terms.effective = core::Date::fromYmd(2025, 1, 1);
        r.terms.currentSupport = monthly;
        auto added = core::OrderService(t.ws()).add(worker, family.record.number, r);
        REQUIRE(added.ok());
        order = *added;
    }

    const std::string& caseNumber() const { return family.record.number; }

    void setToday(core::Date d) { t.clock().set(core::FakeClock(d).now()); }

    // The case opened on 2025-01-01 as never aided; CalWORKs from `from`.
    void aidedFrom(core::Date from)
    {
        REQUIRE(core::CaseService(t.ws())
                    .setAssistance(worker, caseNumber(), core::AssistanceStatus::Current, from)
                    .ok());
    }

    // Aid granted for `month` (YYYY-MM), imported as the grants CSV is.
    void grant(const std::string& month, const std::string& amount)
    {
        const std::string csv
            = "case,month,amount\n" + caseNumber() + "," + month + "," + amount + "\n";
        REQUIRE(core::AccrualService(t.ws()).importGrants(fiscal, csv, false).ok());
    }

    // January accrued and a payment posted on 2025-01-15; February accrued on 2025-02-03.
    core::PostResult postInJanuaryThenAccrueFebruary(const std::string& receipt, std::int64_t cents)
    {
        setToday(core::Date::fromYmd(2025, 1, 15));
        accrue(2025, 1);
        auto posted = post(receipt, cents, core::Date::fromYmd(2025, 1, 15));
        setToday(core::Date::fromYmd(2025, 2, 3));
        accrue(2025, 2);
        return posted;
    }

    core::AccrualSummary accrue(int year, unsigned month)
    {
        auto s = core::AccrualService(t.ws()).accrueThrough(
            fiscal, core::Date::fromYmd(year, month, 1));
        INFO((s ? "" : s.error().message));
        REQUIRE(s.ok());
        return *s;
    }

    core::PostResult post(const std::string& receipt, std::int64_t cents, core::Date date,
        core::CollectionSource source = core::CollectionSource::Direct)
    {
        auto r = core::PaymentService(t.ws()).post(
            fiscal, {receipt, caseNumber(), core::Money::fromCents(cents), date, source});
        INFO((r ? "" : r.error().message));
        REQUIRE(r.ok());
        return *r;
    }

    core::CaseLedger ledger()
    {
        auto l = core::LedgerService(t.ws()).ledger(fiscal, caseNumber());
        REQUIRE(l.ok());
        return *l;
    }

    core::Money owed(const core::Bucket& b)
    {
        for (const auto& x : ledger().buckets)
            if (x.bucket == b)
                return x.owed();
        return {};
    }

    std::int64_t count(const char* table)
    {
        return t.ws().db().queryInt64(std::string("SELECT count(*) FROM ") + table);
    }
};

// The payer of LedgerSetup's family also pays a second, aided case ($300 a month from
// February), so a collection is prorated across two cases with URA and pass-through.
inline std::string addAidedCase(LedgerSetup& s)
{
    auto& ws = s.t.ws();
    const auto cp = addPerson(ws, s.worker, "Ana", "López", core::Date::fromYmd(1992, 3, 4));
    const auto child = addPerson(ws, s.worker, "Luis", "Ramírez", core::Date::fromYmd(2020, 5, 6));
    core::OpenCaseRequest r;
    r.applicationDate = s.t.clock().today().addDays(-5);
    r.participants = {{cp.id, core::ParticipantRole::CustodialParty, false, {}},
        {s.family.ncp.id, core::ParticipantRole::NoncustodialParent, false, {}},
        {child.id, core::ParticipantRole::Child, false, {}}};
    auto opened = core::CaseService(ws).open(s.worker, r);
    REQUIRE(opened.ok());
    core::NewOrderRequest o;
    o.courtCaseNumber = "25FL000202";
    o.terms.effective = core::Date::fromYmd(2025, 2, 1);
    o.terms.currentSupport = core::Money::fromCents(300'00);
    REQUIRE(core::OrderService(ws).add(s.worker, opened->number, o).ok());
    REQUIRE(core::CaseService(ws)
                .setAssistance(s.worker, opened->number, core::AssistanceStatus::Current,
                    core::Date::fromYmd(2025, 2, 1))
                .ok());
    const std::string grants = "case,month,amount\n" + opened->number + ",2025-02,900.00\n"
        + opened->number + ",2025-03,900.00\n";
    REQUIRE(core::AccrualService(ws).importGrants(s.fiscal, grants, false).ok());
    return opened->number;
}

// What a random history (playRandomHistory) has just done, for a test's checks.
enum class HistoryStep
{
    Accrued, // the month was accrued (`month`)
    LatePosting, // a payment dated in the month before was posted
    Modified, // the order was modified back to April (June)
};

// A property test's random eight months of the family's ledger, from the seed: each month
// accrued, then up to three payments -- some dated in the month before (a late posting), some
// federal tax offsets and some large enough to pay ahead when `varied` -- and now and then a
// reversal. Even seeds: CalWORKs from March and a grant for March recorded in May (URA grows,
// UDA is assigned again, so installments move between PA and UDA). June: a modification back to
// April. `after` runs after each step it names.
inline void playRandomHistory(LedgerSetup& s, unsigned seed, bool varied,
    const std::function<void(HistoryStep, unsigned month)>& after = {})
{
    const auto note = [&](HistoryStep step, unsigned month) {
        if (after)
            after(step, month);
    };
    const bool aided = seed % 2 == 0;
    if (aided)
        s.aidedFrom(core::Date::fromYmd(2025, 3, 1));
    std::mt19937 rng(seed);
    std::vector<std::string> receipts;
    int n = 0;
    for (unsigned month = 1; month <= 8; ++month) {
        s.setToday(core::Date::fromYmd(2025, month, 26));
        s.accrue(2025, month);
        note(HistoryStep::Accrued, month);
        const int payments = static_cast<int>(rng() % 3) + (varied ? 1 : 0);
        for (int k = 0; k < payments; ++k) {
            const bool late = month > 1 && rng() % 4 == 0;
            const core::Date on = late ? core::Date::fromYmd(2025, month - 1, 20)
                                       : core::Date::fromYmd(2025, month, 1 + rng() % 25);
            const auto pick = varied ? rng() % 5 : 4;
            const std::int64_t cents = pick == 0
                ? 2'500'00 + static_cast<std::int64_t>(rng() % 1'000'00)
                : 50'00 + static_cast<std::int64_t>(rng() % 600'00);
            const auto source = pick == 1 ? core::CollectionSource::FederalTaxOffset
                                          : core::CollectionSource::Direct;
            const std::string receipt = "H" + std::to_string(seed) + "-" + std::to_string(n++);
            s.post(receipt, cents, on, source);
            receipts.push_back(receipt);
            if (late)
                note(HistoryStep::LatePosting, month);
        }
        if (!receipts.empty() && rng() % 3 == 0) { // each collection bounces at most once
            const auto bounced = receipts.begin() + static_cast<long>(rng() % receipts.size());
            REQUIRE(core::PaymentService(s.t.ws()).reverse(s.fiscal, *bounced, "bounced").ok());
            receipts.erase(bounced);
        }
        if (aided && month == 5) {
            const std::string csv = "case,month,amount\n" + s.caseNumber() + ",2025-03,"
                + std::to_string(300 + seed) + ".00\n";
            REQUIRE(core::AccrualService(s.t.ws()).importGrants(s.fiscal, csv, false).ok());
        }
        if (month == 6) {
            core::OrderTerms terms;
            terms.effective = core::Date::fromYmd(2025, 4, 1);
            terms.requestFiledOn = core::Date::fromYmd(2025, 3, 20);
            terms.currentSupport = core::Money::fromCents(250'00);
            REQUIRE(core::OrderService(s.t.ws()).modify(s.worker, s.order.id, terms).ok());
            note(HistoryStep::Modified, month);
        }
    }
}

} // namespace caseledger::test
