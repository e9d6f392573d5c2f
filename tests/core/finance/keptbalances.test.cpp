// DESIGN §5: balances may be kept beside the ledger only where a verifier can recompute them.
// The verifier of the sums posting and accrual read (installment_balance, bucket_sum) agrees
// with a random ledger, names each kept sum changed behind the ledger's back with its case,
// bucket and both figures, and the rebuild from the ledger mends them -- only for an
// administrator who says why. Who may run each: tests/core/services/financeprobes.test.cpp.
#include "core/finance/balancerepository.h"
#include "core/finance/keptbalancerepository.h"
#include "core/store/keptbalancesql.h"
#include "tests/core/finance/ledgerfixture.h"
#include "tests/support/oldschema.h"
#include "tests/support/sqlcolumn.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

// The family's case and the payer's second, aided one, eight random months of history.
struct History
{
    LedgerSetup s;
    Uuid second;

    explicit History(unsigned seed)
    {
        const std::string number = test::addAidedCase(s);
        test::playRandomHistory(s, seed, true);
        second = idOf(number);
    }
    Database& db() { return s.t.ws().db(); }
    Uuid idOf(const std::string& number)
    {
        auto q = db().prepare("SELECT id FROM cases WHERE case_number = ?1");
        q.bind(1, number);
        REQUIRE(q.step());
        return q.uuid(0);
    }
    KeptBalanceCheck verify()
    {
        auto v = LedgerService(s.t.ws()).verifyKeptBalances(s.t.sessionAs(Role::FinancialWorker));
        REQUIRE(v.ok());
        return *v;
    }
    // Posting's read of the case's balances on a day, from the kept sums and from every row.
    bool totalsAgree(const Uuid& caseId)
    {
        BalanceRepository repo(db());
        const Date on = Date::fromYmd(2025, 8, 27);
        return repo.totals(caseId, on) == repo.totalsFromLedger(caseId, on);
    }
};

} // namespace

TEST_CASE("The kept balances of random ledgers agree with the ledger", "[finance][verify]")
{
    for (unsigned seed = 1; seed <= 2; ++seed) {
        INFO("seed " << seed);
        History h(seed);
        std::vector<std::pair<std::int64_t, std::int64_t>> calls;
        auto v = LedgerService(h.s.t.ws())
                     .verifyKeptBalances(h.s.t.sessionAs(Role::FinancialWorker),
                         [&](std::int64_t done, std::int64_t total) {
                             calls.emplace_back(done, total);
                             return true;
                         });
        REQUIRE(v.ok());
        CHECK(v->ok());
        CHECK(v->differences == 0);
        CHECK(v->listed.empty());
        CHECK(v->reportSumDifferences == 0); // the reports' sums too (migration 11)
        CHECK(v->cases == 2);
        CHECK(v->installments == h.db().queryInt64("SELECT count(*) FROM installment_balance"));
        CHECK(v->bucketSums == h.db().queryInt64("SELECT count(*) FROM bucket_sum"));
        CHECK(v->installments > 0);
        CHECK(v->bucketSums > 2); // interest and money paid ahead
        // Progress after each case, before each table of the reports' sums, then done: both
        // cases of the database.
        REQUIRE(calls.size() == 3 + kReportSumTables.size());
        CHECK(calls[0] == std::pair<std::int64_t, std::int64_t>(1, 2));
        CHECK(calls.back() == std::pair<std::int64_t, std::int64_t>(2, 2));
    }
}

