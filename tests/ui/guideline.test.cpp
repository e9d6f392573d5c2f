// The guideline calculator page (issue 5, item 3) as a worker uses it: typed incomes and a
// time-share give the amount of the worked example in guideline.md under either law; wrong
// entries are explained beside their field; saving, printing and exporting go through the
// audited service; the PDF worksheet holds what the law asks to show.
#include "core/guideline/guidelinejson.h"
#include "core/services/auditservice.h"
#include "tests/ui/guifixture.h"
#include "ui/guideline/guidelinechildreneditor.h"
#include "ui/guideline/guidelinefieldmessages.h"
#include "ui/guideline/guidelineform.h"
#include "ui/guideline/guidelineinput.h"
#include "ui/guideline/guidelinepage.h"
#include "ui/guideline/guidelineparenteditor.h"
#include "ui/guideline/guidelineresultview.h"
#include "ui/guideline/guidelinestepmodel.h"
#include "ui/guideline/guidelineworksheet.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::GuiFixture;
using test::waitFor;

namespace {

struct Calculator
{
    GuiFixture f;
    ui::GuidelinePage* page = nullptr;
    ui::GuidelineForm* form = nullptr;

    Calculator()
    {
        f.signIn();
        page = f.window().findChild<ui::GuidelinePage*>();
        REQUIRE(page);
        f.window().showPage(page);
        REQUIRE(f.window().currentPage() == page);
        f.window().activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&f.window()));
        form = page->form();
    }
    QLineEdit* edit(const char* objectName) const
    {
        auto* e = form->findChild<QLineEdit*>(QString::fromLatin1(objectName));
        REQUIRE(e);
        return e;
    }
    void type(const char* objectName, const QString& text) const
    {
        QLineEdit* e = edit(objectName);
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }
    void setAsOf(QDate date) const { form->asOfEdit()->setDate(date); }
    QString headline() const { return page->resultView()->headlineText(); }
    bool headlineShows(const QString& text) const
    {
        return waitFor([&] { return headline().contains(text); }, 3000);
    }
    QString messageFor(const std::string& field) const { return form->messages().textFor(field); }
};

// The worked example of guideline.md: HN 6,000, LN 2,000, H% 20 %, one child.
void typeWorkedExample(const Calculator& c)
{
    c.type("parentANetEdit", QStringLiteral("6,000"));
    c.type("parentBNetEdit", QStringLiteral("2000.00"));
    c.type("parentATimeshareEdit", QStringLiteral("20"));
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    // Words of one table cell may wrap differently; compare with single spaces.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("typing two incomes and a time-share shows the worked example under either law",
    "[ui][guideline]")
{
    Calculator c;
    c.setAsOf(QDate(2025, 6, 1));
    typeWorkedExample(c);
    REQUIRE(c.headlineShows(QStringLiteral("$1,320.00")));
    CHECK(c.headline() == QStringLiteral("Parent A pays Parent B $1,320.00 a month"));
    // The other parent's time-share was left empty: it is the rest of 100, and says so.
    CHECK(c.edit("parentBTimeshareEdit")->placeholderText().startsWith(QStringLiteral("80")));
    REQUIRE(c.page->preview());
    CHECK(c.page->preview()->monthlySupport.cents() == 132000);
    CHECK(c.page->resultView()->perChildText().contains(QStringLiteral("$1,320.00")));
    CHECK_FALSE(c.page->resultView()->lowIncomeShown());

    // The working, with the statute of each step.
    ui::GuidelineStepModel* steps = c.page->resultView()->stepModel();
    REQUIRE(steps->rowCount() >= 8);
    QStringList citations;
    for (int row = 0; row < steps->rowCount(); ++row)
        citations << steps->index(row, ui::GuidelineStepModel::CitationColumn).data().toString();
    CHECK(citations.contains(QStringLiteral("Fam. Code §4055(b)(3)")));
    CHECK(citations.contains(QStringLiteral("Fam. Code §4055(b)(8)")));

    // Before SB 343: the same inputs, the old fraction table.
    c.setAsOf(QDate(2024, 8, 31));
    REQUIRE(c.headlineShows(QStringLiteral("$1,188.00")));
    CHECK(c.page->preview()->law == core::GuidelineLaw::Before20240901);
}

