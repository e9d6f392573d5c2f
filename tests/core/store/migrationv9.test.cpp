#include "core/finance/chargerepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("Migration to version 9 sums each installment of the ledger and keeps the sums",
    "[store][migration][finance]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = oneCaseAtVersion(dir / "v8.cldb", key, 8);
    // March 2025 converted to NA arrears ($500), April's $300 too; $200 paid on March's; a
    // reassignment moved $100 of April's into UDA in May. No accrual has run under version 9.
    db->exec(kChargeInsertSql + std::string(R"sql(
    (x'01', x'000000000000000000000000000000c1', '2025-03-01', '2025-04-01', 'conversion',
     'arrears_NA_principal', '2025-03-01', 50000, 'month end', '2025-04-01T00:00:00Z', 1, x'aa'),
    (x'02', x'000000000000000000000000000000c1', '2025-04-01', '2025-05-01', 'conversion',
     'arrears_NA_principal', '2025-04-01', 30000, 'month end', '2025-05-01T00:00:00Z', 1, x'aa'),
    (x'03', x'000000000000000000000000000000c1', '2025-05-01', '2025-05-01', 'reassignment',
     'arrears_NA_principal', '2025-04-01', -10000, 'moved', '2025-05-01T00:00:00Z', 1, x'aa'),
    (x'04', x'000000000000000000000000000000c1', '2025-05-01', '2025-05-01', 'reassignment',
     'arrears_UDA_principal', '2025-04-01', 10000, 'moved', '2025-05-01T00:00:00Z', 1, x'aa'),
    (x'05', x'000000000000000000000000000000c1', '2025-05-01', '2025-05-01', 'accrual',
     'current_child', NULL, 50000, 'order', '2025-05-01T00:00:00Z', 1, x'aa');
INSERT INTO collection (id, receipt_id, obligor_id, source, amount_cents, collected_on,
                        posted_by, posted_at, rule_set, hlc, device) VALUES
    (x'c0', 'R-1', x'0b', 'direct', 20000, '2025-05-02', 'finance01', '2025-05-02T10:00:00Z',
     'CA', 1, x'aa');
INSERT INTO allocation_line (id, collection_id, seq, entry, case_id, period, bucket, payee,
                             disposition, amount_cents, ura_cents, county_cents,
                             installment_due, rule, hlc, device) VALUES
    (x'a1', x'c0', 1, 'allocation', x'000000000000000000000000000000c1', '2025-05-01',
     'arrears_NA_principal', 'family', 'distributed', 20000, 0, 0, '2025-03-01', 'r', 1, x'aa');
)sql"));

    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(db->queryText("PRAGMA integrity_check") == "ok");
    const auto caseId = *Uuid::parse("00000000-0000-0000-0000-0000000000c1");
    ChargeRepository charges(*db);
    auto balances = charges.installmentBalances(caseId);
    REQUIRE(balances.size() == 3);
    const Date march = Date::fromYmd(2025, 3, 1), april = Date::fromYmd(2025, 4, 1);
    const Date may = Date::fromYmd(2025, 5, 1);
    CHECK(balances[0].bucket == Bucket::principal(ArrearsCategory::NA));
    CHECK(balances[0].due == march);
    CHECK(balances[0].unpaid == Money::fromCents(300'00));
    CHECK(balances[1].due == april);
    CHECK(balances[1].unpaid == Money::fromCents(200'00));
    CHECK_FALSE(balances[1].enteredOn);
    CHECK(balances[2].bucket == Bucket::principal(ArrearsCategory::UDA));
    CHECK(balances[2].unpaid == Money::fromCents(100'00));
    CHECK(balances[2].enteredOn == may);
    // No case has a mark until accrual sets one: the first accrual replays every case.
    CHECK_FALSE(charges.settledBefore(caseId));

    // The triggers keep the sums with every entry written after the migration.
    db->exec(R"sql(
INSERT INTO allocation_line (id, collection_id, seq, entry, case_id, period, bucket, payee,
                             disposition, amount_cents, ura_cents, county_cents,
                             installment_due, rule, hlc, device) VALUES
    (x'a2', x'c0', 2, 'reversal', x'000000000000000000000000000000c1', '2025-05-01',
     'arrears_NA_principal', 'family', 'distributed', -20000, 0, 0, '2025-03-01', 'r', 1, x'aa');
)sql");
    charges.markSettled(caseId, may);
    CHECK(charges.settledBefore(caseId) == may);
    charges.markSettled(caseId, april); // a mark further on stays
    CHECK(charges.settledBefore(caseId) == may);
    balances = charges.installmentBalances(caseId);
    REQUIRE(balances.size() == 3);
    CHECK(balances[0].unpaid == Money::fromCents(500'00));
    // A March entry is before the mark: it drops it.
    db->exec(R"sql(
INSERT INTO charge (id, case_id, period, effective_on, kind, bucket, installment_due,
                    amount_cents, reason, created_at, hlc, device) VALUES
    (x'06', x'000000000000000000000000000000c1', '2025-03-01', '2025-04-01', 'conversion',
     'arrears_NA_principal', '2025-03-01', 1000, 'again', '2025-06-01T00:00:00Z', 1, x'aa');
)sql");
    CHECK_FALSE(charges.settledBefore(caseId));
    CHECK(charges.installmentBalances(caseId)[0].unpaid == Money::fromCents(510'00));
}