TEST_CASE("A kept balance changed behind the ledger is named, and rebuilt from the ledger",
    "[finance][verify]")
{
    History h(2);
    Database& db = h.db();
    const Uuid family = h.s.family.record.id;
    REQUIRE(h.verify().ok());

    // Three kinds of damage: a sum changed, an installment's balance lost, a sum invented.
    auto one = db.prepare("SELECT bucket, amount_cents FROM bucket_sum WHERE case_id = ?1 AND "
                          "bucket LIKE '%interest' AND unapplied = 0 ORDER BY bucket LIMIT 1");
    one.bind(1, family);
    REQUIRE(one.step());
    const std::string interest = one.text(0);
    const std::int64_t interestCents = one.int64(1);
    auto changed = db.prepare(
        "UPDATE bucket_sum SET amount_cents = amount_cents + 1 WHERE case_id = ?1 AND bucket = ?2 "
        "AND unapplied = 0");
    changed.bind(1, family).bind(2, interest);
    changed.run();

    auto open = db.prepare("SELECT case_id, bucket, installment_due, unpaid_cents, entered_on "
                           "FROM installment_balance WHERE unpaid_cents <> 0 OR entered_on IS "
                           "NOT NULL ORDER BY installment_due LIMIT 1");
    REQUIRE(open.step());
    const Uuid owing = open.uuid(0);
    const std::string principal = open.text(1);
    const std::string due = open.text(2);
    const std::int64_t unpaid = open.int64(3);
    const std::string entered = open.isNull(4) ? "" : open.text(4);
    auto lost = db.prepare("DELETE FROM installment_balance WHERE case_id = ?1 AND bucket = ?2 "
                           "AND installment_due = ?3");
    lost.bind(1, owing).bind(2, principal).bind(3, due);
    lost.run();

    auto invented = db.prepare("INSERT INTO bucket_sum (case_id, bucket, unapplied, amount_cents) "
                               "VALUES (?1, 'arrears_TA_interest', 0, 1234)");
    invented.bind(1, family);
    invented.run();
    CHECK_FALSE(h.totalsAgree(family)); // what posting would read is wrong

    // Kept sums of no case, sorting before and after every real one: the walk by case order
    // must meet them where they are.
    db.exec("INSERT INTO bucket_sum (case_id, bucket, unapplied, amount_cents) VALUES "
            "(x'00000000000000000000000000000001', 'future', 1, 7), "
            "(x'ffffffffffffffffffffffffffffffff', 'future', 0, 8)");

    const KeptBalanceCheck v = h.verify();
    CHECK_FALSE(v.ok());
    CHECK(v.differences == 5);
    REQUIRE(v.listed.size() == 5);
    CHECK(v.listed.front().caseId.toString() == "00000000-0000-0000-0000-000000000001");
    CHECK(v.listed.front().unapplied);
    CHECK(v.listed.front().kept.cents() == 7);
    CHECK(v.listed.back().caseId.toString() == "ffffffff-ffff-ffff-ffff-ffffffffffff");
    CHECK(v.listed.back().kept.cents() == 8);
    std::map<std::string, const KeptBalanceDifference*> byBucket;
    for (const auto& d : v.listed)
        byBucket[d.bucket] = &d;
    REQUIRE(byBucket.count(interest));
    const auto& c = *byBucket[interest];
    CHECK(c.caseNumber == h.s.caseNumber());
    CHECK(c.kept.cents() == interestCents + 1);
    CHECK(c.ledger.cents() == interestCents);
    CHECK_FALSE(c.installment);
    REQUIRE(byBucket.count(principal));
    const auto& l = *byBucket[principal];
    CHECK(l.caseId == owing);
    REQUIRE(l.installment);
    CHECK(l.installment->toIso() == due);
    CHECK(l.kept.cents() == 0);
    CHECK(l.ledger.cents() == unpaid);
    CHECK_FALSE(l.keptEnteredOn);
    CHECK((l.ledgerEnteredOn ? l.ledgerEnteredOn->toIso() : "") == entered);
    REQUIRE(byBucket.count("arrears_TA_interest"));
    CHECK(byBucket["arrears_TA_interest"]->kept.cents() == 1234);
    CHECK(byBucket["arrears_TA_interest"]->ledger.cents() == 0);

    // The reports' sums (migration 11): a year's current support paid and a month's collected
    // money changed, a month's distribution invented.
    auto paidMore = db.prepare("UPDATE fiscal_year_sum SET current_paid_cents = "
                               "current_paid_cents + 1 WHERE case_id = ?1 AND fy = 2025");
    paidMore.bind(1, family);
    paidMore.run();
    REQUIRE(db.changes() == 1);
    db.exec("UPDATE month_collected SET amount_cents = amount_cents - 5 WHERE month = "
            "(SELECT min(month) FROM month_collected)");
    db.exec("INSERT INTO month_distributed VALUES ('2019-01-01', 'family', 'distributed', 99)");
    db.exec("DELETE FROM case_month_distributed WHERE month = "
            "(SELECT max(month) FROM case_month_distributed)");
    const int monthsLost = db.changes();
    REQUIRE(monthsLost > 0);
    const KeptBalanceCheck withReports = h.verify();
    CHECK(withReports.differences == 5);
    CHECK(withReports.reportSumDifferences == 3 + monthsLost);
    CHECK(withReports.reportSumTablesWrong
        == std::vector<std::string> {
            "fiscal_year_sum", "case_month_distributed", "month_collected", "month_distributed"});

    // Only an administrator rebuilds, and only with a reason; a refusal changes nothing.
    LedgerService service(h.s.t.ws());
    auto refused = service.rebuildKeptBalances(h.s.t.sessionAs(Role::Supervisor), "mend");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    auto noReason = service.rebuildKeptBalances(h.s.t.admin(), "  ");
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::Validation);
    CHECK(noReason.error().field == "reason");
    CHECK(h.verify().differences == 5);

    const auto ledgerRows = db.queryInt64("SELECT count(*) FROM charge")
        + db.queryInt64("SELECT count(*) FROM allocation_line");
    auto rebuilt = service.rebuildKeptBalances(h.s.t.admin(), "verification found 5 differences");
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->installments == db.queryInt64("SELECT count(*) FROM installment_balance"));
    CHECK(rebuilt->bucketSums == db.queryInt64("SELECT count(*) FROM bucket_sum"));
    CHECK(rebuilt->reportSums
        == db.queryInt64("SELECT count(*) FROM fiscal_year_sum")
            + db.queryInt64("SELECT count(*) FROM case_month_distributed")
            + db.queryInt64("SELECT count(*) FROM month_collected")
            + db.queryInt64("SELECT count(*) FROM month_distributed"));
    CHECK(db.queryInt64("SELECT count(*) FROM month_distributed WHERE month = '2019-01-01'") == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM accrual_mark") == 0);
    CHECK(ledgerRows
        == db.queryInt64("SELECT count(*) FROM charge")
            + db.queryInt64("SELECT count(*) FROM allocation_line")); // the ledger untouched
    CHECK(h.verify().ok());
    CHECK(h.totalsAgree(family));
    CHECK(h.totalsAgree(h.second));

    // The next month accrues from the ledger and the sums stay right.
    h.s.setToday(Date::fromYmd(2025, 9, 26));
    h.s.accrue(2025, 9);
    CHECK(h.verify().ok());
}

