// distribution.md §5, §6: interest is 10 % simple on the principal unpaid (CCP §685.010) from
// the first day of the month after each installment was due (Family Code §17433.5), and a
// backdated change is corrected by new entries. Interest charged on a principal that a later
// entry for an earlier month changed (a modification reaching back, a payment posted late) is
// charged again by the difference: the ledger corrected late ends with the interest of the
// ledger that was right from the start, entry for entry of principal and cent for cent of
// interest.
#include "core/finance/keptbalancerepository.h"
#include "tests/core/finance/ledgerfixture.h"
#include "tests/support/sqlcolumn.h"

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <map>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

// Interest charged per category and month, net of every recomputation.
std::vector<std::string> interestByMonth(Database& db)
{
    return test::textColumn(db,
        "SELECT bucket || ' ' || period || ' ' || sum(amount_cents) FROM charge WHERE kind = "
        "'interest' GROUP BY bucket, period HAVING sum(amount_cents) <> 0 ORDER BY 1");
}

// Interest charged per month, every category together.
std::map<std::string, std::int64_t> monthlyInterest(Database& db)
{
    std::map<std::string, std::int64_t> out;
    auto s = db.prepare("SELECT period, sum(amount_cents) FROM charge WHERE kind = 'interest' "
                        "GROUP BY period HAVING sum(amount_cents) <> 0");
    while (s.step())
        out[s.text(0)] = s.int64(1);
    return out;
}

std::vector<std::string> principalByInstallment(Database& db)
{
    return test::textColumn(db,
        "SELECT bucket || ' ' || installment_due || ' ' || unpaid_cents FROM installment_balance "
        "WHERE unpaid_cents <> 0 ORDER BY 1");
}

std::int64_t recomputations(Database& db)
{
    return db.queryInt64(
        "SELECT count(*) FROM charge WHERE kind = 'interest' AND reason LIKE '%recomputed%'");
}

// $250 a month from March 2025, filed on 2025-02-20.
void modifyFromMarch(LedgerSetup& s)
{
    OrderTerms terms;
    terms.effective = Date::fromYmd(2025, 3, 1);
    terms.requestFiledOn = Date::fromYmd(2025, 2, 20);
    terms.currentSupport = Money::fromCents(250'00);
    REQUIRE(OrderService(s.t.ws()).modify(s.worker, s.order.id, terms).ok());
}

void accrueMonths(LedgerSetup& s, unsigned first, unsigned last)
{
    for (unsigned m = first; m <= last; ++m) {
        s.setToday(Date::fromYmd(2025, m, 26));
        s.accrue(2025, m);
    }
}

// The same payment posted on its day in `right`, and in `late` only after `last` (2025) was
// accrued: each ledger accrued month by month through `last`.
void postOnTimeAndLate(LedgerSetup& right, LedgerSetup& late, const std::string& receipt,
    std::int64_t cents, Date on, unsigned last)
{
    const unsigned month = on.month();
    accrueMonths(right, 1, month - 1);
    right.setToday(on);
    right.accrue(2025, month);
    right.post(receipt, cents, on);
    accrueMonths(right, month, last);

    accrueMonths(late, 1, last);
    late.post(receipt, cents, on);
    accrueMonths(late, last, last);
}

} // namespace

TEST_CASE("A modification reaching back lowers the interest already charged on the months it "
          "changed",
    "[finance][accrual][interest]")
{
    // Right from the start: the modification recorded before March accrued.
    LedgerSetup right;
    accrueMonths(right, 1, 2);
    right.setToday(Date::fromYmd(2025, 2, 27));
    modifyFromMarch(right);
    accrueMonths(right, 3, 9);

    // Corrected late: $500 a month charged, converted and bearing interest through June, then
    // the modification recorded in July reaches back to March.
    LedgerSetup late;
    accrueMonths(late, 1, 6);
    Database& db = late.t.ws().db();
    const auto before = interestByMonth(db);
    late.setToday(Date::fromYmd(2025, 7, 2));
    modifyFromMarch(late);
    accrueMonths(late, 7, 9);

    CHECK(principalByInstallment(db) == principalByInstallment(right.t.ws().db()));
    CHECK(interestByMonth(db) == interestByMonth(right.t.ws().db()));
    CHECK(interestByMonth(db) != before);
    // April to June were charged on $500 installments of March to May and are charged again:
    // one entry each, for the difference, saying why.
    CHECK(recomputations(db) == 3);
    CHECK(db.queryInt64("SELECT count(*) FROM charge WHERE kind = 'interest' AND reason LIKE "
                        "'%recomputed%' AND amount_cents >= 0")
        == 0);
    CHECK(recomputations(right.t.ws().db()) == 0);
    CHECK(KeptBalanceRepository(db).verify().ok());
    // Accruing again changes nothing.
    CHECK(late.accrue(2025, 9).charges == 0);
}

