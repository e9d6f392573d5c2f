// The supervisor's Reports page (issue 6 item 2, "Done means"): a supervisor runs the federal
// performance measures and the equity dashboard for the last federal fiscal year through the
// widgets, opens the cases behind a figure, previews, exports PDF (read back with pdftotext)
// and CSV (a formula canary comes out inert), and every export is audited; a role without
// report.run does not see the page; the models pass QAbstractItemModelTester; the page
// renders to PNG.
#include "core/services/userservice.h"
#include "tests/core/reports/reportfixture.h"
#include "tests/ui/caseworkgui.h"
#include "tests/ui/guifixture.h"
#include "ui/reports/drillcasemodel.h"
#include "ui/reports/drilldialog.h"
#include "ui/reports/reportchart.h"
#include "ui/reports/reportparamsform.h"
#include "ui/reports/reportspage.h"
#include "ui/reports/reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::GuiFixture;
using test::waitFor;
using Tester = QAbstractItemModelTester;

namespace {

// A spreadsheet-formula canary (SECURITY S25) as a worker's display name: the caseload report
// prints worker names.
const char* const kFormulaCanary = "=HYPERLINK(\"http://evil.example/\",\"Open me\")";

core::Session addWorker(
    test::TestWorkspace& tw, const std::string& name, const std::string& display, core::Role role)
{
    auto added
        = core::UserService(tw.ws()).add(tw.admin(), {name, display, role, 0, test::kUserPassword});
    REQUIRE(added.ok());
    core::Session s;
    s.userId = added->id;
    s.userName = added->name;
    s.displayName = added->displayName;
    s.role = role;
    s.deviceId = tw.ws().device().id;
    s.startedAt = tw.clock().now();
    return s;
}

// A small county: on 2026-11-02 (FY 2027) caseworker "cw1" opens three cases (A's custodial
// party protected, with the canary SSN and address); A's parentage is declared and it gets an
// order. Then a year passes: on 2027-10-20 the last complete federal fiscal year is FY 2027.
// `signInAs` signs the GUI in as that user ("sup1", a supervisor, by default).
class ReportsGui
{
public:
    explicit ReportsGui(const QString& signInAs = QStringLiteral("sup1"))
    {
        test::TestWorkspace& tw = m_f.tw();
        tw.reopenAsAdmin();
        const core::Session cw = addWorker(tw, "cw1", kFormulaCanary, core::Role::Caseworker);
        addWorker(tw, "sup1", "Sam Supervisor", core::Role::Supervisor);
        addWorker(tw, "fin1", "Fran Finance", core::Role::FinancialWorker);
        m_a = test::openFamily(tw, cw, true);
        test::openFamily(tw, cw, false, "López");
        test::openFamily(tw, cw, false, "Nguyen");
        test::declareParentage(
            tw, cw, m_a, core::Date::fromYmd(2026, 10, 20), core::Date::fromYmd(2026, 10, 25));
        test::addOrder(tw, cw, m_a.record, core::Date::fromYmd(2026, 11, 1));
        test::setToday(tw, core::Date::fromYmd(2027, 10, 20));
        for (const char* user : {"cw1", "sup1", "fin1"}) {
            tw.reopenAsAdmin();
            test::chooseOwnPassword(tw, user);
        }
        m_f.signIn(signInAs, QString::fromUtf8(test::kWorkerPassword));
        REQUIRE(waitFor([this] { return idle(); }));
        m_page = m_f.window().findChild<ui::ReportsPage*>();
        REQUIRE(m_page);
    }

    GuiFixture& f() { return m_f; }
    ui::ReportsPage* page() { return m_page; }
    const test::Family& protectedFamily() const { return m_a; }
    bool idle() { return !m_f.session().isBusy(); }
    core::Workspace& ws() { return *m_f.session().workspace(); }

    // Chooses a report in the picker and presses Run, as a person would.
    void run(const QString& name)
    {
        m_f.window().showPage(m_page);
        REQUIRE(m_page->selectReport(name));
        QTest::mouseClick(
            m_page->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
        REQUIRE(waitFor([&] {
            return !m_page->isBusy() && idle() && !m_page->model()->isEmpty()
                && m_page->model()->table().name == name.toStdString();
        }));
    }

    // The index of the cell in the row whose first column reads `label`.
    QModelIndex cell(const QString& label, const std::string& column)
    {
        const auto* model = m_page->model();
        const int c = model->table().columnIndex(column);
        REQUIRE(c >= 0);
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == label)
                return model->index(r, c);
        FAIL("no row " << label.toStdString());
        return {};
    }

