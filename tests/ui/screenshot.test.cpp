// Smoke test (STYLE "Tests"): the unlock dialog and the main window with the administration
// page render to PNG files in the build directory, for a person to look at.
#include "tests/ui/guifixture.h"
#include "ui/admin/adduserdialog.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/usertablemodel.h"
#include "ui/shell/unlockdialog.h"
#include "ui/shell/unlockflow.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::GuiFixture;
using test::waitFor;

namespace {

QString save(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(CASELEDGER_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    QFile::remove(path);
    const QPixmap shot = widget->grab();
    REQUIRE(shot.save(path, "PNG"));
    return path;
}

void checkImage(const QString& path, QSize atLeast)
{
    INFO(path.toStdString());
    CHECK(QFileInfo(path).size() > 1000);
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= atLeast.width());
    CHECK(image.height() >= atLeast.height());
    // Not one flat colour: something was drawn.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != first;
    CHECK(varied);
}

} // namespace

TEST_CASE("screenshots of the unlock dialog and the administration page", "[ui][screenshot]")
{
    GuiFixture f;
    f.window().start(f.dbPath());
    ui::UnlockDialog* unlock = f.window().unlockFlow()->unlockDialog();
    REQUIRE(unlock);
    unlock->adjustSize();
    const QString unlockShot = save(unlock, QStringLiteral("unlock-dialog.png"));
    checkImage(unlockShot, QSize(300, 120));
    const QString lockedShot = save(&f.window(), QStringLiteral("main-window-signed-out.png"));
    checkImage(lockedShot, QSize(800, 500));

    f.signIn();
    auto* page = f.window().findChild<ui::AdminPage*>();
    f.window().showPage(page);
    REQUIRE(waitFor([&] { return page->userModel()->rowCount() == 1 && !f.session().isBusy(); }));
    const QString adminShot = save(&f.window(), QStringLiteral("main-window-admin.png"));
    checkImage(adminShot, QSize(800, 500));

    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    auto* dialog = test::visibleWindow<ui::AddUserDialog>();
    REQUIRE(dialog);
    checkImage(save(dialog, QStringLiteral("add-user-dialog.png")), QSize(300, 200));
    dialog->reject();
}
