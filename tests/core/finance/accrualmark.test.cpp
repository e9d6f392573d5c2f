// Accrual resumes where it stopped (core/store/migrationv9.cpp): a case's months before its
// mark are settled, and the plan starts at the mark with the installments' balances standing for
// the principal of every month. The plan from the mark must write what a replay of the whole
// history would write; every entry for an earlier month, and every order change, drops the mark.
#include "core/cases/assistancerepository.h"
#include "core/cases/orderrepository.h"
#include "core/finance/accrualplan.h"
#include "core/finance/allocationlinerepository.h"
#include "core/finance/chargerepository.h"
#include "core/finance/keptbalancerepository.h"
#include "core/finance/rulesetcatalog.h"
#include "core/finance/urarepository.h"
#include "core/services/rulesetservice.h"
#include "tests/core/finance/ledgerfixture.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

Uuid caseIdOf(LedgerSetup& s)
{
    return s.family.record.id;
}

// What a replay of the case's whole history would still write through `month`: nothing, if the
// plans from the mark wrote what the replay would.
std::vector<Charge> fullReplay(LedgerSetup& s, Date month)
{
    Database& db = s.t.ws().db();
    const Uuid id = caseIdOf(s);
    AccrualState whole;
    whole.charges = ChargeRepository(db).sums(id);
    whole.currentPaid = AllocationLineRepository(db).currentPaid(id);
    whole.principalPaid = AllocationLineRepository(db).principalPaid(id);
    const auto assistance = AssistanceRepository(db).forCase(id);
    const bool everAided = std::any_of(assistance.begin(), assistance.end(),
        [](const AssistancePeriod& p) { return p.status == AssistanceStatus::Current; });
    if (everAided) // as LedgerPosting::writeCharges: assigned arrears kept within URA
        whole.ura = UraRepository(db).uraOn(id, month);
    return planAccrual(id, OrderRepository(db).forCase(id), assistance, whole, month,
        RuleSetCatalog::california());
}

std::optional<Date> mark(LedgerSetup& s)
{
    return ChargeRepository(s.t.ws().db()).settledBefore(caseIdOf(s));
}

} // namespace

TEST_CASE("accrual from the mark writes what a replay of the whole history would",
    "[finance][accrual][property]")
{
    for (unsigned seed = 1; seed <= 4; ++seed) {
        INFO("seed " << seed);
        LedgerSetup s(Money::fromCents(400'00 + 53 * seed));
        test::playRandomHistory(s, seed, false, [&](test::HistoryStep step, unsigned month) {
            if (step == test::HistoryStep::Accrued) {
                const Date first = Date::fromYmd(2025, month, 1);
                CHECK(mark(s) == first);
                CHECK(fullReplay(s, first).empty());
            } else if (const auto m = mark(s)) {
                // A late posting or a modification drops the mark -- unless the late payment paid
                // ahead and met the months after it at once (LedgerPosting::applyLatePrepayment):
                // then the case was replayed and the mark set again.
                CHECK(step == test::HistoryStep::LatePosting);
                // That posting's own lines (the latest receipt, "H<seed>-<n>") paid ahead.
                CHECK(s.t.ws().db().queryInt64(
                          "SELECT count(*) FROM allocation_line l JOIN collection k ON k.id = "
                          "l.collection_id WHERE l.disposition = 'prepayment' AND k.receipt_id = "
                          "(SELECT receipt_id FROM collection ORDER BY CAST(substr(receipt_id, "
                          "instr(receipt_id, '-') + 1) AS INTEGER) DESC LIMIT 1)")
                    > 0);
                CHECK(m == ChargeRepository(s.t.ws().db()).latestAccruedMonth(caseIdOf(s)));
                CHECK(fullReplay(s, *m).empty());
            }
        });
        // August once more, after its payments and reversals (which may move installments
        // between PA and UDA); then again, from the mark: nothing.
        s.accrue(2025, 8);
        CHECK(fullReplay(s, Date::fromYmd(2025, 8, 1)).empty());
        CHECK(s.accrue(2025, 8).charges == 0);
        // The installments' balances are the ledger's sums, entry for entry.
        Database& db = s.t.ws().db();
        CHECK(KeptBalanceRepository(db).verify().ok());
        CHECK(db.queryInt64("SELECT count(*) FROM installment_balance") > 0);
        if (seed % 2 == 0) // aided: installments moved into UDA and back
            CHECK(db.queryInt64("SELECT count(*) FROM installment_balance WHERE entered_on IS NOT "
                                "NULL")
                > 0);
    }
}

TEST_CASE("an entry for a month before the mark drops it; one for a later month keeps it",
    "[finance][accrual]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 3, 10));
    s.accrue(2025, 3);
    CHECK(mark(s) == Date::fromYmd(2025, 3, 1));
    s.post("R-MARCH", 100'00, Date::fromYmd(2025, 3, 9)); // March: not before the mark
    CHECK(mark(s) == Date::fromYmd(2025, 3, 1));
    s.post("R-FEB", 100'00, Date::fromYmd(2025, 2, 27)); // a February payment posted late
    CHECK_FALSE(mark(s));
    // The next accrual replays the case, converts February again, and sets the mark.
    const auto again = s.accrue(2025, 3);
    CHECK(again.charges > 0);
    CHECK(mark(s) == Date::fromYmd(2025, 3, 1));
    CHECK(fullReplay(s, Date::fromYmd(2025, 3, 1)).empty());
}

TEST_CASE("a new rule set drops every mark: the next accrual replays each case once",
    "[finance][accrual]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 3, 10));
    s.accrue(2025, 3);
    REQUIRE(mark(s));
    const std::string json = RuleSetCatalog::california().toJson().dump();
    REQUIRE(RuleSetService(s.t.ws())
                .change(s.t.sessionAs(Role::Administrator), json, "FMAP update for FFY 2026")
                .ok());
    CHECK_FALSE(mark(s));
    CHECK(s.accrue(2025, 3).charges == 0); // the same rules: the replay writes nothing
    CHECK(mark(s) == Date::fromYmd(2025, 3, 1));
}
