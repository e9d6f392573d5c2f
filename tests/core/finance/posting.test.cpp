// Posting collections (issue 4 items 3-5): one collection, re-posting a receipt, batches
// (S24: all or nothing, the bad row named), reversal with an overpayment receivable,
// redistribution, the explanation and the undistributed queue.
#include "core/finance/csvtable.h"
#include "tests/core/finance/ledgerfixture.h"
#include "tests/support/process.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using caseledger::test::LedgerSetup;

namespace {

Money total(const std::vector<LedgerLine>& lines)
{
    Money m;
    for (const auto& l : lines)
        m += l.line.amount;
    return m;
}

std::string batch(const LedgerSetup& s, const std::string& thirdAmount)
{
    const std::string c = s.caseNumber();
    return "receipt_id,obligor,amount,date,source\r\n"
           "B-1,"
        + c + ",100.00,2025-01-10,wage_withholding\r\nB-2," + c + ",50.25,2025-01-11,direct\r\nB-3,"
        + c + "," + thirdAmount + ",2025-01-12,direct\r\n";
}

// A case with January 2025 accrued, seen on 2025-01-20: where the tests post.
struct JanuarySetup : LedgerSetup
{
    JanuarySetup()
    {
        setToday(Date::fromYmd(2025, 1, 20));
        accrue(2025, 1);
    }
};

} // namespace

