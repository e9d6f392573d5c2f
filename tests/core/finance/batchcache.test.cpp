// Issue 4 "Performance": a posting batch reads each case's balances once and applies the lines
// it writes in memory (LedgerPosting, BalanceTotals). DESIGN §5 allows cached balances only if
// a verifier can recompute them: the same random collections posted as one batch and one by
// one (each its own operation, so read fresh from the rows) must give identical ledgers.
#include "core/finance/allocationlinerepository.h"
#include "core/finance/balancerepository.h"
#include "core/finance/collectionrepository.h"
#include "tests/core/finance/ledgerfixture.h"

#include <catch2/catch_test_macros.hpp>
#include <random>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

struct Row
{
    std::string receipt;
    std::int64_t cents = 0;
    Date date;
    CollectionSource source = CollectionSource::Direct;
};

std::vector<Row> randomRows(unsigned seed, int n)
{
    std::mt19937 rng(seed);
    std::vector<Row> rows;
    for (int i = 0; i < n; ++i) {
        Row r;
        r.receipt = "C" + std::to_string(seed) + "-" + std::to_string(i);
        r.cents = std::uniform_int_distribution<std::int64_t>(1, 900'00)(rng);
        // Mostly the last two months, some backdated: several dates of one month and months
        // with different current support in one batch.
        const unsigned month = rng() % 4 == 0 ? 1 + rng() % 4 : 4 + rng() % 2;
        r.date = Date::fromYmd(2025, month, 1 + static_cast<unsigned>(rng() % 27));
        const auto pick = rng() % 6;
        r.source = pick == 0 ? CollectionSource::FederalTaxOffset
            : pick == 1      ? CollectionSource::Direct
                             : CollectionSource::WageWithholding;
        rows.push_back(r);
    }
    return rows;
}

// Everything the ledger holds for the collections and the balances of both cases, without
// the generated ids.
std::vector<std::string> snapshot(LedgerSetup& s, const std::vector<std::string>& cases)
{
    auto& db = s.t.ws().db();
    std::vector<std::string> out;
    auto lines = db.prepare(
        "SELECT k.receipt_id, l.seq, l.entry, c.case_number, l.period, l.bucket, l.payee, "
        "l.disposition, l.amount_cents, l.ura_cents, l.county_cents, "
        "coalesce(l.installment_due, ''), l.rule FROM allocation_line l JOIN collection k ON "
        "k.id = l.collection_id JOIN cases c ON c.id = l.case_id ORDER BY k.receipt_id, l.seq");
    while (lines.step()) {
        std::string row;
        for (int i = 0; i < 13; ++i)
            row += lines.text(i) + "|";
        out.push_back(row);
    }
    auto payouts = db.prepare(
        "SELECT k.receipt_id, c.case_number, d.amount_cents, d.due_on, d.status FROM "
        "disbursement d JOIN collection k ON k.id = d.collection_id JOIN cases c ON c.id = "
        "d.case_id ORDER BY 1, 2, 4, 3");
    while (payouts.step())
        out.push_back("disbursement " + payouts.text(0) + "|" + payouts.text(1) + "|"
            + payouts.text(2) + "|" + payouts.text(3) + "|" + payouts.text(4));
    auto held = db.prepare("SELECT k.receipt_id, u.amount_cents, u.reason FROM undistributed u "
                           "JOIN collection k ON k.id = u.collection_id ORDER BY 1, 3, 2");
    while (held.step())
        out.push_back("held " + held.text(0) + "|" + held.text(1) + "|" + held.text(2));
    for (const auto& number : cases) {
        auto q = db.prepare("SELECT id FROM cases WHERE case_number = ?1");
        q.bind(1, number);
        REQUIRE(q.step());
        const Uuid caseId = q.uuid(0);
        for (unsigned month = 1; month <= 5; ++month) {
            const CaseBalances b
                = BalanceRepository(db).load(caseId, Date::fromYmd(2025, month, 15));
            std::string row = "balance " + number + " " + std::to_string(month) + ": "
                + std::to_string(b.currentDue.total().cents()) + " "
                + std::to_string(b.totalArrears().cents()) + " "
                + std::to_string(b.futureCredit.cents()) + " " + std::to_string(b.unapplied.cents())
                + " " + std::to_string(b.passThroughPaidThisMonth.cents());
            for (const auto& i : b.installments)
                row += " " + i.due.toIso() + "=" + std::to_string(i.principal.cents());
            out.push_back(row);
        }
    }
    return out;
}

std::string csvOf(const std::vector<Row>& rows, const std::string& obligor)
{
    std::string csv = "receipt_id,obligor,amount,date,source\n";
    for (const auto& r : rows)
        csv += r.receipt + "," + obligor + "," + Money::fromCents(r.cents).toString() + ","
            + r.date.toIso() + "," + std::string(codeOf(r.source)) + "\n";
    return csv;
}

} // namespace

TEST_CASE("a batch posts exactly what the same collections posted one by one post",
    "[finance][posting][batchcache]")
{
    for (unsigned seed = 1; seed <= 3; ++seed) {
        INFO("seed " << seed);
        LedgerSetup batch, single;
        std::vector<std::string> cases;
        for (LedgerSetup* s : {&batch, &single}) {
            const std::string second = addAidedCase(*s);
            s->setToday(Date::fromYmd(2025, 5, 28));
            s->accrue(2025, 5);
            cases = {s->caseNumber(), second};
        }
        REQUIRE(batch.caseNumber() == single.caseNumber());
        const auto rows = randomRows(seed, 60);
        auto imported
            = PaymentService(batch.t.ws()).importCsv(batch.fiscal, csvOf(rows, cases[1]), false);
        INFO((imported ? "" : imported.error().message));
        REQUIRE(imported.ok());
        for (const auto& r : rows) {
            auto posted
                = PaymentService(single.t.ws())
                      .post(single.fiscal,
                          {r.receipt, cases[1], Money::fromCents(r.cents), r.date, r.source});
            REQUIRE(posted.ok());
        }
        const auto a = snapshot(batch, cases);
        const auto b = snapshot(single, cases);
        CHECK(a.size() > rows.size());
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            INFO("row " << i);
            CHECK(a[i] == b[i]);
        }
    }
}
