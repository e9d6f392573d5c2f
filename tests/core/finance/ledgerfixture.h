#pragma once

#include "core/services/accrualservice.h"
#include "core/services/caseservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/orderservice.h"
#include "core/services/paymentservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

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

} // namespace caseledger::test
