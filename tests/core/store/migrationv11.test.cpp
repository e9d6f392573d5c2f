#include "core/finance/keptbalancerepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/tempdir.h"

#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

std::vector<std::string> yearSums(Database& db)
{
    return textColumn(db,
        "SELECT fy || ': ' || current_due_cents || ' ' || current_paid_cents || ' ' || "
        "arrears_charged_cents || ' ' || arrears_fell_due_cents || ' ' || arrears_paid_cents || "
        "' ' || distributed_cents FROM fiscal_year_sum ORDER BY fy");
}

std::vector<std::string> monthSums(Database& db)
{
    auto sums = textColumn(
        db, "SELECT month || ' ' || source || ' ' || amount_cents FROM month_collected ORDER BY 1");
    for (auto& row : textColumn(db,
             "SELECT month || ' ' || payee || ' ' || disposition || ' ' || amount_cents FROM "
             "month_distributed ORDER BY 1"))
        sums.push_back(row);
    for (auto& row : textColumn(db,
             "SELECT 'case ' || month || ' ' || amount_cents FROM case_month_distributed "
             "ORDER BY 1"))
        sums.push_back(row);
    return sums;
}

} // namespace

TEST_CASE("Migration to version 11 sums the ledger already there by fiscal year and by month, "
          "and its triggers keep the sums as entries are added",
    "[store][migration][reports]")
{
    TempDir dir;
    SecureBytes key(32);
    auto db = oneCaseAtVersion(dir / "v10.cldb", key, 10);
    // September 2025 (FY 2025) accrued and converted to arrears on October 1st (FY 2026), its
    // interest in November; October accrued. A collection of October paid current support,
    // arrears and money held; one of November bounced.
    db->exec(kChargeInsertSql + std::string(R"sql(
    (x'01', x'000000000000000000000000000000c1', '2025-09-01', '2025-09-01', 'accrual',
     'current_child', NULL, 50000, 'order', '2025-09-01T00:00:00Z', 1, x'aa'),
    (x'02', x'000000000000000000000000000000c1', '2025-09-01', '2025-10-01', 'conversion',
     'current_child', NULL, -30000, 'month end', '2025-10-01T00:00:00Z', 1, x'aa'),
    (x'03', x'000000000000000000000000000000c1', '2025-09-01', '2025-10-01', 'conversion',
     'arrears_NA_principal', '2025-09-01', 30000, 'month end', '2025-10-01T00:00:00Z', 1, x'aa'),
    (x'04', x'000000000000000000000000000000c1', '2025-10-01', '2025-10-01', 'accrual',
     'current_child', NULL, 50000, 'order', '2025-10-01T00:00:00Z', 1, x'aa'),
    (x'05', x'000000000000000000000000000000c1', '2025-11-01', '2025-11-01', 'interest',
     'arrears_NA_interest', NULL, 250, 'interest', '2025-11-01T00:00:00Z', 1, x'aa'),
    (x'06', x'000000000000000000000000000000c1', '2025-08-01', '2025-08-01', 'conversion',
     'arrears_NA_principal', NULL, -1000, 'credit', '2025-08-01T00:00:00Z', 1, x'aa');
INSERT INTO collection (id, receipt_id, obligor_id, source, amount_cents, collected_on,
                        posted_by, posted_at, batch_id, rule_set, hlc, device) VALUES
    (x'c0', 'R-1', NULL, 'wage_withholding', 70000, '2025-10-10', 'finance',
     '2025-10-10T00:00:00Z', NULL, 'california', 1, x'aa'),
    (x'c1', 'R-2', NULL, 'direct', 5000, '2025-11-03', 'finance', '2025-11-03T00:00:00Z', NULL,
     'california', 1, x'aa');
INSERT INTO allocation_line (id, collection_id, seq, entry, case_id, period, bucket, payee,
                             disposition, amount_cents, ura_cents, county_cents,
                             installment_due, rule, hlc, device) VALUES
    (x'11', x'c0', 1, 'allocation', x'000000000000000000000000000000c1', '2025-10-01',
     'current_child', 'family', 'family', 50000, 0, 0, NULL, 'current', 1, x'aa'),
    (x'12', x'c0', 2, 'allocation', x'000000000000000000000000000000c1', '2025-10-01',
     'arrears_NA_principal', 'family', 'family', 15000, 0, 0, '2025-09-01', 'arrears', 1,
     x'aa'),
    (x'13', x'c0', 3, 'allocation', x'000000000000000000000000000000c1', '2025-10-01',
     'future', 'held', 'unapplied', 5000, 0, 0, NULL, 'unapplied', 1, x'aa');
INSERT INTO collection_event (id, collection_id, kind, reason, at_utc, user_name, hlc, device)
VALUES (x'e1', x'c1', 'reversed', 'bounced', '2025-11-20T00:00:00Z', 'finance', 1, x'aa');
)sql"));
    migrate(*db);
    CHECK(db->userVersion() == latestSchemaVersion());
    // FY 2025: September's $500 due, the August credit on arrears (charged, never "fell due").
    // FY 2026: October's $500 due and paid; arrears of $300 and interest of $2.50 fell due on
    // October 1st and November 1st; $150 paid on them; $650 distributed, the $50 held is not.
    CHECK(yearSums(*db)
        == std::vector<std::string> {
            "2025: 50000 0 -1000 0 0 0", "2026: 50000 50000 30250 30250 15000 65000"});
    // November's bounced check is no money collected; the held $50 is no distribution.
    CHECK(monthSums(*db)
        == std::vector<std::string> {"2025-10-01 wage_withholding 70000", "2025-11-01 direct 0",
            "2025-10-01 family family 65000", "case 2025-10-01 65000"});
    CHECK(KeptBalanceRepository(*db).verify().ok());

    // New entries go through the triggers: a payment of November, and its reversal.
    db->exec(R"sql(
INSERT INTO collection (id, receipt_id, obligor_id, source, amount_cents, collected_on,
                        posted_by, posted_at, batch_id, rule_set, hlc, device) VALUES
    (x'c2', 'R-3', NULL, 'federal_tax_offset', 20000, '2025-11-15', 'finance',
     '2025-11-15T00:00:00Z', NULL, 'california', 1, x'aa');
INSERT INTO allocation_line (id, collection_id, seq, entry, case_id, period, bucket, payee,
                             disposition, amount_cents, ura_cents, county_cents,
                             installment_due, rule, hlc, device) VALUES
    (x'21', x'c2', 1, 'allocation', x'000000000000000000000000000000c1', '2025-11-01',
     'arrears_NA_interest', 'retained_state', 'retained', 250, 0, 0, NULL, 'interest', 1, x'aa'),
    (x'22', x'c2', 2, 'allocation', x'000000000000000000000000000000c1', '2025-11-01',
     'arrears_NA_principal', 'family', 'family', 15000, 0, 0, '2025-09-01', 'arrears', 1,
     x'aa'),
    (x'23', x'c2', 3, 'reversal', x'000000000000000000000000000000c1', '2025-11-01',
     'arrears_NA_principal', 'family', 'family', -15000, 0, 0, '2025-09-01', 'arrears', 1,
     x'aa');
INSERT INTO collection_event (id, collection_id, kind, reason, at_utc, user_name, hlc, device)
VALUES (x'e2', x'c2', 'reversed', 'returned', '2025-11-20T00:00:00Z', 'finance', 1, x'aa');
)sql");
    CHECK(yearSums(*db)
        == std::vector<std::string> {
            "2025: 50000 0 -1000 0 0 0", "2026: 50000 50000 30250 30250 15250 65250"});
    CHECK(monthSums(*db)
        == std::vector<std::string> {"2025-10-01 wage_withholding 70000", "2025-11-01 direct 0",
            "2025-11-01 federal_tax_offset 0", "2025-10-01 family family 65000",
            "2025-11-01 family family 0", "2025-11-01 retained_state retained 250",
            "case 2025-10-01 65000", "case 2025-11-01 250"});
    CHECK(KeptBalanceRepository(*db).verify().ok());
}
