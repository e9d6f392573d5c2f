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
    // February's $300 posted on its day, and the same payment found and posted in May.
    LedgerSetup right, late;
    accrueMonths(right, 1, 1);
    right.setToday(Date::fromYmd(2025, 2, 20));
    right.accrue(2025, 2);
    right.post("FEB-20", 300'00, Date::fromYmd(2025, 2, 20));
    accrueMonths(right, 2, 6);

    accrueMonths(late, 1, 5);
    Database& db = late.t.ws().db();
    late.post("FEB-20", 300'00, Date::fromYmd(2025, 2, 20));
    accrueMonths(late, 5, 6);

    CHECK(principalByInstallment(db) == principalByInstallment(right.t.ws().db()));
    CHECK(interestByMonth(db) == interestByMonth(right.t.ws().db()));
    CHECK(recomputations(db) > 0); // March to May had been charged on February's $500
    CHECK(KeptBalanceRepository(db).verify().ok());
}