TEST_CASE("a wrong time-share is explained beside that field, without moving the cursor",
    "[ui][guideline]")
{
    Calculator c;
    c.setAsOf(QDate(2025, 6, 1));
    typeWorkedExample(c);
    REQUIRE(c.headlineShows(QStringLiteral("$1,320.00")));

    c.type("parentBTimeshareEdit", QStringLiteral("70"));
    REQUIRE(waitFor([&] { return !c.messageFor("parents[1].timeshare_percent").isEmpty(); }, 3000));
    const QString message = c.messageFor("parents[1].timeshare_percent");
    CHECK(message.contains(QStringLiteral("add to 100")));
    // The core's field names became what the user sees.
    CHECK(message.contains(QStringLiteral("time-share of Parent B")));
    CHECK_FALSE(message.contains(QStringLiteral("parents[")));
    CHECK(c.messageFor("parents[0].timeshare_percent").isEmpty());
    CHECK_FALSE(c.page->preview());
    CHECK(c.headline().startsWith(QStringLiteral("Cannot calculate")));
    // The label under B's time-share shows it.
    const auto labels = c.form->parentEditor(1)->findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(),
        [&](QLabel* l) { return l->isVisibleTo(c.form) && l->text() == message; }));

    // Typing in A's time-share: the message stays beside B's, and the cursor stays in A's.
    c.type("parentATimeshareEdit", QStringLiteral("25"));
    REQUIRE(waitFor(
        [&] { return c.messageFor("parents[1].timeshare_percent").contains(QStringLiteral("95")); },
        3000));
    CHECK(c.edit("parentATimeshareEdit")->hasFocus());

    c.type("parentBTimeshareEdit", QString());
    c.type("parentATimeshareEdit", QStringLiteral("120"));
    REQUIRE(waitFor([&] { return !c.messageFor("parents[0].timeshare_percent").isEmpty(); }, 3000));
    CHECK(
        c.messageFor("parents[0].timeshare_percent").contains(QStringLiteral("between 0 and 100")));
    CHECK(c.messageFor("parents[1].timeshare_percent").isEmpty());

    c.type("parentATimeshareEdit", QStringLiteral("twenty"));
    REQUIRE(waitFor(
        [&] {
            return c.messageFor("parents[0].timeshare_percent")
                .contains(QStringLiteral("percentage"));
        },
        3000));

    // Money is text read exactly; a stray third decimal is refused, not rounded.
    c.type("parentATimeshareEdit", QStringLiteral("20"));
    c.type("parentANetEdit", QStringLiteral("6000.001"));
    REQUIRE(waitFor(
        [&] {
            return c.messageFor("parents[0].net_monthly_cents")
                .contains(QStringLiteral("dollars and cents"));
        },
        3000));
    c.type("parentANetEdit", QStringLiteral("$6,000.00"));
    REQUIRE(c.headlineShows(QStringLiteral("$1,320.00")));
    CHECK_FALSE(c.form->messages().hasMessage());

    // A date the rule tables do not cover is explained beside the as-of date.
    c.setAsOf(QDate(2027, 1, 4));
    REQUIRE(waitFor([&] { return !c.messageFor("as_of").isEmpty(); }, 3000));
    CHECK(c.messageFor("as_of").contains(QStringLiteral("outside the guideline tables")));
}

