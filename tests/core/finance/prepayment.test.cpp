// Support paid ahead (45 CFR 302.51(b), distribution.md §2.3): held while the family is aided,
// otherwise sent to it, and applied to each later month's support when that month accrues, so
// that a prepaid month never becomes arrears or bears interest.
#include "core/cases/case.h"
#include "core/services/accrualservice.h"
#include "core/services/caseservice.h"
#include "tests/core/finance/financetesthelpers.h"
#include "tests/core/finance/ledgerfixture.h"

#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;
using test::allocateOn;
using test::caseOf;
using test::cents;
using test::collection;

namespace {

Money sumOf(const std::vector<LedgerLine>& lines, LineEntry entry)
{
    Money m;
    for (const auto& l : lines)
        if (l.entry == entry)
            m += l.line.amount;
    return m;
}

Money bucketOf(const std::vector<LedgerLine>& lines, const Bucket& bucket)
{
    Money m;
    for (const auto& l : lines)
        if (l.line.bucket == bucket)
            m += l.line.amount;
    return m;
}

Money receivable(const CaseLedger& ledger)
{
    Money m;
    for (const auto& r : ledger.receivables)
        m += r.amount;
    return m;
}

Money disbursed(const CaseLedger& ledger)
{
    Money m;
    for (const auto& d : ledger.disbursements)
        m += d.amount;
    return m;
}

// What a split put ahead on case `number` for months to come (not what it held).
Money futureOf(const AllocationResult& r, const std::string& number)
{
    Money m;
    for (const auto& l : r.lines)
        if (l.caseNumber == number && l.bucket == Bucket::future()
            && l.disposition != Disposition::Unapplied)
            m += l.amount;
    return m;
}

// A payment posted in a month after January's order began ($500 a month, never aided): it
// paid the month's support, the month before's (now NA arrears) and `ahead`, and held nothing.
void checkMetTwoMonths(const PostResult& posted, std::int64_t ahead)
{
    CHECK(bucketOf(posted.lines, Bucket::currentChild()) == Money::fromCents(500'00));
    CHECK(
        bucketOf(posted.lines, Bucket::principal(ArrearsCategory::NA)) == Money::fromCents(500'00));
    CHECK(bucketOf(posted.lines, Bucket::future()) == Money::fromCents(ahead));
    CHECK(posted.held.isZero());
}

// The accrual run that comes after a posting that accrued the case finds the month done.
void checkAccrualAddsNothing(LedgerSetup& s, int year, unsigned month)
{
    const auto charges = s.count("charge");
    s.accrue(year, month);
    CHECK(s.count("charge") == charges);
}

CollectionExplanation explain(LedgerSetup& s, const std::string& receipt)
{
    auto e = LedgerService(s.t.ws()).explain(s.fiscal, receipt);
    REQUIRE(e.ok());
    return *e;
}

} // namespace

TEST_CASE("money paid ahead pays the next month when it accrues, and is sent only once",
    "[finance][prepayment]")
{
    LedgerSetup s; // $500 a month from 2025-01, never aided
    const auto posted = s.postInJanuaryThenAccrueFebruary("PRE-1", 1000'00);
    CHECK(posted.toFamily == Money::fromCents(1000'00)); // not aided: paid ahead goes out now
    CHECK(bucketOf(posted.lines, Bucket::future()) == Money::fromCents(500'00));
    auto e = explain(s, "PRE-1");
    CHECK(bucketOf(e.lines, Bucket::future()).isZero());
    CHECK(bucketOf(e.lines, Bucket::currentChild()) == Money::fromCents(1000'00));
    CHECK(sumOf(e.lines, LineEntry::Credit).isZero()); // moved between buckets, nothing created
    for (const auto& l : e.lines)
        if (l.entry == LineEntry::Credit) {
            CHECK(l.period == Date::fromYmd(2025, 2, 1));
            CHECK(l.line.rule.find("302.51(b)") != std::string::npos);
        }
    CHECK(s.ledger().owed.isZero());

    s.setToday(Date::fromYmd(2025, 3, 3));
    s.accrue(2025, 3);
    // January and February were paid: nothing became arrears or bears interest; March is due.
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)).isZero());
    CHECK(s.owed(Bucket::interest(ArrearsCategory::NA)).isZero());
    CHECK(s.ledger().owed == Money::fromCents(500'00));
    CHECK(disbursed(s.ledger()) == Money::fromCents(1000'00)); // the family got it once
    const auto lines = s.count("allocation_line");
    CHECK(s.accrue(2025, 3).charges == 0); // idempotent
    CHECK(s.count("allocation_line") == lines);
}

TEST_CASE("money paid several months ahead pays each month as it comes, none held unapplied",
    "[finance][prepayment]")
{
    LedgerSetup s; // $500 a month from 2025-01, never aided
    // January's $500 and $1,400 ahead: February and March whole, April in part.
    const auto posted = s.postInJanuaryThenAccrueFebruary("PRE-7", 1900'00);
    CHECK(bucketOf(posted.lines, Bucket::future()) == Money::fromCents(1400'00));
    for (const auto& l : posted.lines)
        CHECK(l.line.disposition != Disposition::Unapplied);
    auto queue = LedgerService(s.t.ws()).undistributed(s.fiscal);
    REQUIRE(queue.ok());
    CHECK(queue->empty());
    CHECK(s.ledger().owed.isZero()); // February was met from it when it accrued

    s.setToday(Date::fromYmd(2025, 4, 3));
    s.accrue(2025, 4);
    // March was met whole; April by the $400 still ahead, so $100 of it is due, and nothing
    // became arrears.
    CHECK(s.ledger().owed == Money::fromCents(100'00));
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)).isZero());
    const auto e = explain(s, "PRE-7");
    CHECK(bucketOf(e.lines, Bucket::future()).isZero());
    std::map<Date, Money> paidByMonth;
    for (const auto& l : e.lines)
        if (l.entry == LineEntry::Credit && l.line.bucket == Bucket::currentChild())
            paidByMonth[l.period] += l.line.amount;
    CHECK(paidByMonth
        == std::map<Date, Money> {{Date::fromYmd(2025, 2, 1), Money::fromCents(500'00)},
            {Date::fromYmd(2025, 3, 1), Money::fromCents(500'00)},
            {Date::fromYmd(2025, 4, 1), Money::fromCents(400'00)}});
    CHECK(disbursed(s.ledger()) == Money::fromCents(1900'00)); // sent once, when received
}

TEST_CASE("a prepayment meets a month accrued before it was posted", "[finance][prepayment]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 2, 3));
    s.accrue(2025, 2);
    // Received in January, posted after February accrued: January is paid, and the rest pays
    // February at once.
    s.post("PRE-4", 1000'00, Date::fromYmd(2025, 1, 20));
    CHECK(s.ledger().owed.isZero());
    const auto lines = s.count("allocation_line");
    CHECK(s.accrue(2025, 2).charges == 0);
    CHECK(s.count("allocation_line") == lines);
    CHECK(s.ledger().owed.isZero());
}

TEST_CASE("paid ahead while aided is held, then passed through and retained when the month comes",
    "[finance][prepayment]")
{
    LedgerSetup s; // the case opened on 2025-01-01 as never aided; aided from the next day
    s.aidedFrom(Date::fromYmd(2025, 1, 2));
    s.grant("2025-01", "900.00");
    s.grant("2025-02", "900.00");
    s.setToday(Date::fromYmd(2025, 1, 15));
    s.accrue(2025, 1);
    const auto posted = s.post("PRE-2", 1000'00, Date::fromYmd(2025, 1, 15));
    CHECK(posted.toFamily == Money::fromCents(100'00)); // Family Code §17504, one child
    CHECK(posted.retained == Money::fromCents(400'00));
    CHECK(posted.held == Money::fromCents(500'00)); // paid ahead while aided
    auto queue = LedgerService(s.t.ws()).undistributed(s.fiscal);
    REQUIRE(queue.ok());
    CHECK(queue->size() == 1);

    s.setToday(Date::fromYmd(2025, 2, 3));
    s.accrue(2025, 2);
    const auto e = explain(s, "PRE-2");
    Money passThrough, retained;
    for (const auto& l : e.lines) {
        if (l.entry != LineEntry::Credit)
            continue;
        CHECK(l.period == Date::fromYmd(2025, 2, 1));
        if (l.line.disposition == Disposition::CurrentPassThrough)
            passThrough += l.line.amount;
        if (isRetained(l.line.payee))
            retained += l.line.amount;
    }
    CHECK(passThrough == Money::fromCents(100'00)); // February's own pass-through
    CHECK(retained == Money::fromCents(400'00));
    CHECK(e.held.empty()); // released
    queue = LedgerService(s.t.ws()).undistributed(s.fiscal);
    REQUIRE(queue.ok());
    CHECK(queue->empty());
    CHECK(disbursed(s.ledger()) == Money::fromCents(200'00));
    CHECK(s.ledger().ura == Money::fromCents(1000'00)); // 1,800 granted, 800 retained
    CHECK(s.ledger().owed.isZero());
}

TEST_CASE("reversing a prepayment after it was applied undoes every month it paid",
    "[finance][prepayment][reversal]")
{
    LedgerSetup s;
    s.postInJanuaryThenAccrueFebruary("PRE-3", 1000'00);
    auto r = PaymentService(s.t.ws()).reverse(s.fiscal, "PRE-3", "check returned NSF");
    REQUIRE(r.ok());
    CHECK(r->overpaymentReceivable == Money::fromCents(1000'00)); // sent on 2025-01-17
    const auto e = explain(s, "PRE-3");
    Money standing;
    for (const auto& l : e.lines)
        standing += l.line.amount;
    CHECK(standing.isZero());
    CHECK(bucketOf(e.lines, Bucket::future()).isZero());
    // February's line keeps its month when reversed, so February is unpaid again.
    Money februaryReversed;
    for (const auto& l : e.lines)
        if (l.line.bucket == Bucket::currentChild() && l.entry == LineEntry::Reversal
            && l.period == Date::fromYmd(2025, 2, 1))
            februaryReversed += l.line.amount;
    CHECK(februaryReversed == Money::fromCents(-500'00));
    CHECK(s.ledger().owed == Money::fromCents(1000'00)); // January and February
    // March: January and February become arrears; nothing is applied again.
    s.setToday(Date::fromYmd(2025, 3, 3));
    s.accrue(2025, 3);
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)) == Money::fromCents(1000'00));
}

TEST_CASE("a prepayment posted after later months accrued pays them now", "[finance][prepayment]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 3, 3));
    s.accrue(2025, 3); // January and February became arrears; March is due
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)) == Money::fromCents(1000'00));
    // Received on 2025-01-20, posted only now: January, then February paid ahead.
    s.post("PRE-5", 1000'00, Date::fromYmd(2025, 1, 20));
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)).isZero());
    CHECK(s.owed(Bucket::currentChild()) == Money::fromCents(500'00)); // March
    const auto e = explain(s, "PRE-5");
    CHECK(bucketOf(e.lines, Bucket::future()).isZero());
    for (const auto& l : e.lines)
        if (l.entry == LineEntry::Credit)
            CHECK(l.period == Date::fromYmd(2025, 2, 1));
}

TEST_CASE("a redistribution applies money paid ahead to the months after it again",
    "[finance][prepayment][redistribution]")
{
    LedgerSetup s;
    s.postInJanuaryThenAccrueFebruary("PRE-6", 1000'00);
    REQUIRE(s.ledger().owed.isZero());
    auto redone = PaymentService(s.t.ws()).redistribute(
        s.fiscal, s.caseNumber(), Date::fromYmd(2025, 1, 1), "order corrected");
    INFO((redone ? "" : redone.error().message));
    REQUIRE(redone.ok());
    CHECK(s.ledger().owed.isZero()); // February is still paid from the January payment
    const auto e = explain(s, "PRE-6");
    CHECK(bucketOf(e.lines, Bucket::future()).isZero());
    CHECK(disbursed(s.ledger()) == Money::fromCents(1000'00)); // nothing sent twice
    CHECK(s.ledger().receivables.empty());
}

TEST_CASE("money paid ahead, sent, then retained for an aided month is owed back once",
    "[finance][prepayment][reversal][redistribution]")
{
    // $2,000 in January while not aided: January's $500 and three months ahead, all sent to the
    // family. Aided from March: March's support is now retained, so what the family received for
    // it is owed back. A reversal, or a redistribution, counts what the family received afresh.
    const auto setUp = [](LedgerSetup& s) {
        REQUIRE(CaseService(s.t.ws())
                    .setAssistance(s.worker, s.caseNumber(), AssistanceStatus::Current,
                        Date::fromYmd(2025, 3, 1))
                    .ok());
        s.grant("2025-03", "900.00");
        s.postInJanuaryThenAccrueFebruary("AHEAD", 2000'00);
        s.setToday(Date::fromYmd(2025, 3, 3));
        s.accrue(2025, 3);
        REQUIRE(disbursed(s.ledger()) == Money::fromCents(2000'00));
        const Money owedBack = receivable(s.ledger());
        REQUIRE(owedBack.isPositive()); // March's retained part
        REQUIRE(owedBack < Money::fromCents(500'00));
        return owedBack;
    };
    SECTION("the check bounces: the family owes back what it received, once")
    {
        LedgerSetup s;
        setUp(s);
        auto r = PaymentService(s.t.ws()).reverse(s.fiscal, "AHEAD", "check returned NSF");
        REQUIRE(r.ok());
        CHECK(r->overpaymentReceivable == Money::fromCents(2000'00));
        CHECK(receivable(s.ledger()) == Money::fromCents(2000'00));
    }
    SECTION("redistributed twice: still only March's retained part is owed back")
    {
        LedgerSetup s;
        const Money owedBack = setUp(s);
        for (const char* why : {"order corrected", "again"}) {
            auto redone = PaymentService(s.t.ws()).redistribute(
                s.fiscal, s.caseNumber(), Date::fromYmd(2025, 1, 1), why);
            INFO((redone ? "" : redone.error().message));
            REQUIRE(redone.ok());
            CHECK(receivable(s.ledger()) == owedBack);
            CHECK(disbursed(s.ledger()) == Money::fromCents(2000'00)); // nothing sent twice
        }
    }
}

TEST_CASE("money paid ahead goes only into months the orders still bring, case by case",
    "[finance][prepayment][orderend]")
{
    // $500 of current support this month and $2,000 more. Case 1 ($300 a month) ends after two
    // more months; case 2 ($200) has no end date.
    auto one = caseOf("19-0000001", AssistanceStatus::Never, 300'00);
    auto two = caseOf("19-0000002", AssistanceStatus::Never, 200'00);
    one.futureMonths = 2;
    auto r = allocateOn(collection(2500'00, "2025-03-14"), {one, two});
    // Two months of $500 across both, then $200 months of case 2 alone: five of them.
    CHECK(futureOf(r, "19-0000001") == cents(600'00));
    CHECK(futureOf(r, "19-0000002") == cents(1400'00));
    CHECK(r.total() == cents(2500'00));

    // Both end: case 2 after one more month. What the months cannot take is held unapplied,
    // and says why.
    two.futureMonths = 1;
    r = allocateOn(collection(2500'00, "2025-03-14"), {one, two});
    CHECK(futureOf(r, "19-0000001") == cents(600'00));
    CHECK(futureOf(r, "19-0000002") == cents(200'00));
    Money unapplied;
    for (const auto& l : r.lines)
        if (l.disposition == Disposition::Unapplied) {
            unapplied += l.amount;
            CHECK(l.rule.find("before their orders end") != std::string::npos);
        }
    CHECK(unapplied == cents(1200'00));

    // No end known: as many months as the money pays (the last in part).
    one.futureMonths.reset();
    two.futureMonths.reset();
    r = allocateOn(collection(2500'00, "2025-03-14"), {one, two});
    CHECK(futureOf(r, "19-0000001") == cents(1200'00));
    CHECK(futureOf(r, "19-0000002") == cents(800'00));
}

TEST_CASE("support already paid ahead covers the first months, so a new payment starts after it",
    "[finance][prepayment][orderend]")
{
    // Case 1 ($300 a month) ends after three more months and has $450 paid ahead already: all
    // of next month and half of the one after. Case 2 ($200) has no end and no credit.
    auto one = caseOf("19-0000001", AssistanceStatus::Never, 300'00);
    auto two = caseOf("19-0000002", AssistanceStatus::Never, 200'00);
    one.futureMonths = 3;
    one.futureCredit = cents(450'00);
    // $500 this month and $1,000 ahead: month 1 is case 2's alone ($200), month 2 is case 1's
    // other half and case 2's ($350), and month 3 takes the last $450 in proportion, 300:200.
    auto r = allocateOn(collection(1500'00, "2025-03-14"), {one, two});
    CHECK(futureOf(r, "19-0000001") == cents(150'00 + 270'00));
    CHECK(futureOf(r, "19-0000002") == cents(200'00 + 200'00 + 180'00));

    // $2,000 ahead: case 1 takes no more than its three months leave ($900 - $450); the rest
    // goes on paying case 2's months, none of it held.
    r = allocateOn(collection(2500'00, "2025-03-14"), {one, two});
    CHECK(futureOf(r, "19-0000001") == cents(450'00));
    CHECK(futureOf(r, "19-0000002") == cents(1550'00));
    CHECK(r.total() == cents(2500'00));

    // Its months all paid already, case 1 takes nothing; with case 2 ended too, the money is held.
    one.futureCredit = cents(900'00);
    two.futureMonths = 1;
    r = allocateOn(collection(1000'00, "2025-03-14"), {one, two});
    CHECK(futureOf(r, "19-0000001").isZero());
    CHECK(futureOf(r, "19-0000002") == cents(200'00));
    Money held;
    for (const auto& l : r.lines)
        if (l.disposition == Disposition::Unapplied)
            held += l.amount;
    CHECK(held == cents(300'00));
}

TEST_CASE("a payment posted before its month is accrued meets that month and the one before",
    "[finance][prepayment][posting]")
{
    LedgerSetup s; // $500 a month from 2025-01, never aided
    s.setToday(Date::fromYmd(2025, 1, 15));
    s.accrue(2025, 1);
    // Posted on 2025-02-10, before February's accrual ran: February is accrued first, so the
    // payment sees February's support and January's, now past due, and pays ahead only after
    // them (45 CFR 302.51); nothing waits as "nothing owed" for a worker.
    s.setToday(Date::fromYmd(2025, 2, 10));
    checkMetTwoMonths(s.post("FEB-1", 1500'00, Date::fromYmd(2025, 2, 10)), 500'00);
    checkAccrualAddsNothing(s, 2025, 2);
    s.setToday(Date::fromYmd(2025, 3, 3));
    s.accrue(2025, 3);
    // March is met by the money paid ahead; what is left is February's interest on January's
    // $500, unpaid when February began (Family Code §17433.5): $500 x 10 % / 12.
    CHECK(s.owed(Bucket::currentChild()).isZero());
    CHECK(s.ledger().owed == Money::fromCents(4'17));
}

TEST_CASE("a payment on a case never accrued meets its orders' months, as its first accrual would",
    "[finance][prepayment][posting]")
{
    LedgerSetup s; // $500 a month from 2025-01, never aided; no accrual has run for the case
    s.setToday(Date::fromYmd(2025, 2, 10));
    // The order was entered after the last accrual run: without accruing the case first, the
    // payment would see nothing owed and wait, held, for a worker.
    checkMetTwoMonths(s.post("NEW-1", 1200'00, Date::fromYmd(2025, 2, 10)), 200'00);
    checkAccrualAddsNothing(s, 2025, 2);
}

TEST_CASE("a payment ahead of an order that ends pays its last months and holds the rest",
    "[finance][prepayment][orderend]")
{
    LedgerSetup s; // $500 a month from 2025-01, never aided
    // The last child comes of age in March: the order ends on 2025-03-31.
    REQUIRE(OrderService(s.t.ws()).end(s.worker, s.order.id, Date::fromYmd(2025, 3, 31)).ok());
    const auto posted = s.postInJanuaryThenAccrueFebruary("END-1", 3000'00);
    // January $500; February and March ahead, $1,000; the other $1,500 pays no month.
    CHECK(bucketOf(posted.lines, Bucket::currentChild()) == Money::fromCents(500'00));
    Money ahead, held;
    for (const auto& l : posted.lines)
        if (l.line.bucket == Bucket::future())
            (l.line.disposition == Disposition::Unapplied ? held : ahead) += l.line.amount;
    CHECK(ahead == Money::fromCents(1000'00));
    CHECK(held == Money::fromCents(1500'00));
    CHECK(posted.toFamily == Money::fromCents(1500'00)); // what pays support, not the rest
    auto queue = LedgerService(s.t.ws()).undistributed(s.fiscal);
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->front().amount == Money::fromCents(1500'00));
    // The queue says why, as the line does: not "nothing owed".
    CHECK(queue->front().reason.find("before the payer's orders end") != std::string::npos);

    s.setToday(Date::fromYmd(2025, 5, 2));
    s.accrue(2025, 5);
    // February and March were met as they came; April and May bring nothing.
    CHECK(s.ledger().owed.isZero());
    CHECK(s.owed(Bucket::principal(ArrearsCategory::NA)).isZero());
    CHECK(bucketOf(explain(s, "END-1").lines, Bucket::future()) == Money::fromCents(1500'00));
}

TEST_CASE("ending an order after money was paid ahead past the end, then redistributing, holds "
          "what no month takes",
    "[finance][prepayment][orderend]")
{
    LedgerSetup s; // $500 a month from 2025-01, never aided
    s.postInJanuaryThenAccrueFebruary("END-2", 3000'00); // January, then five months ahead
    CHECK(disbursed(s.ledger()) == Money::fromCents(3000'00)); // not aided: all sent at once
    REQUIRE(OrderService(s.t.ws()).end(s.worker, s.order.id, Date::fromYmd(2025, 3, 31)).ok());
    REQUIRE(PaymentService(s.t.ws())
                .redistribute(s.fiscal, s.caseNumber(), Date::fromYmd(2025, 1, 1),
                    "the order ended on 2025-03-31")
                .ok());
    // Support is January to March, $1,500 (March still ahead); the other $1,500 is held, and
    // the family, who got it already, owes it back (once).
    const auto held = [&] {
        Money m;
        for (const auto& l : explain(s, "END-2").lines)
            if (l.line.disposition == Disposition::Unapplied)
                m += l.line.amount;
        return m;
    };
    CHECK(held() == Money::fromCents(1500'00));
    CHECK(bucketOf(explain(s, "END-2").lines, Bucket::future()) == Money::fromCents(2000'00));
    CHECK(receivable(s.ledger()) == Money::fromCents(1500'00));
    s.setToday(Date::fromYmd(2025, 5, 2));
    s.accrue(2025, 5);
    CHECK(s.ledger().owed.isZero());
    CHECK(bucketOf(explain(s, "END-2").lines, Bucket::future()) == Money::fromCents(1500'00));
}
