// The administration page: adding a user through its dialog, typed with QTest, and audit
// verification with its result in words.
#include "core/base/uuid.h"
#include "core/services/userservice.h"
#include "core/store/database.h"
#include "tests/ui/guifixture.h"
#include "ui/admin/adduserdialog.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/auditverificationbox.h"
#include "ui/admin/ledgerbalancesbox.h"
#include "ui/admin/usertablemodel.h"
#include "ui/common/reasondialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::GuiFixture;
using test::waitFor;

namespace {

ui::AdminPage* openAdminPage(GuiFixture& f)
{
    f.signIn();
    auto* page = f.window().findChild<ui::AdminPage*>();
    REQUIRE(page);
    f.window().showPage(page);
    REQUIRE(f.window().currentPage() == page);
    REQUIRE(waitFor([&] { return page->userModel()->rowCount() == 1 && !f.session().isBusy(); }));
    return page;
}

} // namespace

TEST_CASE("adding a user through the admin page's dialog creates the user", "[ui][admin]")
{
    GuiFixture f;
    ui::AdminPage* page = openAdminPage(f);
    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    QPointer<ui::AddUserDialog> dialog = test::visibleWindow<ui::AddUserDialog>();
    REQUIRE(dialog);

    QTest::keyClicks(test::lineEdit(dialog, "nameEdit"), QStringLiteral("mgarcia"));
    test::typeText(test::lineEdit(dialog, "displayNameEdit"), QStringLiteral("María García"));
    const QString password = QString::fromUtf8(test::kUserPassword);
    QTest::keyClicks(test::lineEdit(dialog, "passwordEdit"), password);

    // The two passwords differ: said next to the field, nothing created.
    QTest::keyClicks(test::lineEdit(dialog, "confirmEdit"), password + QStringLiteral("x"));
    QTest::keyClick(test::lineEdit(dialog, "confirmEdit"), Qt::Key_Return);
    CHECK(dialog->errorText() == QStringLiteral("The two passwords are not the same."));
    CHECK(dialog->isVisible());

    // A password the core refuses (S7: at least 12 characters): its message, dialog still open.
    test::lineEdit(dialog, "passwordEdit")->clear();
    test::lineEdit(dialog, "confirmEdit")->clear();
    QTest::keyClicks(test::lineEdit(dialog, "passwordEdit"), QStringLiteral("short"));
    QTest::keyClicks(test::lineEdit(dialog, "confirmEdit"), QStringLiteral("short"));
    QTest::keyClick(test::lineEdit(dialog, "confirmEdit"), Qt::Key_Return);
    REQUIRE(waitFor([&] { return !dialog->isWorking() && !dialog->errorText().isEmpty(); }));
    CHECK(dialog->errorText().contains(QStringLiteral("12")));
    CHECK(dialog->isVisible());
    CHECK(page->userModel()->rowCount() == 1);

    test::lineEdit(dialog, "passwordEdit")->clear();
    test::lineEdit(dialog, "confirmEdit")->clear();
    QTest::keyClicks(test::lineEdit(dialog, "passwordEdit"), password);
    QTest::keyClicks(test::lineEdit(dialog, "confirmEdit"), password);
    QTest::keyClick(test::lineEdit(dialog, "confirmEdit"), Qt::Key_Return);
    REQUIRE(waitFor(
        [&] { return (!dialog || !dialog->isVisible()) && page->userModel()->rowCount() == 2; }));
    CHECK(page->statusText().contains(QStringLiteral("added")));

    // The user is in the database, as the core sees it.
    REQUIRE(waitFor([&] { return !f.session().isBusy(); }));
    auto users = core::UserService(*f.session().workspace()).list(f.session().session());
    REQUIRE(users);
    const auto it = std::find_if(
        users->begin(), users->end(), [](const core::User& u) { return u.name == "mgarcia"; });
    REQUIRE(it != users->end());
    CHECK(it->displayName == "María García");
    CHECK(it->role == core::Role::Caseworker);
    CHECK(it->mustChangePassword);
    CHECK(it->hasKeySlot);
}

TEST_CASE("audit verification from the admin page says the log is intact", "[ui][admin][audit]")
{
    GuiFixture f;
    ui::AdminPage* page = openAdminPage(f);
    auto* box = page->findChild<ui::AuditVerificationBox*>();
    REQUIRE(box);
    auto* verify = box->findChild<QPushButton*>(QStringLiteral("verifyAuditButton"));
    REQUIRE(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    REQUIRE(waitFor([&] { return !box->isRunning() && !box->resultText().isEmpty(); }));
    CHECK(box->resultText().startsWith(QStringLiteral("The audit log is intact")));
    CHECK(box->findChild<QLabel*>(QStringLiteral("auditResult"))->isVisible());
}

TEST_CASE("ledger balance verification names a kept sum that differs, and an administrator "
          "rebuilds it from the ledger",
    "[ui][admin][ledger]")
{
    GuiFixture f;
    ui::AdminPage* page = openAdminPage(f);
    auto* box = page->findChild<ui::LedgerBalancesBox*>();
    REQUIRE(box);
    auto* verify = box->findChild<QPushButton*>(QStringLiteral("verifyLedgerButton"));
    auto* rebuild = box->findChild<QPushButton*>(QStringLiteral("rebuildLedgerButton"));
    REQUIRE(verify->isEnabled());
    REQUIRE(rebuild->isVisible());
    auto check = [&] {
        QTest::mouseClick(verify, Qt::LeftButton);
        REQUIRE(waitFor([&] { return !box->isRunning() && !box->resultText().isEmpty(); }));
        return box->resultText();
    };
    CHECK(check().startsWith(QStringLiteral("The kept balances agree with the ledger")));

    // A sum the ledger has no entry for, written behind the services' back.
    auto& db = f.session().workspace()->db();
    const auto stray = core::Uuid::random();
    auto insert = db.prepare("INSERT INTO bucket_sum (case_id, bucket, unapplied, amount_cents) "
                             "VALUES (?1, 'arrears_NA_interest', 0, 4200)");
    insert.bind(1, stray);
    insert.run();
    const QString found = check();
    INFO(found.toStdString());
    CHECK(found.startsWith(QStringLiteral("The kept balances differ from the ledger in 1 sums")));
    CHECK(found.contains(QStringLiteral("arrears_NA_interest (all months): kept $42.00, ledger "
                                        "$0.00.")));

    QTest::mouseClick(rebuild, Qt::LeftButton);
    auto* ask = test::visibleWindow<ui::ReasonDialog>();
    REQUIRE(ask);
    test::clickButton(ask, "okButton"); // no reason: refused beside the field, nothing done
    CHECK(ask->isVisible());
    CHECK_FALSE(ask->errorText().isEmpty());
    CHECK(db.queryInt64("SELECT count(*) FROM bucket_sum") == 1);
    test::typeInto(ask, "reasonEdit", QStringLiteral("verification found a stray sum"));
    test::clickButton(ask, "okButton");
    REQUIRE(waitFor([&] {
        return !box->isRunning() && box->resultText().startsWith(QStringLiteral("Rebuilt"));
    }));
    CHECK(db.queryInt64("SELECT count(*) FROM bucket_sum") == 0);
    CHECK(check().startsWith(QStringLiteral("The kept balances agree with the ledger")));
}