TEST_CASE("the low-income range shows below the 2026 threshold", "[ui][guideline]")
{
    Calculator c;
    c.setAsOf(QDate(2026, 3, 1));
    c.type("parentANetEdit", QStringLiteral("2000"));
    c.type("parentBNetEdit", QStringLiteral("1000"));
    c.type("parentATimeshareEdit", QStringLiteral("20"));
    REQUIRE(waitFor([&] { return c.page->preview().has_value(); }, 3000));
    const core::GuidelineResult& r = *c.page->preview();
    REQUIRE(r.lowIncome.applies);
    CHECK(c.page->resultView()->lowIncomeShown());
    const QString text = c.page->resultView()->lowIncomeText();
    // $16.90 × 40 × 52 / 12 (Labor Code §1182.12, 2026).
    CHECK(text.contains(QStringLiteral("$2,929.33")));
    CHECK(text.contains(ui::moneyText(*r.lowIncome.minimum)));
    CHECK(text.contains(ui::moneyText(r.monthlySupport)));
    CHECK(text.contains(QStringLiteral("§4055(b)(7)")));

    c.type("parentANetEdit", QStringLiteral("6000"));
    REQUIRE(waitFor([&] { return !c.page->resultView()->lowIncomeShown(); }, 3000));
}

TEST_CASE("gross income, children and add-ons are read from the form", "[ui][guideline]")
{
    Calculator c;
    c.setAsOf(QDate(2025, 6, 1));
    ui::GuidelineParentEditor* a = c.form->parentEditor(0);
    QTest::mouseClick(a->grossCheck(), Qt::LeftButton);
    REQUIRE(a->usesGross());
    c.type("parentAGrossEdit", QStringLiteral("8000"));
    c.type("parentADeduction_income_taxes", QStringLiteral("1,200"));
    c.type("parentADeduction_fica", QStringLiteral("800"));
    c.type("parentBNetEdit", QStringLiteral("2000"));
    c.type("parentATimeshareEdit", QStringLiteral("20"));
    c.type("child1BirthDateEdit", QStringLiteral("04/02/2016"));
    QTest::mouseClick(c.form->childrenEditor()->addButton(), Qt::LeftButton);
    c.type("child2BirthDateEdit", QStringLiteral("2019-01-15"));
    c.type("addOn_child_careEdit", QStringLiteral("400"));
    REQUIRE(waitFor(
        [&] { return c.page->preview().has_value() && c.page->preview()->perChild.size() == 2; },
        3000));
    const core::GuidelineResult& r = *c.page->preview();
    CHECK(r.netIncomes[0].cents() == 600000);
    CHECK(a->netEdit()->text() == QStringLiteral("6000.00")); // shown, read-only
    CHECK(a->netEdit()->isReadOnly());
    CHECK(r.perChild.front().childIndex == 1); // the youngest first (§4055(b)(8))
    CHECK(r.addOns.front().total.cents() == 40000);

    // A deduction larger than the income is explained beside the gross income.
    c.type("parentADeduction_hardship", QStringLiteral("7000"));
    REQUIRE(waitFor([&] { return !c.messageFor("parents[0].deductions_cents").isEmpty(); }, 3000));
    CHECK(c.messageFor("parents[0].gross_monthly_cents")
        == c.messageFor("parents[0].deductions_cents"));
    c.type("parentADeduction_hardship", QString());

    // Removing the first child renumbers the rest; messages follow the rows.
    QTest::mouseClick(
        c.form->findChild<QPushButton*>(QStringLiteral("removeChild1Button")), Qt::LeftButton);
    REQUIRE(c.form->childrenEditor()->count() == 1);
    CHECK(c.form->childrenEditor()->birthDateEdit(0)->text() == QStringLiteral("2019-01-15"));
    c.type("child1BirthDateEdit", QStringLiteral("2027-01-01"));
    REQUIRE(waitFor([&] { return !c.messageFor("children[0].birth_date").isEmpty(); }, 3000));
    CHECK(c.messageFor("children[0].birth_date").contains(QStringLiteral("birth date of child 1")));
}