TEST_CASE("Verification can be cancelled", "[finance][verify]")
{
    History h(1);
    auto v = LedgerService(h.s.t.ws())
                 .verifyKeptBalances(h.s.t.sessionAs(Role::Supervisor),
                     [](std::int64_t, std::int64_t) { return false; });
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code == ErrorCode::Cancelled);
}

TEST_CASE(
    "Verification walks each table in case order from an index, with no sort", "[finance][verify]")
{
    LedgerSetup s;
    const auto sql = KeptBalanceRepository::walkSql();
    const std::vector<std::string> expected {"SCAN cases",
        "SCAN charge USING COVERING INDEX charge_case",
        "SCAN allocation_line USING COVERING INDEX allocation_line_case",
        "SCAN installment_balance", "SCAN bucket_sum"};
    REQUIRE(sql.size() == expected.size());
    for (std::size_t i = 0; i < sql.size(); ++i) {
        std::string plan;
        for (const auto& step : test::textColumn(s.t.ws().db(), "EXPLAIN QUERY PLAN " + sql[i], 3))
            plan += step + "\n";
        INFO(sql[i] << "\n" << plan);
        CHECK(plan.starts_with(expected[i]));
        CHECK(plan.find("TEMP B-TREE") == std::string::npos);
    }
}

TEST_CASE("The month an installment moved between PA and UDA is checked too, and only a case "
          "reader sees which case differs",
    "[finance][verify]")
{
    History h(4); // aided from March: the grants move installments between PA and UDA
    Database& db = h.db();
    REQUIRE(
        db.queryInt64("SELECT count(*) FROM installment_balance WHERE entered_on IS NOT NULL") > 0);
    db.exec("UPDATE installment_balance SET entered_on = '2024-01-01' WHERE entered_on IS NOT NULL "
            "AND installment_due = (SELECT min(installment_due) FROM installment_balance WHERE "
            "entered_on IS NOT NULL)");
    const KeptBalanceCheck v = h.verify();
    REQUIRE(v.differences >= 1);
    const auto& d = v.listed.front();
    CHECK(d.kept == d.ledger); // the amounts agree; only the month differs
    CHECK(d.keptEnteredOn == Date::fromYmd(2024, 1, 1));
    REQUIRE(d.ledgerEnteredOn);
    CHECK(*d.ledgerEnteredOn > Date::fromYmd(2025, 1, 1));
    CHECK_FALSE(d.caseNumber.empty());
    // S6: an administrator checks the sums but does not read cases.
    auto asAdmin = LedgerService(h.s.t.ws()).verifyKeptBalances(h.s.t.admin());
    REQUIRE(asAdmin.ok());
    REQUIRE(asAdmin->listed.size() == v.listed.size());
    CHECK(asAdmin->listed.front().caseNumber.empty());
    CHECK(asAdmin->listed.front().caseId.isNil());
}

TEST_CASE("A bucket written in capitals is kept and checked as the triggers' LIKE sees it",
    "[finance][verify]")
{
    History h(1);
    Database& db = h.db();
    auto insert = db.prepare(std::string(test::kChargeInsertSql)
        + "(?1, ?2, '2025-03-01', '2025-04-01', 'conversion', 'Arrears_NA_Principal', "
          "'2025-03-01', 1000, 'typed by hand', '2025-04-01T00:00:00Z', 1, x'aa')");
    insert.bind(1, Uuid::random()).bind(2, h.s.family.record.id);
    insert.run();
    CHECK(db.queryInt64(
              "SELECT count(*) FROM installment_balance WHERE bucket = 'Arrears_NA_Principal'")
        == 1);
    CHECK(h.verify().ok());
}
