// The guideline worksheet as a document (every input, step and citation; the result; the
// low-income range) and the step model, without a window.
#include "ui/guideline/guidelineworksheet.h"

#include "core/guideline/guideline.h"
#include "ui/guideline/guidelineinput.h"
#include "ui/guideline/guidelinestepmodel.h"
#include "ui/guideline/worksheetprinter.h"

#include <QAbstractItemModelTester>
#include <QTextDocument>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;

namespace {

core::GuidelineRequest everyInput()
{
    core::GuidelineRequest r;
    r.asOf = core::Date::fromYmd(2026, 3, 1);
    r.parents[0].id = "Maria Lopez";
    core::GrossIncome gross;
    gross.grossMonthly = core::Money::fromCents(300000);
    gross.deductions.incomeTaxes = core::Money::fromCents(40000);
    gross.deductions.fica = core::Money::fromCents(22950);
    r.parents[0].gross = gross;
    r.parents[0].timeshareByChildPercent
        = {core::Rational(20), *core::Rational::parseDecimal("33.5")};
    r.parents[1].id = "James Lopez";
    r.parents[1].netMonthly = core::Money::fromCents(100000);
    r.parents[1].timeshareByChildPercent
        = {core::Rational(80), *core::Rational::parseDecimal("66.5")};
    r.children = {{core::Date::fromYmd(2016, 4, 2)}, {core::Date::fromYmd(2019, 1, 15)}};
    r.addOns[static_cast<std::size_t>(core::AddOnKind::ChildCare)] = core::Money::fromCents(31717);
    r.spousalSupport = core::SpousalSupport {"Maria Lopez", core::Money::fromCents(12345)};
    return r;
}

ui::GuidelineWorksheet::Header header()
{
    return {QStringLiteral("CA-2026-000001"), QStringLiteral("Ada Administrator"),
        QStringLiteral("admin"), QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
}

} // namespace

TEST_CASE("the worksheet shows every input, every step with its citation, and the range",
    "[ui][guideline][worksheet]")
{
    const auto request = everyInput();
    const auto result = core::calculateGuideline(request);
    REQUIRE(result.lowIncome.applies);
    const auto doc = ui::GuidelineWorksheet::document(request, result, header());
    const QString text = doc->toPlainText().simplified();
    INFO(text.toStdString());
    for (const auto& step : result.steps) {
        CHECK(text.contains(QString::fromStdString(step.citation)));
        CHECK(text.contains(QString::fromStdString(step.what).simplified()));
    }
    for (const char* input : {"Maria Lopez", "James Lopez", "$3,000.00", "$400.00", "$229.50",
             "$1,000.00", "33.5 %", "66.5 %", "04/02/2016", "01/15/2019", "$317.17", "$123.45",
             "03/01/2026", "CA-2026-000001", "Ada Administrator (admin)"})
        CHECK(text.contains(QString::fromUtf8(input)));
    CHECK(text.contains(ui::GuidelineWorksheet::paysText(result)));
    CHECK(text.contains(ui::GuidelineWorksheet::lowIncomeText(result)));
    CHECK(text.contains(QStringLiteral("$2,929.33")));

    CHECK(ui::citationLines(QStringLiteral("Fam. Code §4055(b)(7); Lab. Code §1182.12"))
        == QStringList {
            QStringLiteral("Fam. Code §4055(b)(7);"), QStringLiteral("Lab. Code §1182.12")});
    CHECK(ui::citationLines(QStringLiteral("Fam. Code §4055, as amended by Stats. 2023 ch. 213"))
        == QStringList {QStringLiteral("Fam. Code §4055,"),
            QStringLiteral("as amended by Stats. 2023 ch. 213")});
    CHECK(ui::citationLines(QStringLiteral("Fam. Code §4061(c), (d) (before 2024-09-01)"))
        == QStringList {
            QStringLiteral("Fam. Code §4061(c), (d)"), QStringLiteral("(before 2024-09-01)")});
    CHECK(ui::citationLines(QStringLiteral("Fam. Code §4055(b)(1)(D)"))
        == QStringList {QStringLiteral("Fam. Code §4055(b)(1)(D)")});

    // Names are text, never markup.
    auto tricky = request;
    tricky.parents[1].id = "<b>Lopez & Sons</b>";
    tricky.spousalSupport.reset();
    const auto html
        = ui::GuidelineWorksheet::html(tricky, core::calculateGuideline(tricky), header());
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Lopez &amp; Sons&lt;/b&gt;")));
}

TEST_CASE("the worksheet paginates with a header and 'Page x of y' on every page",
    "[ui][guideline][worksheet][pdf]")
{
    const auto request = everyInput();
    const auto result = core::calculateGuideline(request);
    const auto doc = ui::GuidelineWorksheet::document(request, result, header());
    int pages = 0;
    const QByteArray pdf = ui::WorksheetPrinter::pdf(*doc,
        {ui::GuidelineWorksheet::reportName(), QStringLiteral("Case CA-2026-000001"),
            QStringLiteral("Prepared by Ada Administrator (admin)"),
            QStringLiteral("03/02/2026 09:30")},
        &pages);
    CHECK(pages >= 1);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(doc->pageSize().width() <= 0); // the caller's document is left as it was
}

TEST_CASE("the step model passes the model tester", "[ui][guideline][model]")
{
    ui::GuidelineStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const auto result = core::calculateGuideline(everyInput());
    model.setSteps(result.steps);
    CHECK(model.rowCount() == static_cast<int>(result.steps.size()));
    CHECK(model.columnCount() == ui::GuidelineStepModel::ColumnCount);
    const QModelIndex first = model.index(0, ui::GuidelineStepModel::CitationColumn);
    CHECK(first.data(ui::GuidelineStepModel::CitationRole).toString()
        == QString::fromStdString(result.steps.front().citation));
    // Displayed one reference a line, like the worksheet.
    CHECK(first.data().toString()
        == ui::citationLines(QString::fromStdString(result.steps.front().citation))
               .join(QLatin1Char('\n')));
    model.clear();
    CHECK(model.rowCount() == 0);
}
