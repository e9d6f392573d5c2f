// Figures for the supervisor reports at county scale (issue 6, "Performance"): the federal
// performance measures (goal <= 5 s) and the equity dashboard (goal <= 5 s) on a generated
// county, plus the caseload and compliance reports, the PDF-free renderers, and a drill-down.
// A ledger of two federal fiscal years (FY 2025 and 2026: accruals, month-end conversions,
// monthly collections, some reversed, some held) is written through the finance repositories,
// so that the ledger-based lines and the collections report run on real rows.
// Prints seconds; asserts nothing (a benchmark is not a test).
//
//   caseledger_bench_reports [cases = 2000]      (350000 for the closing-note figures)
#include "core/finance/allocationlinerepository.h"
#include "core/finance/chargerepository.h"
#include "core/finance/collectionrepository.h"
#include "core/finance/disbursementrepository.h"
#include "core/reports/ledgerfactsrepository.h"
#include "core/reports/measuresrepository.h"
#include "core/reports/reportrenderers.h"
#include "core/services/demoservice.h"
#include "core/services/reportservice.h"
#include "core/store/database.h"
#include "tests/support/testworkspace.h"
#ifdef CASELEDGER_BENCH_PDF
#include "ui/print/reportpdf.h"
#endif

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace caseledger;
using namespace caseledger::core;
using Steady = std::chrono::steady_clock;

