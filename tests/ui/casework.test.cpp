// The caseworker's screens (issue 3, item 7) as a person uses them: a case opened, people
// added, parentage and an order recorded entirely through the widgets, with messages beside
// the fields; the order's guideline calculation (issue 5, item 3) saved through the service,
// attached and shown; opening a case writes one audit record.
#include "tests/ui/caseworkgui.h"
#include "ui/case/addpersondialog.h"
#include "ui/case/caseactions.h"
#include "ui/case/casefilerows.h"
#include "ui/case/casesectionmodel.h"
#include "ui/case/guidelinecalculationdialog.h"
#include "ui/case/opencasedialog.h"
#include "ui/case/orderdialog.h"
#include "ui/case/parentagedialog.h"
#include "ui/caseload/caseloadpage.h"
#include "ui/guideline/guidelinepage.h"
#include "ui/guideline/guidelineresultview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::CaseworkGui;
using test::waitFor;
using Section = ui::CasePage::Section;

namespace {

int rows(ui::CasePage* page, Section section)
{
    return page->model(section)->rowCount();
}

} // namespace

TEST_CASE("a caseworker opens a case, adds people, records parentage and an order with its "
          "guideline calculation through the widgets",
    "[ui][casework]")
{
    CaseworkGui g;
    ui::CaseloadPage* caseload = g.pages().caseload();
    g.f().window().showPage(caseload);
    REQUIRE(g.f().window().currentPage() == caseload);

    // Open a case; a malformed date is explained beside its field and nothing is created.
    test::clickButton(caseload, "newCaseButton");
    auto* open = test::visibleWindow<ui::OpenCaseDialog>();
    REQUIRE(open);
    test::typeInto(open, "custodialPartyNameEdit", QStringLiteral("María Hernández"));
    test::typeInto(open, "custodialPartyBirthEdit", QStringLiteral("1990-04-02"));
    test::typeInto(open, "noncustodialParentNameEdit", QStringLiteral("José Ramírez"));
    test::typeInto(open, "noncustodialParentBirthEdit", QStringLiteral("1988-07-09"));
    test::typeInto(open, "childNameEdit", QStringLiteral("Sofía Ramírez"));
    test::typeInto(open, "childBirthEdit", QStringLiteral("2019-15-01"));
    test::clickButton(open, "okButton");
    CHECK(open->errorText().contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(open->isVisible());
    CHECK(g.ws().db().queryInt64("SELECT count(*) FROM person") == 0);
    test::typeInto(open, "childBirthEdit", QStringLiteral("2019-01-15"));
    test::clickButton(open, "okButton");
    ui::CasePage* page = g.pages().casePage();
    REQUIRE(waitFor([&] { return !page->caseNumber().isEmpty() && g.idle(); }));
    CHECK(g.f().window().currentPage() == page);
    CHECK(rows(page, Section::People) == 3);
    CHECK(page->summaryText().contains(page->caseNumber()));

    // Add a second child.
    page->tabs()->setCurrentIndex(ui::CasePage::PeopleTab);
    test::clickButton(page, "addPersonButton");
    auto* add = test::visibleWindow<ui::AddPersonDialog>();
    REQUIRE(add);
    test::chooseText(add, "roleCombo", QStringLiteral("Child"));
    test::typeInto(add, "personNameEdit", QStringLiteral("Mateo Ramírez"));
    test::typeInto(add, "personBirthEdit", QStringLiteral("2021-03-03"));
    test::typeInto(add, "phoneEdit", QStringLiteral("555"));
    test::clickButton(add, "okButton");
    CHECK(add->errorText().contains(QStringLiteral("ten-digit")));
    test::typeInto(add, "phoneEdit", QStringLiteral("(213) 555-0143"));
    test::clickButton(add, "okButton");
    REQUIRE(waitFor([&] { return rows(page, Section::People) == 4 && g.idle(); }));

    // Record parentage: the core's evidence rule speaks beside the declaration dates.
    page->tabs()->setCurrentIndex(ui::CasePage::ParentageTab);
    test::clickButton(page, "recordParentageButton");
    auto* parentage = test::visibleWindow<ui::ParentageDialog>();
    REQUIRE(parentage);
    test::chooseText(parentage, "childCombo", QStringLiteral("Sofía Ramírez"));
    test::chooseText(parentage, "parentCombo", QStringLiteral("José Ramírez"));
    test::chooseText(parentage, "statusCombo", QStringLiteral("Established"));
    test::chooseText(
        parentage, "methodCombo", QStringLiteral("Voluntary Declaration of Parentage"));
    test::clickButton(parentage, "okButton");
    REQUIRE(waitFor([&] { return !parentage->errorText().isEmpty() && g.idle(); }));
    CHECK(parentage->errorText().contains(QStringLiteral("both parents signed")));
    test::typeInto(parentage, "motherSignedEdit", QStringLiteral("2019-01-16"));
    test::typeInto(parentage, "parentSignedEdit", QStringLiteral("2019-01-16"));
    test::typeInto(parentage, "establishedEdit", QStringLiteral("2019-01-16"));
    test::clickButton(parentage, "okButton");
    REQUIRE(waitFor([&] { return rows(page, Section::Parentage) == 1 && g.idle(); }));
    const auto* parentageModel = page->model(Section::Parentage);
    CHECK(parentageModel->index(0, 2).data().toString() == QStringLiteral("Established"));

    // An order, with the guideline calculation opened from it, prefilled from the case.
    page->tabs()->setCurrentIndex(ui::CasePage::OrdersTab);
    test::clickButton(page, "addOrderButton");
    auto* order = test::visibleWindow<ui::OrderDialog>();
    REQUIRE(order);
    test::typeInto(order, "courtNumberEdit", QStringLiteral("24FL001234"));
    test::clickButton(order, "guidelineButton");
    QDialog* guidelineDialog = page->actions()->guidelineDialog();
    REQUIRE(guidelineDialog);
    auto* calculator = guidelineDialog->findChild<ui::GuidelinePage*>();
    REQUIRE(calculator);
    CHECK(test::lineEdit(calculator, "caseNumberEdit")->text() == page->caseNumber());
    test::typeInto(calculator, "parentANetEdit", QStringLiteral("6,000"));
    test::typeInto(calculator, "parentBNetEdit", QStringLiteral("2,000"));
    test::typeInto(calculator, "parentATimeshareEdit", QStringLiteral("20"));
    calculator->recalculateNow();
    test::clickButton(calculator, "saveButton");
    REQUIRE(waitFor([&] { return order->guidelineCalculationId().has_value() && g.idle(); }));
    CHECK(order->guidelineText().contains(QStringLiteral("José Ramírez pays")));
    CHECK(g.ws().db().queryInt64("SELECT count(*) FROM guideline_calculation") == 1);
    CHECK(g.lastAudit().action == "guideline.save");
    CHECK_FALSE(test::lineEdit(order, "currentSupportEdit")->text().isEmpty());
    test::clickButton(order, "okButton");
    REQUIRE(waitFor([&] { return rows(page, Section::Orders) == 1 && g.idle(); }));
    const auto* orders = page->model(Section::Orders);
    const QString shown = orders->index(0, ui::CaseFileRows::OrderGuideline).data().toString();
    CHECK(shown.contains(QStringLiteral("José Ramírez pays")));
    CHECK(orders->index(0, 0).data(ui::CaseSectionModel::LinkRole).isValid());
    CHECK(g.ws().db().queryInt64(
              "SELECT count(*) FROM guideline_calculation WHERE order_id IS NOT NULL")
        == 1);

    // ... and shows it again, read-only.
    page->table(Section::Orders)->setCurrentIndex(orders->index(0, 0));
    test::clickButton(page, "openCalculationButton");
    REQUIRE(waitFor([] { return test::visibleWindow<ui::GuidelineCalculationDialog>(); }));
    auto* shownCalc = test::visibleWindow<ui::GuidelineCalculationDialog>();
    CHECK(shownCalc->headerText().contains(QStringLiteral("José Ramírez pays")));
    CHECK_FALSE(shownCalc->resultView()->headlineText().isEmpty());
    CHECK(g.lastAudit().action == "guideline.view");
    shownCalc->reject();
}

TEST_CASE(
    "opening a case writes exactly one audit record and shows its history", "[ui][casework][S9]")
{
    CaseworkGui g(0, 1);
    const QString number = QString::fromStdString(g.families()[0].record.number);
    const auto before = g.auditHead();
    g.openCase(number);
    CHECK(g.auditHead() == before + 1);
    CHECK(g.lastAudit().action == "case.view");
    ui::CasePage* page = g.pages().casePage();
    const auto* history = page->model(Section::History);
    REQUIRE(history->rowCount() >= 1);
    bool opened = false;
    for (int r = 0; r < history->rowCount(); ++r)
        opened = opened || history->index(r, 2).data().toString() == QStringLiteral("case.open");
    CHECK(opened);
    CHECK(rows(page, Section::Tasks) >= 1);
}
