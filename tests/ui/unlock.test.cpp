// Issue 2 item 10 and SECURITY S3/S7: the unlock dialog on the offscreen platform.
#include "tests/ui/guifixture.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/unlockdialog.h"
#include "ui/shell/unlockflow.h"

#include <QLineEdit>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <fstream>

using namespace caseledger;
using test::GuiFixture;
using test::waitFor;

TEST_CASE("the unlock dialog with the right credentials reaches the main window", "[ui][unlock]")
{
    GuiFixture f;
    f.window().start(f.dbPath());
    ui::UnlockDialog* dialog = f.window().unlockFlow()->unlockDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK(f.window().isContentHidden());
    CHECK(f.window().signedInText() == QStringLiteral("Signed out"));

    f.typeCredentials(QStringLiteral("admin"), QString::fromUtf8(test::kAdminPassword));
    REQUIRE(waitFor([&] { return !f.window().isContentHidden(); }));
    CHECK_FALSE(dialog->isVisible());
    CHECK(f.session().isUnlocked());
    CHECK(f.window().signedInText().contains(QStringLiteral("Ada Administrator")));
    CHECK(f.window().signedInText().contains(QStringLiteral("Administrator")));
    CHECK(f.dbPath() == f.session().databasePath());
}

TEST_CASE("a wrong password and a locked account give different messages", "[ui][unlock]")
{
    GuiFixture f;
    f.window().start(f.dbPath());
    ui::UnlockDialog* dialog = f.window().unlockFlow()->unlockDialog();
    auto* passwordEdit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));

    // S7: five consecutive failures lock the account; the first four say "wrong".
    for (int attempt = 1; attempt <= 4; ++attempt) {
        f.typeCredentials(
            QStringLiteral("admin"), QStringLiteral("not the password %1").arg(attempt));
        REQUIRE(waitFor([&] { return !dialog->isWorking() && !dialog->message().isEmpty(); }));
        CHECK(dialog->message() == QStringLiteral("Wrong user name or password."));
        CHECK(passwordEdit->text().isEmpty());
        CHECK(f.window().isContentHidden());
    }
    f.typeCredentials(QStringLiteral("admin"), QStringLiteral("not the password 5"));
    REQUIRE(waitFor([&] { return !dialog->isWorking() && !dialog->message().isEmpty(); }));
    const QString locked = dialog->message();
    CHECK(locked.startsWith(QStringLiteral("This account is locked")));
    CHECK(locked != QStringLiteral("Wrong user name or password."));

    // Even the right password is refused while the account is locked ...
    f.typeCredentials(QStringLiteral("admin"), QString::fromUtf8(test::kAdminPassword));
    REQUIRE(waitFor([&] { return !dialog->isWorking() && !dialog->message().isEmpty(); }));
    CHECK(dialog->message().startsWith(QStringLiteral("This account is locked")));
    CHECK(f.window().isContentHidden());

    // ... and works once the lockout (15 minutes) is over.
    f.clock().advance(std::chrono::minutes(16));
    f.typeCredentials(QStringLiteral("admin"), QString::fromUtf8(test::kAdminPassword));
    REQUIRE(waitFor([&] { return !f.window().isContentHidden(); }));
}

TEST_CASE("a damaged database is reported as damaged, not as a wrong password", "[ui][unlock]")
{
    GuiFixture f;
    {
        // S20: change bytes inside the first page, after SQLCipher's salt.
        std::fstream file(f.tw().dbPath(), std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100);
        const std::string garbage(64, '\x5a');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    f.window().start(f.dbPath());
    ui::UnlockDialog* dialog = f.window().unlockFlow()->unlockDialog();
    f.typeCredentials(QStringLiteral("admin"), QString::fromUtf8(test::kAdminPassword));
    REQUIRE(waitFor([&] { return !dialog->isWorking() && !dialog->message().isEmpty(); }));
    CHECK(dialog->message() != QStringLiteral("Wrong user name or password."));
    CHECK(dialog->message().contains(QStringLiteral("damaged")));
    CHECK(f.window().isContentHidden());
}

TEST_CASE("a temporary password must be changed before the main window opens", "[ui][unlock]")
{
    GuiFixture f;
    test::TestWorkspace* tw = &f.tw();
    // The user is added by an administrator (temporary password, change required).
    tw->reopenAsAdmin();
    tw->addUser("mgarcia", core::Role::Caseworker);
    tw->close();

    f.typeCredentials(QStringLiteral("mgarcia"), QString::fromUtf8(test::kUserPassword));
    REQUIRE(waitFor([&] { return f.window().unlockFlow()->changePasswordDialog() != nullptr; }));
    ui::ChangePasswordDialog* change = f.window().unlockFlow()->changePasswordDialog();
    REQUIRE(change->isVisible());
    CHECK(f.window().isContentHidden());

    const QString fresh = QStringLiteral("quiet meadow lantern 58");
    QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")),
        QString::fromUtf8(test::kUserPassword));
    QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")), fresh);
    auto* confirm = change->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit"));
    QTest::keyClicks(confirm, fresh);
    QTest::keyClick(confirm, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !f.window().isContentHidden(); }));
    CHECK(f.window().signedInText().contains(QStringLiteral("Test mgarcia")));
    CHECK_FALSE(f.session().session().mustChangePassword);
}