TEST_CASE("saving goes through the audited service and hands the order screen the JSON",
    "[ui][guideline]")
{
    Calculator c;
    ui::GuidelinePrefill prefill;
    prefill.caseNumber = QStringLiteral("CA-2025-000417");
    prefill.asOf = QDate(2025, 6, 1);
    prefill.parents[0]
        = {QStringLiteral("María López"), core::Money::fromCents(600000), std::nullopt};
    prefill.parents[1]
        = {QStringLiteral("James Lopez"), core::Money::fromCents(200000), std::nullopt};
    prefill.childBirthDates = {QDate(2016, 4, 2)};
    c.page->prefill(prefill);
    CHECK(c.form->caseNumber() == prefill.caseNumber);
    CHECK(c.headline().startsWith(QStringLiteral("Enter the time-share")));

    QSignalSpy accepted(c.page, &ui::GuidelinePage::calculationAccepted);
    // Saving an incomplete calculation says what is missing, beside the field.
    QTest::mouseClick(
        c.page->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(c.messageFor("parents[0].timeshare_percent").contains(QStringLiteral("time-share")));
    CHECK(accepted.isEmpty());

    c.type("parentATimeshareEdit", QStringLiteral("20"));
    REQUIRE(c.headlineShows(QStringLiteral("María López pays James Lopez $1,320.00 a month")));
    QTest::mouseClick(
        c.page->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return accepted.size() == 1; }));
    const auto request
        = core::parseGuidelineRequest(accepted.front().at(0).toString().toStdString());
    CHECK(request.parents[0].id == "María López");
    CHECK(request.parents[1].timesharePercent == core::Rational(80));
    CHECK(request.children.front().birthDate == core::Date::fromYmd(2016, 4, 2));
    const auto result = nlohmann::json::parse(accepted.front().at(1).toString().toStdString());
    CHECK(result["monthly_support_cents"] == 132000);
    CHECK(c.page->statusText().contains(QStringLiteral("Saved")));
}