TEST_CASE("A payment posted late lowers the interest of the months after its date",
    "[finance][accrual][interest]")
{
    struct Late
    {
        const char* receipt;
        std::int64_t cents;
        Date on;
        unsigned postedAfter;
    };
    // February's $300 (its current support: February's installment is smaller), posted after
    // June; $1,200 on 2025-03-10 (March's $500, then $700 of the January and February
    // installments), posted after July.
    for (const Late& p : {Late {"FEB-20", 300'00, Date::fromYmd(2025, 2, 20), 6},
             Late {"MAR-10", 1200'00, Date::fromYmd(2025, 3, 10), 7}}) {
        INFO(p.receipt);
        LedgerSetup right, late;
        postOnTimeAndLate(right, late, p.receipt, p.cents, p.on, p.postedAfter);
        Database& db = late.t.ws().db();
        CHECK(principalByInstallment(db) == principalByInstallment(right.t.ws().db()));
        CHECK(interestByMonth(db) == interestByMonth(right.t.ws().db()));
        CHECK(recomputations(db) > 0); // the months after it had been charged without it
        CHECK(KeptBalanceRepository(db).verify().ok());
        CHECK(late.accrue(2025, p.postedAfter).charges == 0);
    }
}

TEST_CASE("Support paid late is taken back from the installment where the PA cap moved it",
    "[finance][accrual][interest]")
{
    // Aided from January, $700 of aid for February: April's unpaid support became PA at month
    // end and then UDA, above the unreimbursed assistance. Paid on 2025-04-10 and posted in
    // August, it comes back out of UDA, where the installment is, not out of PA.
    const auto aided = [](LedgerSetup& s) {
        s.aidedFrom(Date::fromYmd(2025, 1, 2));
        s.grant("2025-02", "700.00");
    };
    LedgerSetup right, late;
    aided(right);
    aided(late);
    postOnTimeAndLate(right, late, "APR-10", 1500'00, Date::fromYmd(2025, 4, 10), 8);
    Database& db = late.t.ws().db();

    CHECK(db.queryInt64("SELECT count(*) FROM installment_balance WHERE unpaid_cents < 0") == 0);
    CHECK(principalByInstallment(db) == principalByInstallment(right.t.ws().db()));
    // The same interest each month. Its split between PA and UDA follows where the cap had put
    // the installments when each month was charged -- which the late payment changed only from
    // August -- and each category's figure is rounded apart: a cent either way.
    const auto lateByMonth = monthlyInterest(db), rightByMonth = monthlyInterest(right.t.ws().db());
    REQUIRE(lateByMonth.size() == rightByMonth.size());
    for (const auto& [month, cents] : rightByMonth) {
        INFO(month);
        REQUIRE(lateByMonth.contains(month));
        CHECK(std::abs(lateByMonth.at(month) - cents) <= 1);
    }
    CHECK(KeptBalanceRepository(db).verify().ok());
    CHECK(late.accrue(2025, 8).charges == 0);
}

TEST_CASE("A late payment credited to a category its installment has left meets it where it is",
    "[finance][accrual][interest]")
{
    // Aided from February with $300 of aid: the installments above it are UDA (the family's).
    // $2,000 of aid for May brings them back into PA. A payment of 2025-04-10 posted in May is
    // allocated as the balances stood on its date, to UDA; the installments it paid are PA now.
    LedgerSetup s;
    s.aidedFrom(Date::fromYmd(2025, 2, 1));
    s.grant("2025-02", "300.00");
    accrueMonths(s, 1, 4);
    s.grant("2025-05", "2000.00");
    accrueMonths(s, 5, 5);
    Database& db = s.t.ws().db();
    s.post("APR-10", 2000'00, Date::fromYmd(2025, 4, 10));
    REQUIRE(db.queryInt64("SELECT count(*) FROM allocation_line WHERE bucket = "
                          "'arrears_UDA_principal' AND amount_cents > 0")
        > 0);
    accrueMonths(s, 5, 7);
    // No installment is owed in one category and credited in another, so the balances (which
    // count no credit as owed) owe exactly the installments' principal: none of it twice.
    CHECK(db.queryInt64("SELECT count(*) FROM installment_balance WHERE unpaid_cents < 0") == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM charge WHERE kind = 'reassignment' AND reason LIKE "
                        "'%the payment meets it where it is%'")
        > 0);
    Money owed;
    for (const ArrearsCategory c : kArrearsCategories)
        owed += s.owed(Bucket::principal(c));
    CHECK(owed.cents() == db.queryInt64("SELECT sum(unpaid_cents) FROM installment_balance"));
    CHECK(KeptBalanceRepository(db).verify().ok());
    CHECK(s.accrue(2025, 7).charges == 0);
}
