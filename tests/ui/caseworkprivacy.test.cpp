// SECURITY S13 and S14 on the caseworker's screens: a canary SSN and a protected address never
// appear in any widget's text or any model's data for a user without the permissions; the
// masked SSN does. Reveal needs the grant and a reason, and writes an audit record.
#include "tests/ui/caseworkgui.h"
#include "ui/case/caseactions.h"
#include "ui/case/casesectionmodel.h"
#include "ui/case/revealssndialog.h"
#include "ui/caseload/caselistmodel.h"
#include "ui/caseload/caseloadpage.h"
#include "ui/caseload/searchpage.h"
#include "ui/caseload/searchresultmodel.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::CaseworkGui;
using test::waitFor;
using Section = ui::CasePage::Section;

namespace {

void checkNoCanary(const QString& text)
{
    CHECK_FALSE(text.contains(QString::fromLatin1(test::kCanarySsn)));
    CHECK_FALSE(text.contains(QString::fromLatin1(test::kCanarySsnDigits)));
    CHECK_FALSE(text.contains(QString::fromLatin1(test::kCanaryStreet)));
}

void selectCustodialParty(ui::CasePage* page)
{
    page->tabs()->setCurrentIndex(ui::CasePage::PeopleTab);
    const auto* people = page->model(Section::People);
    for (int r = 0; r < people->rowCount(); ++r)
        if (people->index(r, 1).data().toString() == QStringLiteral("Custodial party"))
            page->table(Section::People)->setCurrentIndex(people->index(r, 0));
}

} // namespace

TEST_CASE("S13, S14: no canary SSN or protected address in any widget of the casework screens",
    "[ui][casework][S13][S14]")
{
    CaseworkGui g(0, 2, /*protectedFirst=*/true);
    auto& window = g.f().window();
    const QString number = QString::fromStdString(g.families()[0].record.number);

    // The caseload with all cases.
    window.showPage(g.pages().caseload());
    g.pages().caseload()->setScope(ui::CaseloadPage::Scope::All);
    REQUIRE(waitFor([&] { return g.pages().caseload()->model()->rowCount() == 2 && g.idle(); }));
    checkNoCanary(test::allVisibleText(&window));

    // The search for the protected person, by a misspelled name.
    g.pages().searchField()->setText(QStringLiteral("Hernandes"));
    g.pages().runSearch();
    REQUIRE(waitFor([&] { return !g.pages().search()->isSearching() && g.idle(); }));
    REQUIRE(g.pages().search()->model()->rowCount() >= 1);
    checkNoCanary(test::allVisibleText(&window));
    CHECK(test::allVisibleText(g.pages().search()).contains(QStringLiteral("***-**-9876")));

    // The case, with every tab.
    g.openCase(number);
    ui::CasePage* page = g.pages().casePage();
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        checkNoCanary(test::allVisibleText(&window));
    }
    const QString peopleText = test::allVisibleText(page->table(Section::People));
    CHECK(peopleText.contains(QStringLiteral("***-**-9876"))); // masked, S13
    CHECK(peopleText.contains(QStringLiteral("[withheld"))); // S14
    CHECK(page->summaryText().contains(QStringLiteral("family violence"), Qt::CaseInsensitive));

    // Reveal without the grant: refused by the service, and the SSN is still nowhere.
    selectCustodialParty(page);
    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("revealSsnButton")), Qt::LeftButton);
    auto* dialog = test::visibleWindow<ui::RevealSsnDialog>();
    REQUIRE(dialog);
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("employer verification"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !dialog->errorText().isEmpty() && g.idle(); }));
    CHECK(dialog->errorText().startsWith(QStringLiteral("Not allowed")));
    CHECK(g.lastAudit().action == "person.reveal_ssn");
    CHECK(g.lastAudit().outcome == "denied");
    checkNoCanary(test::allVisibleText(dialog));
    dialog->reject();
}

TEST_CASE("Reveal SSN with the grant asks a reason, shows the SSN once and audits it",
    "[ui][casework][S13]")
{
    CaseworkGui g(static_cast<core::Grants>(core::Grant::RevealSsn), 1, true);
    g.openCase(QString::fromStdString(g.families()[0].record.number));
    ui::CasePage* page = g.pages().casePage();
    selectCustodialParty(page);
    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("revealSsnButton")), Qt::LeftButton);
    auto* dialog = test::visibleWindow<ui::RevealSsnDialog>();
    REQUIRE(dialog);
    // No reason: said beside the field, nothing revealed, nothing audited.
    const auto before = g.auditHead();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    CHECK(dialog->errorText().contains(QStringLiteral("reason")));
    CHECK(g.auditHead() == before);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
        QStringLiteral("employer verification"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitFor([] { return test::visibleWindow<QMessageBox>() != nullptr; }));
    auto* box = test::visibleWindow<QMessageBox>();
    CHECK(box->text().contains(QString::fromLatin1(test::kCanarySsn)));
    CHECK(g.auditHead() == before + 1);
    const auto record = g.lastAudit();
    CHECK(record.action == "person.reveal_ssn");
    CHECK(record.outcome == "ok");
    CHECK(record.description.find(test::kCanarySsnDigits) == std::string::npos);
    box->close();
    // The tables still show only the masked value.
    for (auto section : {Section::People, Section::Notes, Section::History})
        checkNoCanary(test::allVisibleText(page->table(section)));
}