    core::AuditRecord lastAudit()
    {
        REQUIRE(waitFor([this] { return idle(); }));
        return ws().audit().latest(1).at(0);
    }

private:
    GuiFixture m_f;
    test::Family m_a;
    ui::ReportsPage* m_page = nullptr;
};

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), path,
            QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QString tempFile(const QString& name)
{
    const QString dir = QStringLiteral(CASELEDGER_SCREENSHOT_DIR) + QStringLiteral("/../reports");
    QDir().mkpath(dir);
    const QString path = QDir(dir).absoluteFilePath(name);
    QFile::remove(path);
    return path;
}

// Presses an export button and picks `path` in the file dialog it opens.
void exportThroughDialog(ui::ReportsPage* page, const char* buttonName, const QString& path)
{
    QTest::mouseClick(page->findChild<QPushButton*>(QLatin1String(buttonName)), Qt::LeftButton);
    auto* dialog = test::visibleWindow<QFileDialog>();
    REQUIRE(dialog);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public door
    REQUIRE(waitFor([&] { return page->lastExportPath() == path && !page->isBusy(); }));
    REQUIRE(QFileInfo::exists(path));
}

void checkNoCanaries(const QString& text)
{
    CHECK_FALSE(text.contains(QLatin1String(test::kCanarySsn)));
    CHECK_FALSE(text.contains(QLatin1String(test::kCanarySsnDigits)));
    CHECK_FALSE(text.contains(QLatin1String(test::kCanaryStreet)));
}

} // namespace

TEST_CASE(
    "a supervisor runs the performance measures for the last federal fiscal year", "[ui][reports]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    Tester tester(page->model(), Tester::FailureReportingMode::Fatal);
    REQUIRE(page->selectReport(QStringLiteral("measures")));
    // The default is the last complete federal fiscal year (today is 2027-10-20).
    CHECK(page->paramsForm()->fiscalYear()->value() == 2027);
    CHECK(page->paramsForm()->fiscalYear()->isVisibleTo(page));
    g.run(QStringLiteral("measures"));
    CHECK(page->model()->table().parameters == "fy=2027");
    // Three cases open at the end of FY 2027, one with an order, one parentage established.
    CHECK(g.cell(QStringLiteral("Line 1"), "this_year").data().toString() == QStringLiteral("3"));
    CHECK(g.cell(QStringLiteral("Line 2"), "this_year").data().toString() == QStringLiteral("1"));
    const QModelIndex line1 = g.cell(QStringLiteral("Line 1"), "this_year");
    CHECK(line1.data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
    CHECK(page->model()
              ->index(0, 0)
              .data(Qt::TextAlignmentRole)
              .value<Qt::Alignment>()
              .testFlag(Qt::AlignLeft));
    // The percentages as the core formats them, and the bar chart's text equivalent.
    CHECK(g.cell(QStringLiteral("Support orders"), "this_year").data().toString()
        == QStringLiteral("33.33 %"));
    REQUIRE(page->chart()->isVisible());
    CHECK(page->chart()->textEquivalent().contains(
        QStringLiteral("Support orders: FY 2027 33.33 %")));
    CHECK(page->chart()->view()->accessibleDescription() == page->chart()->textEquivalent());
    CHECK_FALSE(page->footnotesText().isEmpty());
    // A look on screen is audited as report.run.
    const core::AuditRecord audit = g.lastAudit();
    CHECK(audit.action == "report.run");
    CHECK(audit.description.find("fy=2027") != std::string::npos);
}

TEST_CASE("the equity dashboard shows suppressed cells as the core marks them, with a chart",
    "[ui][reports][equity]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    Tester tester(page->model(), Tester::FailureReportingMode::Fatal);
    g.run(QStringLiteral("equity"));
    const ui::ReportTableModel* model = page->model();
    bool suppressedShown = false;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            if (i.data(ui::ReportTableModel::SuppressedRole).toBool()) {
                CHECK(i.data().toString() == QStringLiteral("<11"));
                suppressedShown = true;
            }
        }
    CHECK(suppressedShown); // three cases: every count is under 11
    // The totals row comes last, in bold.
    const int last = model->rowCount() - 1;
    CHECK(model->isTotalsRow(last));
    CHECK(model->index(last, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model->headerData(last, Qt::Vertical).toString() == QStringLiteral("Total"));
    // Aggregate only: no figure opens a case list.
    for (int c = 0; c < model->columnCount(); ++c)
        CHECK(model->drillKeyAt(model->index(0, c)).isEmpty());
    REQUIRE(page->chart()->isVisible());
    CHECK(page->chart()->textEquivalent().contains(QStringLiteral("suppressed")));
    checkNoCanaries(test::allVisibleText(page));
}

TEST_CASE("Enter on a figure lists the cases behind it, masked; Enter opens the case",
    "[ui][reports][drill]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    g.run(QStringLiteral("measures"));
    const QModelIndex line1 = g.cell(QStringLiteral("Line 1"), "this_year");
    REQUIRE_FALSE(page->model()->drillKeyAt(line1).isEmpty());
    page->table()->setCurrentIndex(line1);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return page->drillDialog() && page->drillDialog()->isVisible(); }));
    ui::DrillDialog* dialog = page->drillDialog();
    Tester tester(dialog->model(), Tester::FailureReportingMode::Fatal);
    CHECK(dialog->model()->rowCount() == 3);
    CHECK(dialog->summaryText().contains(QStringLiteral("3 case(s)")));
    // SECURITY S13, S14: the list is masked as the caseload is.
    checkNoCanaries(test::allVisibleText(dialog));
    CHECK(g.lastAudit().action == "report.drill");
    QString opened;
    QObject::connect(
        page, &ui::ReportsPage::openCaseRequested, [&](const QString& number) { opened = number; });
    dialog->table()->setCurrentIndex(dialog->model()->index(0, 0));
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    CHECK(opened == QString::fromStdString(g.protectedFamily().record.number));
    REQUIRE(waitFor([&] { return g.idle(); }));
}

