// The caseload, search, worklist and case pages: every item model passes
// QAbstractItemModelTester; the caseload filters in SQL and fetches lazily; the global search
// field takes the focus with Ctrl+K, finds "Hernández" by "Hernandes", and Enter opens the case;
// the pages render to PNG (STYLE "Tests").
#include "ui/case/caseworkpages.h"

#include "core/services/demoservice.h"
#include "tests/ui/caseworkgui.h"
#include "ui/case/casesectionmodel.h"
#include "ui/caseload/caselistmodel.h"
#include "ui/caseload/caseloadpage.h"
#include "ui/caseload/searchpage.h"
#include "ui/caseload/searchresultmodel.h"
#include "ui/worklist/compliancemodel.h"
#include "ui/worklist/worklistmodel.h"
#include "ui/worklist/worklistpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::CaseworkGui;
using test::waitFor;
using Section = ui::CasePage::Section;

namespace {

using Tester = QAbstractItemModelTester;

} // namespace

TEST_CASE("the caseload filters in SQL, its model passes the tester, Enter opens a case",
    "[ui][casework][model]")
{
    CaseworkGui g(0, 3);
    ui::CaseloadPage* caseload = g.pages().caseload();
    g.f().window().showPage(caseload);
    ui::CaseListModel* model = caseload->model();
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(waitFor([&] { return model->rowCount() == 3 && g.idle(); }));
    CHECK(model->total() == 3);
    CHECK_FALSE(model->canFetchMore(QModelIndex()));
    CHECK(caseload->statusText().contains(QStringLiteral("3")));

    // The filters become the core query.
    auto* overdue = caseload->findChild<QCheckBox*>(QStringLiteral("overdueCheck"));
    overdue->setChecked(true);
    REQUIRE(waitFor([&] { return !model->isLoading() && g.idle(); }));
    CHECK(model->query().overdueOnly);
    CHECK(model->rowCount() <= 3);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->index(r, 0).data(ui::CaseListModel::OverdueRole).toBool());
    overdue->setChecked(false);
    REQUIRE(waitFor([&] { return model->rowCount() == 3 && g.idle(); }));

    // Sorting is done by the core: by the noncustodial parent, descending.
    caseload->table()->sortByColumn(ui::CaseListModel::CpColumn, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return model->rowCount() == 3 && !model->isLoading() && g.idle(); }));
    CHECK(model->query().sort == core::CaseSort::CpName);
    CHECK(model->query().descending);
    CHECK(model->index(0, ui::CaseListModel::CpColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Okafor")));

    caseload->table()->setFocus();
    caseload->table()->setCurrentIndex(model->index(1, 0));
    const QString number = model->index(1, ui::CaseListModel::NumberColumn).data().toString();
    QTest::keyClick(caseload->table(), Qt::Key_Return);
    ui::CasePage* page = g.pages().casePage();
    REQUIRE(waitFor([&] { return page->caseNumber() == number && g.idle(); }));
    CHECK(g.f().window().currentPage() == page);
    for (auto section : {Section::People, Section::Parentage, Section::Orders, Section::Notes,
             Section::Tasks, Section::History}) {
        Tester sectionTester(page->model(section), Tester::FailureReportingMode::Fatal);
        CHECK(page->model(section)->columnCount() > 0);
    }
    CHECK(page->model(Section::People)->rowCount() == 3);
}

TEST_CASE("the caseload fetches a county's cases a page at a time", "[ui][casework][model]")
{
    test::GuiFixture f;
    f.tw().reopenAsAdmin();
    const core::DemoRequest demo {ui::CaseListModel::kPageSize + 20, 7, core::kDefaultCountyFips,
        test::kUserPassword, 1, 0, 0};
    REQUIRE(core::DemoService(f.tw().ws()).generate(f.tw().admin(), demo).ok());
    f.tw().addUser("jchen", core::Role::Supervisor);
    test::chooseOwnPassword(f.tw(), "jchen");
    f.signIn(QStringLiteral("jchen"), QString::fromUtf8(test::kWorkerPassword));
    REQUIRE(waitFor([&] { return !f.session().isBusy(); }));
    // The model alone, as a view uses it: with closed cases too, the county's 120.
    ui::CaseListModel model(f.session());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    core::CaseListQuery query;
    query.status = core::CaseStatusFilter::Any;
    model.setQuery(query);
    REQUIRE(waitFor([&] { return !model.isLoading() && !f.session().isBusy(); }));
    CHECK(model.rowCount() == ui::CaseListModel::kPageSize);
    CHECK(model.total() == ui::CaseListModel::kPageSize + 20);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    REQUIRE(waitFor([&] { return !model.isLoading() && !f.session().isBusy(); }));
    CHECK(model.rowCount() == ui::CaseListModel::kPageSize + 20);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    QSet<QString> numbers;
    for (int r = 0; r < model.rowCount(); ++r)
        numbers.insert(model.index(r, ui::CaseListModel::NumberColumn).data().toString());
    CHECK(numbers.size() == model.rowCount()); // no page twice

    // The page's own table shows the supervisor's whole caseload, each case once.
    auto* pages = f.window().findChild<ui::CaseworkPages*>();
    REQUIRE(pages);
    ui::CaseListModel* shown = pages->caseload()->model();
    REQUIRE(waitFor([&] { return shown->rowCount() > 0 && !f.session().isBusy(); }));
    QSet<QString> shownNumbers;
    for (int r = 0; r < shown->rowCount(); ++r)
        shownNumbers.insert(shown->index(r, ui::CaseListModel::NumberColumn).data().toString());
    CHECK(shownNumbers.size() == shown->rowCount());
}

TEST_CASE("Ctrl+K focuses the search field; a misspelled name finds the family; Enter opens "
          "the case",
    "[ui][casework][search]")
{
    CaseworkGui g(0, 2);
    auto& window = g.f().window();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QLineEdit* field = g.pages().searchField();
    REQUIRE(waitFor([&] { return field->hasFocus(); }));
    test::typeText(field, QStringLiteral("Hernandes"));
    QTest::keyClick(field, Qt::Key_Return);
    ui::SearchPage* search = g.pages().search();
    REQUIRE(waitFor([&] { return !search->isSearching() && g.idle(); }));
    CHECK(window.currentPage() == search);
    ui::SearchResultModel* model = search->model();
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r)
        found = found
            || model->index(r, ui::SearchResultModel::NameColumn)
                   .data()
                   .toString()
                   .contains(QStringLiteral("Hernández"));
    CHECK(found);
    const QString number
        = model->index(0, 0).data(ui::SearchResultModel::CaseNumberRole).toString();
    REQUIRE_FALSE(number.isEmpty());
    search->table()->setFocus();
    search->table()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(search->table(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return g.pages().casePage()->caseNumber() == number && g.idle(); }));
    CHECK(window.currentPage() == g.pages().casePage());

    // The platform's Find key does the same.
    window.showPage(g.pages().caseload());
    g.pages().caseload()->table()->setFocus();
    QTest::keySequence(&window, QKeySequence(QKeySequence::Find));
    CHECK(waitFor([&] { return field->hasFocus(); }));
}