TEST_CASE("a posted collection pays current support and re-posting the receipt is harmless",
    "[finance][posting]")
{
    JanuarySetup s;
    const auto first = s.post("R-1", 300'00, Date::fromYmd(2025, 1, 15));
    REQUIRE(first.lines.size() == 1);
    CHECK(first.lines[0].line.bucket == Bucket::currentChild());
    CHECK(first.lines[0].line.payee == Payee::Family);
    CHECK(first.lines[0].line.rule.find("302.51") != std::string::npos);
    CHECK(first.toFamily == Money::fromCents(300'00));
    CHECK(s.count("disbursement") == 1);

    const auto lines = s.count("allocation_line");
    const auto again = s.post("R-1", 300'00, Date::fromYmd(2025, 1, 15));
    CHECK(again.alreadyPosted);
    CHECK(again.collection.id == first.collection.id);
    CHECK(s.count("allocation_line") == lines);
    CHECK(s.count("collection") == 1);
    CHECK(s.owed(Bucket::currentChild()) == Money::fromCents(200'00));

    auto changed = PaymentService(s.t.ws()).post(s.fiscal,
        {"R-1", s.caseNumber(), Money::fromCents(301'00), Date::fromYmd(2025, 1, 15),
            CollectionSource::Direct});
    REQUIRE_FALSE(changed);
    CHECK(changed.error().code == ErrorCode::Conflict);
}

TEST_CASE("S24: a batch with a bad row posts nothing and names the row and field",
    "[finance][posting][S24]")
{
    JanuarySetup s;
    PaymentService pay(s.t.ws());
    const auto auditBefore = s.t.ws().audit().headSeq();
    auto bad = pay.importCsv(s.fiscal, batch(s, "12.345"), false);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::Validation);
    CHECK(bad.error().field == "row 4, amount");
    CHECK(bad.error().message.find("12.345") == std::string::npos); // the row, not the value
    CHECK(s.count("collection") == 0);
    CHECK(s.count("allocation_line") == 0);
    CHECK(s.t.ws().audit().headSeq() == auditBefore + 1); // the refusal, audited

    std::string unknown = batch(s, "10.00");
    unknown = test::replacedOnce(unknown, "B-2," + s.caseNumber(), "B-2,19-9999999");
    auto missing = pay.importCsv(s.fiscal, unknown, false);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().field == "row 3, obligor");
    CHECK(s.count("collection") == 0);
}

TEST_CASE("a batch reports its progress and, cancelled part way, posts nothing",
    "[finance][posting][S24][cancel]")
{
    JanuarySetup s;
    PaymentService pay(s.t.ws());

    std::vector<std::pair<std::size_t, std::size_t>> heard;
    const auto auditBefore = s.t.ws().audit().headSeq();
    auto stopped = pay.importCsv(
        s.fiscal, batch(s, "10.00"), false, [&](std::size_t done, std::size_t total) {
            heard.emplace_back(done, total);
            return done < 2; // Cancel pressed after the second row
        });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(stopped.error().message.find("2 of 3") != std::string::npos);
    CHECK(heard == std::vector<std::pair<std::size_t, std::size_t>> {{0, 3}, {1, 3}, {2, 3}});
    // S24: the two rows already posted went back with the rest.
    CHECK(s.count("collection") == 0);
    CHECK(s.count("allocation_line") == 0);
    CHECK(s.count("payment_batch") == 0);
    CHECK(s.t.ws().audit().headSeq() == auditBefore + 1); // the cancelled import, audited

    heard.clear();
    auto imported = pay.importCsv(
        s.fiscal, batch(s, "10.00"), false, [&](std::size_t done, std::size_t total) {
            heard.emplace_back(done, total);
            return true;
        });
    REQUIRE(imported.ok());
    CHECK(heard.size() == 4);
    CHECK(heard.back() == std::pair<std::size_t, std::size_t> {3, 3});
    CHECK(s.count("collection") == 3);
}

TEST_CASE("a batch dry run previews every row and writes nothing; the import is one audit record",
    "[finance][posting][S24]")
{
    JanuarySetup s;
    PaymentService pay(s.t.ws());
    auto preview = pay.importCsv(s.fiscal, batch(s, "10.00"), true);
    REQUIRE(preview.ok());
    CHECK(preview->dryRun);
    CHECK(preview->rows.size() == 3);
    CHECK(preview->total == Money::fromCents(160'25));
    CHECK(preview->rows[0].toFamily == Money::fromCents(100'00));
    CHECK(s.count("collection") == 0);
    CHECK(s.count("payment_batch") == 0);

    const auto auditBefore = s.t.ws().audit().headSeq();
    auto imported = pay.importCsv(s.fiscal, batch(s, "10.00"), false);
    REQUIRE(imported.ok());
    CHECK(imported->posted == 3);
    CHECK(s.count("collection") == 3);
    CHECK(s.t.ws().audit().headSeq() == auditBefore + 1);
    auto again = pay.importCsv(s.fiscal, batch(s, "10.00"), false);
    REQUIRE(again.ok());
    CHECK(again->alreadyPosted == 3);
    CHECK(s.count("collection") == 3);
}

TEST_CASE(
    "a reversal after the family was paid leaves an overpayment receivable", "[finance][reversal]")
{
    JanuarySetup s;
    const auto posted = s.post("CHK-9", 300'00, Date::fromYmd(2025, 1, 15));
    const auto before = s.count("allocation_line");
    auto r = PaymentService(s.t.ws()).reverse(s.fiscal, "CHK-9", "check returned NSF");
    REQUIRE(r.ok());
    CHECK(r->overpaymentReceivable == Money::fromCents(300'00)); // due 2025-01-17, sent
    CHECK(r->cancelledDisbursements.isZero());
    CHECK(total(r->lines) == Money::fromCents(-300'00));
    CHECK(s.count("allocation_line") == before + 1); // a new entry, nothing edited
    CHECK(s.owed(Bucket::currentChild()) == Money::fromCents(500'00));
    CHECK(s.ledger().receivables.size() == 1);
    auto twice = PaymentService(s.t.ws()).reverse(s.fiscal, "CHK-9", "again");
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    auto explained = LedgerService(s.t.ws()).explain(s.fiscal, posted.collection.id.toString());
    REQUIRE(explained.ok());
    CHECK(explained->collection.status == CollectionStatus::Reversed);
    CHECK(explained->lines.size() == 2);
    CHECK(explained->lines[1].line.rule.find("check returned NSF") != std::string::npos);
}

TEST_CASE("a reversal before the disbursement is due cancels it", "[finance][reversal]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 1, 15));
    s.accrue(2025, 1);
    s.post("CHK-10", 120'00, Date::fromYmd(2025, 1, 15));
    auto r = PaymentService(s.t.ws()).reverse(s.fiscal, "CHK-10", "stop payment");
    REQUIRE(r.ok());
    CHECK(r->cancelledDisbursements == Money::fromCents(120'00));
    CHECK(r->overpaymentReceivable.isZero());
}

TEST_CASE("redistribution after a backdated assistance change: backed out and reapplied",
    "[finance][redistribution]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 2, 20));
    s.accrue(2025, 2);
    const auto posted = s.post("W-1", 500'00, Date::fromYmd(2025, 2, 10));
    CHECK(posted.toFamily == Money::fromCents(500'00));
    // The county learns late that the family was aided from February, with a $900 grant.
    REQUIRE(CaseService(s.t.ws())
                .setAssistance(
                    s.worker, s.caseNumber(), AssistanceStatus::Current, Date::fromYmd(2025, 2, 1))
                .ok());
    s.grant("2025-02", "900.00");
    auto redone = PaymentService(s.t.ws()).redistribute(
        s.fiscal, s.caseNumber(), Date::fromYmd(2025, 2, 1), "aid granted retroactively");
    INFO((redone ? "" : redone.error().message));
    REQUIRE(redone.ok());
    CHECK(redone->size() == 1);
    auto e = LedgerService(s.t.ws()).explain(s.fiscal, "W-1");
    REQUIRE(e.ok());
    Money backedOut, reapplied, retained, passThrough;
    for (const auto& l : e->lines) {
        if (l.entry == LineEntry::Backout)
            backedOut += l.line.amount;
        if (l.entry == LineEntry::Reapply) {
            reapplied += l.line.amount;
            CHECK(l.line.rule.find("aid granted retroactively") != std::string::npos);
            if (isRetained(l.line.payee))
                retained += l.line.amount;
            if (l.line.disposition == Disposition::CurrentPassThrough)
                passThrough += l.line.amount;
        }
    }
    CHECK(backedOut == Money::fromCents(-500'00));
    CHECK(reapplied == Money::fromCents(500'00));
    CHECK(passThrough == Money::fromCents(100'00)); // Family Code §17504, one child
    CHECK(retained == Money::fromCents(400'00));
    // The family already had the $500: the $400 now retained is owed back.
    Money receivable;
    for (const auto& r : s.ledger().receivables)
        receivable += r.amount;
    CHECK(receivable == Money::fromCents(400'00));
    CHECK(s.ledger().ura == Money::fromCents(500'00));

    // A date after today redoes nothing: refused, naming the field, and nothing is written.
    const auto lines = s.t.ws().db().queryInt64("SELECT count(*) FROM allocation_line");
    auto future = PaymentService(s.t.ws()).redistribute(
        s.fiscal, s.caseNumber(), Date::fromYmd(2025, 3, 1), "typed a year too far");
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == "from");
    CHECK(s.t.ws().db().queryInt64("SELECT count(*) FROM allocation_line") == lines);
}

TEST_CASE("a payment from a payer with no open case waits in the undistributed queue",
    "[finance][posting]")
{
    LedgerSetup s;
    s.setToday(Date::fromYmd(2025, 1, 20));
    auto r = PaymentService(s.t.ws()).post(s.fiscal,
        {"U-1", s.family.cp.id.toString(), Money::fromCents(75'00), Date::fromYmd(2025, 1, 19),
            CollectionSource::Direct});
    REQUIRE(r.ok());
    CHECK(r->held == Money::fromCents(75'00));
    auto q = LedgerService(s.t.ws()).undistributed(s.fiscal);
    REQUIRE(q.ok());
    REQUIRE(q->size() == 1);
    CHECK(q->at(0).receiptId == "U-1");
    CHECK(q->at(0).reason.find("no open case") != std::string::npos);
}

TEST_CASE(
    "S25: CSV cells that a spreadsheet would run as a formula are neutralized", "[finance][S25]")
{
    for (const std::string canary :
        {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
        const std::string cell = csvCell(canary);
        CHECK((cell.front() == '\'' || cell.substr(0, 2) == "\"'"));
    }
    CHECK(csvCell("plain") == "plain");
    CHECK(csvLine({"a,b", "say \"hi\""}) == "\"a,b\",\"say \"\"hi\"\"\"\r\n");
}

TEST_CASE("S24: the CSV reader refuses malformed files by row", "[finance][S24]")
{
    CHECK_THROWS_AS(parseCsv("a,b\n1\n"), Failure);
    CHECK_THROWS_AS(parseCsv("a,b\n\"1,2\n"), Failure);
    CHECK_THROWS_AS(parseCsv("a,b\n1,\xff\n"), Failure);
    try {
        parseCsv("a,b\n1,2\n3\n");
        FAIL("accepted");
    } catch (const Failure& f) {
        CHECK(f.error().field == "row 3");
    }
    const auto t = parseCsv("\xEF\xBB\xBFx,y\r\n\"1,5\",\"a\"\"b\"\r\n");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][0] == "1,5");
    CHECK(t.rows[0][1] == "a\"b");
}