TEST_CASE("exports: the PDF reads back with headings, totals and page numbers; the CSV is "
          "formula-safe; both are audited",
    "[ui][reports][export]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    g.run(QStringLiteral("equity"));
    const std::int64_t before = g.ws().audit().headSeq();
    const QString pdf = tempFile(QStringLiteral("equity.pdf"));
    exportThroughDialog(page, "exportPdfButton", pdf);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Equity dashboard")));
    CHECK(text.contains(QStringLiteral("Group")));
    CHECK(text.contains(QStringLiteral("Total")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK(text.contains(QStringLiteral("Run by sup1")));
    checkNoCanaries(text);
    core::AuditRecord audit = g.lastAudit();
    CHECK(audit.action == "report.export");
    CHECK(audit.description.find("format=pdf") != std::string::npos);
    CHECK(g.ws().audit().headSeq() == before + 1);

    // The caseload report names workers; cw1's display name is a formula.
    g.run(QStringLiteral("caseload"));
    CHECK(test::allVisibleText(page).contains(QString::fromUtf8(kFormulaCanary)));
    const QString csv = tempFile(QStringLiteral("caseload.csv"));
    exportThroughDialog(page, "exportCsvButton", csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    CHECK(content.contains(QStringLiteral("'=HYPERLINK(")));
    // S25: no field starts with the formula, quoted or not.
    CHECK_FALSE(content.contains(QStringLiteral(",=HYPERLINK")));
    CHECK_FALSE(content.contains(QStringLiteral("\"=HYPERLINK")));
    CHECK_FALSE(content.contains(QStringLiteral("\n=HYPERLINK")));
    CHECK_FALSE(content.startsWith(QStringLiteral("=")));
    checkNoCanaries(content);
    audit = g.lastAudit();
    CHECK(audit.action == "report.export");
    CHECK(audit.description.find("format=csv") != std::string::npos);
}

TEST_CASE("print preview is audited as printing and shows the report", "[ui][reports][print]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    g.run(QStringLiteral("measures"));
    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
    REQUIRE(waitFor([] { return test::visibleWindow<QPrintPreviewDialog>() != nullptr; }));
    auto* preview = test::visibleWindow<QPrintPreviewDialog>();
    const core::AuditRecord audit = g.lastAudit();
    CHECK(audit.action == "report.export");
    CHECK(audit.description.find("format=print") != std::string::npos);
    preview->reject();
}

TEST_CASE("printing is audited only once a printer is chosen", "[ui][reports][print]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    g.run(QStringLiteral("measures"));
    auto* printButton = page->findChild<QPushButton*>(QStringLiteral("printButton"));

    // Closing the printer dialog with Cancel prints nothing, so it records no printing.
    QTest::mouseClick(printButton, Qt::LeftButton);
    REQUIRE(waitFor([] { return test::visibleWindow<QPrintDialog>() != nullptr; }));
    test::visibleWindow<QPrintDialog>()->reject();
    REQUIRE(waitFor([] { return test::visibleWindow<QPrintDialog>() == nullptr; }));
    QTest::qWait(50);
    CHECK(g.idle());
    CHECK(g.lastAudit().action == "report.run");

    // Choosing a printer (here a PDF file) runs the report, audits it as printed and prints.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    QTest::mouseClick(printButton, Qt::LeftButton);
    REQUIRE(waitFor([] { return test::visibleWindow<QPrintDialog>() != nullptr; }));
    auto* dialog = test::visibleWindow<QPrintDialog>();
    // Qt's own dialog offers "Print to File (PDF)" as a printer with a file name field.
    auto* printers = dialog->findChild<QComboBox*>(QStringLiteral("printers"));
    REQUIRE(printers);
    const int toFile = printers->findText(QStringLiteral("PDF"), Qt::MatchContains);
    REQUIRE(toFile >= 0);
    printers->setCurrentIndex(toFile);
    auto* fileName = dialog->findChild<QLineEdit*>(QStringLiteral("filename"));
    REQUIRE(fileName);
    fileName->setText(pdf);
    dialog->accept();
    REQUIRE(waitFor([&] { return page->statusText().contains(QStringLiteral("Sent")); }));
    const core::AuditRecord audit = g.lastAudit();
    CHECK(audit.action == "report.export");
    CHECK(audit.description.find("format=print") != std::string::npos);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Federal performance measures")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("Cancel drops a report: nothing is shown", "[ui][reports][cancel]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    g.f().window().showPage(page);
    REQUIRE(page->selectReport(QStringLiteral("measures")));
    page->run();
    REQUIRE(page->isBusy());
    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    CHECK_FALSE(page->isBusy());
    REQUIRE(waitFor([&] { return g.idle(); }));
    QTest::qWait(50);
    CHECK(page->model()->isEmpty());
    CHECK(page->statusText().contains(QStringLiteral("Cancelled")));
}

TEST_CASE("who sees the Reports page", "[ui][reports][permissions]")
{
    SECTION("a financial worker, without report.run, does not")
    {
        ReportsGui g(QStringLiteral("fin1"));
        auto* sidebar = g.f().window().findChild<QListWidget*>(QStringLiteral("pageList"));
        bool listed = false;
        for (int i = 0; i < sidebar->count(); ++i)
            listed = listed
                || (sidebar->item(i)->text() == QStringLiteral("Reports")
                    && !sidebar->item(i)->isHidden());
        CHECK_FALSE(listed);
        g.f().window().showPage(g.page());
        CHECK(g.f().window().currentPage() != g.page());
    }
    SECTION("a caseworker does, with her own caseload only")
    {
        ReportsGui g(QStringLiteral("cw1"));
        g.f().window().showPage(g.page());
        CHECK(g.f().window().currentPage() == g.page());
        CHECK(g.page()->reportCombo()->count() == 1);
        CHECK(g.page()->currentReportName() == QStringLiteral("caseload"));
        g.run(QStringLiteral("caseload"));
    }
}

TEST_CASE("the reports page's widgets are named and it renders to PNG", "[ui][reports][screenshot]")
{
    ReportsGui g;
    ui::ReportsPage* page = g.page();
    g.run(QStringLiteral("measures"));
    const auto widgets = page->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        // A view's own headers and corner button are parts of the named view.
        const bool part = qobject_cast<QAbstractItemView*>(w->parentWidget()) != nullptr;
        if (interactive && !part && w->isVisibleTo(page)
            && !w->objectName().startsWith(QLatin1String("qt_")))
            CHECK_FALSE(w->accessibleName().isEmpty());
    }
    // The chart has room next to its companion table.
    INFO("chart " << page->chart()->height() << " table " << page->table()->height());
    CHECK(page->chart()->isVisible());
    CHECK(page->chart()->height() >= 200);
    const QString dir = QStringLiteral(CASELEDGER_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/reports-measures.png");
    QFile::remove(path);
    REQUIRE(g.f().window().grab().save(path, "PNG"));
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    CHECK(QFileInfo(path).size() > 1000);
}