TEST_CASE("the worklist lists the worker's tasks, overdue first, and opens their case",
    "[ui][casework][worklist]")
{
    // Four months on, the 75-day locate timeframe (45 CFR 303.3(b)(3)) has passed.
    CaseworkGui g(0, 2, false, 120);
    ui::WorklistPage* worklist = g.pages().worklist();
    g.f().window().showPage(worklist);
    worklist->reload();
    ui::WorklistModel* model = worklist->model();
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(waitFor([&] { return model->rowCount() > 0 && !model->isLoading() && g.idle(); }));
    // Overdue first: no task that is not overdue comes before one that is.
    bool anyOverdue = false;
    bool notOverdueSeen = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const bool overdue = model->index(r, 0).data(ui::WorklistModel::OverdueRole).toBool();
        CHECK_FALSE((overdue && notOverdueSeen));
        anyOverdue = anyOverdue || overdue;
        notOverdueSeen = notOverdueSeen || !overdue;
    }
    CHECK(anyOverdue);
    ui::ComplianceModel compliance;
    Tester complianceTester(&compliance, Tester::FailureReportingMode::Fatal);
    compliance.setRows({core::ComplianceRow {core::TaskRule::OpenCase, 3, 1, 2, 4}});
    CHECK(compliance.index(0, ui::ComplianceModel::MetColumn).data().toString()
        == QStringLiteral("3"));
    const QString number = model->index(0, ui::WorklistModel::CaseColumn).data().toString();
    worklist->table()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(worklist->table(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return g.pages().casePage()->caseNumber() == number && g.idle(); }));
}

TEST_CASE("screenshots of the caseload, case and worklist pages", "[ui][casework][screenshot]")
{
    CaseworkGui g(0, 3, true);
    auto& window = g.f().window();
    window.show();
    window.showPage(g.pages().caseload());
    REQUIRE(waitFor([&] { return g.pages().caseload()->model()->rowCount() == 3 && g.idle(); }));
    test::saveScreenshot(&window, QStringLiteral("main-window-caseload.png"));
    window.showPage(g.pages().worklist());
    REQUIRE(waitFor([&] { return g.idle(); }));
    test::saveScreenshot(&window, QStringLiteral("main-window-worklist.png"));
    g.openCase(QString::fromStdString(g.families()[0].record.number));
    g.pages().casePage()->tabs()->setCurrentIndex(ui::CasePage::PeopleTab);
    test::saveScreenshot(&window, QStringLiteral("main-window-case-people.png"));
    g.pages().casePage()->tabs()->setCurrentIndex(ui::CasePage::SummaryTab);
    test::saveScreenshot(&window, QStringLiteral("main-window-case-summary.png"));
}