namespace {

double since(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

bool generate(test::TestWorkspace& t, std::int64_t cases)
{
    DemoRequest request;
    request.cases = cases;
    request.caseworkers = 25;
    request.supervisors = 1;
    request.financialWorkers = 0;
    request.workerPassword = test::kUserPassword;
    const auto start = Steady::now();
    auto generated = DemoService(t.ws()).generate(t.admin(), request);
    if (!generated) {
        std::fprintf(stderr, "generation failed: %s\n", generated.error().message.c_str());
        return false;
    }
    std::printf("generated %lld cases (%lld open) in %.1f s\n",
        static_cast<long long>(generated->stats.cases),
        static_cast<long long>(generated->stats.openCases), since(start));
    return true;
}

struct LedgerWriter
{
    Database& db;
    Hlc hlc;
    Uuid device;
    std::int64_t rows = 0;

    void charge(const Uuid& caseId, Date period, Date effective, ChargeKind kind, Bucket bucket,
        std::int64_t cents, std::optional<Date> installment = std::nullopt)
    {
        Charge c;
        c.id = Uuid::random();
        c.caseId = caseId;
        c.period = period;
        c.effectiveOn = effective;
        c.kind = kind;
        c.bucket = bucket;
        c.amount = Money::fromCents(cents);
        c.installmentDue = installment;
        c.reason = "bench";
        ChargeRepository(db).insert(c, "2026-11-02T00:00:00Z", hlc, device);
        ++rows;
    }

    PostedCollection collection(std::optional<Uuid> obligor, std::int64_t cents, Date on, int n)
    {
        PostedCollection c;
        c.id = Uuid::random();
        c.receiptId = "BENCH-" + std::to_string(n);
        c.obligorId = obligor;
        c.source = n % 5 == 0 ? CollectionSource::Direct : CollectionSource::WageWithholding;
        c.amount = Money::fromCents(cents);
        c.collectedOn = on;
        c.postedBy = "bench";
        c.postedAt = "2026-11-02T00:00:00Z";
        c.ruleSet = "bench";
        CollectionRepository(db).insert(c, hlc, device);
        ++rows;
        return c;
    }

    void line(const PostedCollection& c, int seq, LineEntry entry, const Uuid& caseId, Bucket b,
        std::int64_t cents)
    {
        LedgerLine l;
        l.id = Uuid::random();
        l.collectionId = c.id;
        l.seq = seq;
        l.entry = entry;
        l.caseId = caseId;
        l.period = c.collectedOn.firstOfMonth();
        l.line.bucket = b;
        l.line.amount = Money::fromCents(cents);
        l.line.rule = "bench";
        AllocationLineRepository(db).insert(l, hlc, device);
        ++rows;
    }
};

// One case's two years: $400 a month accrues; most months a payment pays current support first
// and arrears with the rest; unpaid support converts to NA arrears at month end; one payment in
// 200 bounces (reversed) and one in 100 comes from a payer without a case (held).
void writeCaseLedger(LedgerWriter& w, const Uuid& caseId, std::mt19937_64& rng, int& receipts)
{
    std::int64_t arrears = 0;
    for (Date m = Date::fromYmd(2024, 10, 1); m <= Date::fromYmd(2026, 9, 1); m = m.addMonths(1)) {
        w.charge(caseId, m, m, ChargeKind::Accrual, Bucket::currentChild(), 400'00);
        std::int64_t paidCurrent = 0;
        if (rng() % 10 < 7) {
            const std::int64_t amount = 200'00 + static_cast<std::int64_t>(rng() % 400) * 100;
            const auto c = w.collection(caseId, amount, m.addDays(9), ++receipts);
            paidCurrent = std::min<std::int64_t>(amount, 400'00);
            const std::int64_t toArrears = std::min(amount - paidCurrent, arrears);
            w.line(c, 1, LineEntry::Allocation, caseId, Bucket::currentChild(), paidCurrent);
            if (toArrears > 0)
                w.line(c, 2, LineEntry::Allocation, caseId, Bucket::principal(ArrearsCategory::NA),
                    toArrears);
            if (rng() % 200 == 0) {
                w.line(c, 3, LineEntry::Reversal, caseId, Bucket::currentChild(), -paidCurrent);
                if (toArrears > 0)
                    w.line(c, 4, LineEntry::Reversal, caseId,
                        Bucket::principal(ArrearsCategory::NA), -toArrears);
                CollectionRepository(w.db).insertEvent(c.id, Uuid::random(), "reversed", "bench",
                    "2026-11-02T00:00:00Z", "bench", w.hlc, w.device);
                paidCurrent = 0;
            } else {
                arrears -= toArrears;
            }
        }
        if (rng() % 100 == 0) {
            const auto c = w.collection(std::nullopt, 150'00, m.addDays(3), ++receipts);
            DisbursementRepository(w.db).insertHeld(
                {Uuid::random(), c.id, std::nullopt, c.amount, "no open case for the payer", m},
                w.hlc, w.device);
        }
        if (paidCurrent < 400'00) {
            const std::int64_t unpaid = 400'00 - paidCurrent;
            w.charge(
                caseId, m, m.addMonths(1), ChargeKind::Conversion, Bucket::currentChild(), -unpaid);
            w.charge(caseId, m, m.addMonths(1), ChargeKind::Conversion,
                Bucket::principal(ArrearsCategory::NA), unpaid, m);
            arrears += unpaid;
        }
    }
}

void writeLedger(test::TestWorkspace& t)
{
    const auto start = Steady::now();
    auto& db = t.ws().db();
    std::vector<Uuid> cases;
    {
        auto s = db.prepare("SELECT DISTINCT case_id FROM support_order");
        while (s.step())
            cases.push_back(s.uuid(0));
    }
    LedgerWriter w {db, t.ws().hlc().tick(), t.ws().device().id};
    std::mt19937_64 rng(7);
    int receipts = 0;
    for (std::size_t i = 0; i < cases.size(); i += 5000) {
        Transaction tx(db);
        for (std::size_t j = i; j < std::min(cases.size(), i + 5000); ++j)
            writeCaseLedger(w, cases[j], rng, receipts);
        tx.commit();
    }
    std::printf("ledger: %zu cases with orders, %d collections, %lld rows in %.1f s\n",
        cases.size(), receipts, static_cast<long long>(w.rows), since(start));
}

// Where the measures report's time goes: its parts, one by one.
void timeMeasureParts(Database& db)
{
    LedgerFactsRepository facts(db, Date::fromYmd(2026, 11, 2));
    const Date from = Date::fromYmd(2025, 10, 1), to = Date::fromYmd(2026, 9, 30);
    auto start = Steady::now();
    MeasuresRepository(db).twoYears({}, 2026);
    std::printf("  part: casework lines 1-6, two years   %8.3f s\n", since(start));
    start = Steady::now();
    facts.measureLines({{from, to}});
    std::printf("  part: ledger lines 24-29, one year    %8.3f s\n", since(start));
    start = Steady::now();
    facts.measureLines({{from, to}, {Date::fromYmd(2024, 10, 1), Date::fromYmd(2025, 9, 30)}});
    std::printf("  part: ledger lines 24-29, two years   %8.3f s\n", since(start));
    start = Steady::now();
    facts.collectionsBase(from, to);
    std::printf("  part: collections base, one year      %8.3f s\n", since(start));
    start = Steady::now();
    const auto rows = facts.perCase(from, to).size();
    std::printf(
        "  part: per-case facts, one year        %8.3f s  (%zu cases)\n", since(start), rows);
}

#ifdef CASELEDGER_BENCH_PDF
// Issue 6: a 100-page PDF (goal <= 5 s). No report of the county runs to 100 pages, so the
// caseload report's rows are repeated until its table fills them; every page is framed (name,
// parameters, run time, user, page x of y) as any report's.
void timePdf(const ReportRun& caseload)
{
    ReportTable big = caseload.table;
    const auto fill = [&](std::size_t rows) {
        big.rows.clear();
        while (big.rows.size() < rows)
            big.rows.push_back(caseload.table.rows[big.rows.size() % caseload.table.rows.size()]);
    };
    int pages = 0;
    fill(1000);
    ui::reportPdf(big, caseload.header, &pages); // warm-up; gives rows per page
    fill(1000 * 101 / static_cast<std::size_t>(std::max(pages, 1)));
    const auto start = Steady::now();
    const auto pdf = ui::reportPdf(big, caseload.header, &pages);
    std::printf("PDF: %d pages (%zu rows, %zu KB) in %.3f s (goal: 100 pages <= 5 s)\n", pages,
        big.rows.size(), pdf.size() / 1024, since(start));
}
#endif

// Runs a report once and prints its time and size; returns the run for rendering.
std::optional<ReportRun> timed(
    ReportService& reports, const Session& s, const char* name, const ReportParams& p)
{
    const auto start = Steady::now();
    auto run = reports.run(s, name, p);
    const double seconds = since(start);
    if (!run) {
        std::fprintf(stderr, "%s failed: %s\n", name, run.error().message.c_str());
        return std::nullopt;
    }
    std::printf("%-12s %8.3f s  (%zu rows)\n", name, seconds, run->table.rows.size());
    return *run;
}

} // namespace

int main(int argc, char** argv)
{
    const std::int64_t cases = argc > 1 ? std::atoll(argv[1]) : 2000;
    test::TestWorkspace t;
    if (!generate(t, cases))
        return 1;
    writeLedger(t);
    const Session supervisor = t.sessionAs(Role::Supervisor);
    ReportService reports(t.ws());
    ReportParams fy;
    fy.fiscalYear = 2026;
    std::printf("report       seconds\n");
    const auto measures = timed(reports, supervisor, "measures", fy);
    timeMeasureParts(t.ws().db());
    const auto equity = timed(reports, supervisor, "equity", fy);
    ReportParams language = fy;
    language.breakdown = "language";
    timed(reports, supervisor, "equity", language);
    const auto caseload = timed(reports, supervisor, "caseload", fy);
    timed(reports, supervisor, "compliance", fy);
    ReportParams month;
    month.from = Date::fromYmd(2026, 9, 1);
    month.to = Date::fromYmd(2026, 9, 30);
    timed(reports, supervisor, "collections", month);
    timed(reports, supervisor, "collections", fy);
    ReportParams asOf;
    asOf.to = Date::fromYmd(2026, 9, 30);
    timed(reports, supervisor, "aging", asOf);
    if (!measures || !equity || !caseload)
        return 1;
    auto start = Steady::now();
    std::size_t bytes = 0;
    for (const auto* run : {&*measures, &*equity, &*caseload})
        bytes += renderCsv(run->table, run->header).size()
            + renderJson(run->table, run->header).size()
            + renderText(run->table, run->header).size();
    std::printf("render text+csv+json of three reports: %.3f s (%zu bytes)\n", since(start), bytes);
#ifdef CASELEDGER_BENCH_PDF
    timePdf(*caseload);
#endif
    const auto& line1 = measures->table.rows.front().cells[2];
    start = Steady::now();
    auto drilled = reports.drill(supervisor, "measures", fy, line1.drill);
    if (drilled)
        std::printf("drill-down line 1: %.3f s (%lld cases, first %zu rows)\n", since(start),
            static_cast<long long>(drilled->total), drilled->rows.size());
    return 0;
}
