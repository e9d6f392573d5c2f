// SECURITY S8 with an injected clock: idle lock on the wall clock, with a modal dialog open.
#include "core/services/auditservice.h"
#include "tests/ui/guifixture.h"
#include "ui/admin/adduserdialog.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/usertablemodel.h"
#include "ui/shell/idlelockmonitor.h"
#include "ui/shell/lockguard.h"
#include "ui/shell/unlockdialog.h"
#include "ui/shell/unlockflow.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace std::chrono_literals;
using test::GuiFixture;
using test::waitFor;

namespace {

ui::AdminPage* showAdminPage(GuiFixture& f)
{
    auto* page = f.window().findChild<ui::AdminPage*>();
    f.window().showPage(page);
    REQUIRE(waitFor([&] { return page->userModel()->rowCount() >= 1 && !f.session().isBusy(); }));
    return page;
}

} // namespace

TEST_CASE(
    "idle past the limit with a modal dialog open locks, closes the database and hides the content",
    "[ui][idle][S8]")
{
    GuiFixture f;
    f.signIn();
    ui::IdleLockMonitor* monitor = f.window().lockGuard()->idleMonitor();
    monitor->setCheckInterval(20ms);
    REQUIRE(monitor->isRunning());
    CHECK(monitor->limit() == 15min);

    ui::AdminPage* page = showAdminPage(f);
    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    QPointer<ui::AddUserDialog> dialog = test::visibleWindow<ui::AddUserDialog>();
    REQUIRE(dialog);
    REQUIRE(dialog->isModal());
    QTest::keyClicks(
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("half-typed"));

    // A laptop asleep for 16 minutes: the wall clock moved, no timer fired meanwhile.
    f.clock().advance(16min);
    REQUIRE(waitFor([&] { return f.session().isLocked(); }));

    REQUIRE(f.session().workspace() != nullptr);
    CHECK_FALSE(f.session().workspace()->isOpen()); // the database is closed and the key wiped
    CHECK(f.window().isContentHidden());
    CHECK_FALSE(page->isVisible());
    CHECK(page->userModel()->rowCount() == 0); // nothing of the session stays behind
    CHECK((!dialog || !dialog->isVisible())); // the modal dialog was closed, its input dropped
    ui::UnlockDialog* unlock = f.window().unlockFlow()->unlockDialog();
    REQUIRE(unlock);
    CHECK(unlock->isVisible());
    auto* userEdit = unlock->findChild<QLineEdit*>(QStringLiteral("userEdit"));
    CHECK(userEdit->text() == QStringLiteral("admin"));
    CHECK(userEdit->isReadOnly());

    // After unlocking, the same user continues where they were.
    f.typeCredentials(QStringLiteral("admin"), QString::fromUtf8(test::kAdminPassword));
    REQUIRE(waitFor([&] { return !f.window().isContentHidden(); }));
    CHECK(f.session().workspace()->isOpen());
    CHECK(f.session().session().userName == "admin");
    CHECK(f.window().currentPage() == page);
    CHECK(monitor->isRunning());
}

TEST_CASE("activity before the limit keeps the session open; the first touch after it locks",
    "[ui][idle][S8]")
{
    GuiFixture f;
    f.signIn();
    ui::IdleLockMonitor* monitor = f.window().lockGuard()->idleMonitor();
    monitor->setCheckInterval(20ms);

    f.clock().advance(10min);
    QTest::keyClick(&f.window(), Qt::Key_Shift); // a person is there
    f.clock().advance(10min); // 20 minutes since sign-in, 10 since the key
    QTest::qWait(100);
    CHECK(f.session().isUnlocked());

    // Back from sleep: the input arrives before the timer looks, and must lock, not count.
    monitor->setCheckInterval(std::chrono::hours(1));
    monitor->start();
    f.clock().advance(15min);
    QTest::mouseMove(&f.window(), QPoint(20, 20));
    QTest::keyClick(&f.window(), Qt::Key_Shift);
    CHECK(f.session().isLocked());
    CHECK(f.window().isContentHidden());
}

TEST_CASE("Ctrl+L locks at once and the lock is audited", "[ui][idle][S8]")
{
    GuiFixture f;
    f.signIn();
    QApplication::setActiveWindow(&f.window());
    REQUIRE(QTest::qWaitForWindowActive(&f.window()));
    QTest::keyClick(&f.window(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return f.session().isLocked(); }));
    CHECK(f.window().isContentHidden());
    CHECK_FALSE(f.session().workspace()->isOpen());

    f.typeCredentials(QStringLiteral("admin"), QString::fromUtf8(test::kAdminPassword));
    REQUIRE(waitFor([&] { return f.session().isUnlocked(); }));
    auto records = core::AuditService(*f.session().workspace()).latest(f.session().session(), 10);
    REQUIRE(records);
    const bool lockAudited
        = std::any_of(records->begin(), records->end(), [](const core::AuditRecord& r) {
              return r.action == "session.lock" && r.description == "locked by the user";
          });
    CHECK(lockAudited);
}