TEST_CASE("the worksheet exports to PDF with every step, the result and the preparer",
    "[ui][guideline][pdf]")
{
    Calculator c;
    ui::GuidelinePrefill prefill;
    prefill.caseNumber = QStringLiteral("CA-2025-000417");
    prefill.asOf = QDate(2025, 6, 1);
    prefill.parents[0]
        = {QStringLiteral("Maria Lopez"), core::Money::fromCents(600000), std::nullopt};
    prefill.parents[1]
        = {QStringLiteral("James Lopez"), core::Money::fromCents(200000), std::nullopt};
    prefill.childBirthDates = {QDate(2016, 4, 2)};
    c.page->prefill(prefill);
    c.type("parentATimeshareEdit", QStringLiteral("20"));
    c.type("addOn_uninsured_healthEdit", QStringLiteral("150"));
    REQUIRE(c.headlineShows(QStringLiteral("$1,320.00")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worksheet.pdf"));
    QSignalSpy exported(c.page, &ui::GuidelinePage::worksheetExported);
    c.page->exportPdf(path);
    REQUIRE(waitFor([&] { return exported.size() == 1; }));
    CHECK(c.page->lastExportMilliseconds() >= 0);
    CHECK(QFileInfo(path).size() > 1000);
    // S22: written to a temporary file and renamed; nothing else is left in the folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {QStringLiteral("worksheet.pdf")});

    // Kept next to the screenshots for a person to look at.
    const QString keep
        = QStringLiteral(CASELEDGER_SCREENSHOT_DIR) + QStringLiteral("/guideline-worksheet.pdf");
    QDir().mkpath(QStringLiteral(CASELEDGER_SCREENSHOT_DIR));
    QFile::remove(keep);
    QFile::copy(path, keep);

    const QString text = pdfText(path);
    INFO(text.toStdString());
    const core::GuidelineResult& r = *c.page->preview();
    // Each reference of each citation, as the worksheet prints it (one line per reference).
    for (const auto& step : r.steps)
        for (const QString& line : ui::citationLines(QString::fromStdString(step.citation)))
            CHECK(text.contains(line));
    CHECK(text.contains(QStringLiteral("Maria Lopez pays James Lopez $1,320.00 a month")));
    CHECK(text.contains(QStringLiteral("06/01/2025"))); // the as-of date
    CHECK(text.contains(QStringLiteral("CA-2025-000417")));
    CHECK(text.contains(QStringLiteral("Ada Administrator")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK(text.contains(QStringLiteral("Guideline child support worksheet")));
    CHECK(text.contains(QStringLiteral("$150.00"))); // an input
    CHECK(text.contains(QStringLiteral("11/02/2026"))); // the run time, on the fake clock

    // Audited as an export, with no income figure in the record.
    std::vector<core::AuditRecord> records;
    c.f.session().run<std::vector<core::AuditRecord>>(
        c.page,
        [](ui::JobContext& job) {
            return core::AuditService(job.workspace).latest(job.session, 5);
        },
        [&](core::Result<std::vector<core::AuditRecord>> result) { records = result.value(); });
    REQUIRE(waitFor([&] { return !records.empty(); }));
    const auto exportRecord = std::find_if(records.begin(), records.end(), [](const auto& rec) {
        return rec.description.starts_with("exported a guideline worksheet to PDF");
    });
    REQUIRE(exportRecord != records.end());
    CHECK(exportRecord->description.find("6,000") == std::string::npos);
}

TEST_CASE("printing opens a preview of the audited worksheet; locking wipes the calculator",
    "[ui][guideline]")
{
    Calculator c;
    c.setAsOf(QDate(2025, 6, 1));
    typeWorkedExample(c);
    c.type("child1BirthDateEdit", QStringLiteral("04/02/2016"));
    REQUIRE(c.headlineShows(QStringLiteral("$1,320.00")));
    QTest::mouseClick(
        c.page->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
    REQUIRE(waitFor(
        [&] { return c.page->printPreviewDialog() && c.page->printPreviewDialog()->isVisible(); }));

    c.f.session().lock("test");
    REQUIRE(waitFor([&] { return c.f.session().isLocked(); }));
    CHECK(waitFor([&] { return !c.page->printPreviewDialog(); }, 3000));
    CHECK(c.edit("parentANetEdit")->text().isEmpty());
    CHECK_FALSE(c.page->preview());
}

TEST_CASE("the calculator page has names for every input, keys for every action, and a screenshot",
    "[ui][guideline][accessibility][screenshot]")
{
    Calculator c;
    QStringList missing;
    for (QWidget* w : c.page->findChildren<QWidget*>()) {
        const bool named = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
            || qobject_cast<QAbstractButton*>(w);
        const bool part = w->parentWidget()
            && (qobject_cast<QComboBox*>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(w->parentWidget()));
        if (named && !part && w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + w->objectName();
    }
    INFO(missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
    for (QAction* action : c.page->actions()) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->shortcut().isEmpty());
        CHECK(action->text().contains(QLatin1Char('&')));
    }
    // Reachable from the Go menu with Alt+<n>.
    QMenu* go = nullptr;
    for (QAction* a : c.f.window().menuBar()->actions())
        if (a->menu() && a->text() == QStringLiteral("&Go"))
            go = a->menu();
    REQUIRE(go);
    const auto goActions = go->actions();
    CHECK(std::any_of(goActions.begin(), goActions.end(), [](QAction* a) {
        return a->text() == QStringLiteral("Guideline calculator") && !a->shortcut().isEmpty();
    }));

    c.f.window().resize(1400, 900);
    c.setAsOf(QDate(2026, 3, 1));
    c.type("parentANetEdit", QStringLiteral("2000"));
    c.type("parentBNetEdit", QStringLiteral("1000"));
    c.type("parentATimeshareEdit", QStringLiteral("20"));
    c.type("child1BirthDateEdit", QStringLiteral("04/02/2016"));
    REQUIRE(waitFor([&] { return c.page->resultView()->lowIncomeShown(); }, 3000));
    const QString dir = QStringLiteral(CASELEDGER_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/guideline-page.png");
    QFile::remove(path);
    REQUIRE(c.f.window().grab().save(path, "PNG"));
    const QImage image(path);
    CHECK(image.width() >= 1000);
    CHECK(QFileInfo(path).size() > 10000);
}
