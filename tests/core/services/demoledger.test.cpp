#include "core/services/accrualservice.h"
#include "core/services/auditservice.h"
#include "core/services/demoservice.h"
#include "core/services/orderservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

DemoRequest request(std::uint64_t seed)
{
    DemoRequest r;
    r.cases = 150;
    r.seed = seed;
    r.caseworkers = 2;
    r.supervisors = 1;
    r.financialWorkers = 0;
    r.workerPassword = kUserPassword;
    r.ledgerYears = 1;
    return r;
}

std::int64_t count(Workspace& ws, const std::string& sql)
{
    return ws.db().queryInt64(sql);
}

// The rows of `table` on one case.
std::int64_t rowsOf(Workspace& ws, const char* table, const Uuid& caseId)
{
    auto s = ws.db().prepare(std::string("SELECT count(*) FROM ") + table + " WHERE case_id = ?1");
    s.bind(1, caseId);
    return s.step() ? s.int64(0) : -1;
}

// A database with one real family whose order has accrued through December 2024.
struct RealCounty
{
    TestWorkspace t {Date::fromYmd(2025, 1, 20)};
    Session worker = t.sessionAs(Role::Caseworker);
    Session fiscal = t.sessionAs(Role::FinancialWorker);
    Family family = openFamily(t, worker);

    RealCounty()
    {
        NewOrderRequest order;
        order.courtCaseNumber = "24FL000777";
        order.terms.effective = Date::fromYmd(2024, 1, 1);
        order.terms.currentSupport = Money::fromCents(450'00);
        REQUIRE(OrderService(t.ws()).add(worker, family.record.number, order).ok());
        REQUIRE(AccrualService(t.ws())
                    .accrueCase(fiscal, family.record.number, Date::fromYmd(2024, 12, 1))
                    .ok());
    }
};

} // namespace

TEST_CASE("The demo money history: accrued and paid month by month by the posting rules, "
          "real cases untouched, deterministic",
    "[services][demo][finance]")
{
    RealCounty county;
    auto& t = county.t;
    auto& ws = t.ws();
    const auto& family = county.family;
    const auto realCharges = rowsOf(ws, "charge", family.record.id);
    REQUIRE(realCharges > 0);
    const auto auditBefore = auditCount(ws);
    const auto synced = count(ws, "SELECT count(*) FROM change_log");

    auto result = DemoService(ws).generate(t.admin(), request(11));
    REQUIRE(result.ok());
    const auto& money = result->ledger;
    // The fiscal year before the current one (FY 2024 began 2023-10-01) through December 2024.
    CHECK(result->ledgerFrom == Date::fromYmd(2023, 10, 1));
    CHECK(result->ledgerThrough == Date::fromYmd(2024, 12, 1));
    CHECK(money.months == 15);
    CHECK(money.payers > 20);
    CHECK(money.collections > 100);
    CHECK(money.collections == count(ws, "SELECT count(*) FROM collection"));
    CHECK(money.collected.cents() == count(ws, "SELECT sum(amount_cents) FROM collection"));
    // Entries: the charges, and paid-ahead money applied as its months came due.
    const auto charges = count(ws, "SELECT count(*) FROM charge") - realCharges;
    CHECK(charges > 1000);
    CHECK(money.charges >= charges);
    // Every payer has an open case: nothing waits in the undistributed queue.
    CHECK(count(ws,
              "SELECT count(*) FROM collection c WHERE NOT EXISTS (SELECT 1 FROM "
              "allocation_line l WHERE l.collection_id = c.id)")
        == 0);
    for (const char* source : {"wage_withholding", "direct", "federal_tax_offset"})
        CHECK(count(ws,
                  std::string("SELECT count(*) FROM collection WHERE source = '") + source + "'")
            > 0);

    // Every collection not reversed is placed to the cent; a reversed one nets to nothing.
    CHECK(count(ws,
              "SELECT count(*) FROM collection c WHERE amount_cents <> (SELECT "
              "coalesce(sum(amount_cents), 0) FROM allocation_line l WHERE l.collection_id = c.id) "
              "AND c.id NOT IN (SELECT collection_id FROM collection_event WHERE kind = "
              "'reversed')")
        == 0);
    CHECK(count(ws,
              "SELECT count(*) FROM collection_event e WHERE kind = 'reversed' AND (SELECT "
              "sum(amount_cents) FROM allocation_line l WHERE l.collection_id = e.collection_id) "
              "<> 0")
        == 0);
    CHECK(count(ws, "SELECT count(*) FROM collection_event WHERE kind = 'reversed'")
        == money.reversals);

    // The months were accrued exactly as a fresh accrual of every case would: nothing is left to
    // write (the state kept between months is the ledger's).
    auto again = AccrualService(ws).accrueThrough(county.fiscal, Date::fromYmd(2024, 12, 1));
    REQUIRE(again.ok());
    CHECK(again->charges == 0);

    // The real case: not one entry more, no collection.
    CHECK(rowsOf(ws, "charge", family.record.id) == realCharges);
    CHECK(rowsOf(ws, "allocation_line", family.record.id) == 0);
    // Local demonstration data: nothing offered to sync but the three accounts.
    CHECK(count(ws, "SELECT count(*) FROM change_log") == synced + 3);
    // (the administrator, the two sessions of RealCounty, the three demo accounts)
    CHECK(count(ws, "SELECT count(*) FROM change_log WHERE entity = 'user'") == 3 + 3);
    // Accounts, the caseload, a record per batch of payers, and the accrual above; all verify.
    const auto batches = (money.payers + 99) / 100;
    CHECK(auditCount(ws) == auditBefore + 3 + 1 + batches + 1);
    auto verified = AuditService(ws).verify(t.admin());
    REQUIRE(verified.ok());
    CHECK(verified->ok);
    CHECK(ws.db().queryText("PRAGMA integrity_check") == "ok");
    CHECK(count(ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);

    // The same seed gives the same money.
    RealCounty other;
    auto same = DemoService(other.t.ws()).generate(other.t.admin(), request(11));
    REQUIRE(same.ok());
    CHECK(same->ledger.collections == money.collections);
    CHECK(same->ledger.collected == money.collected);
    CHECK(same->ledger.charges == money.charges);
    CHECK(same->ledger.reversals == money.reversals);
}

TEST_CASE(
    "The demo money history is off unless asked for, and refuses a bad span", "[services][demo]")
{
    TestWorkspace t(Date::fromYmd(2025, 1, 20));
    auto r = request(2);
    r.cases = 20;
    r.ledgerYears = 0;
    auto none = DemoService(t.ws()).generate(t.admin(), r);
    REQUIRE(none.ok());
    CHECK(none->ledger.months == 0);
    CHECK(t.ws().db().queryInt64("SELECT count(*) FROM charge") == 0);
    r.ledgerYears = 11;
    auto bad = DemoService(t.ws()).generate(t.admin(), r);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == "ledger_years");
    CHECK(t.ws().db().queryInt64("SELECT count(*) FROM cases") == 20);
}
