// DESIGN §7: every widget has an accessible name; every action a keyboard path.
#include "tests/ui/guifixture.h"
#include "ui/admin/adduserdialog.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/usertablemodel.h"
#include "ui/shell/unlockdialog.h"
#include "ui/shell/unlockflow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using test::GuiFixture;
using test::waitFor;

namespace {

// Input widgets say nothing by themselves: each needs its own accessible name.
QStringList unnamedInputs(QWidget* root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
            || qobject_cast<QProgressBar*>(w);
        // Widgets that belong to another one (a combo box's line edit, a view's viewport).
        const bool part = w->parentWidget()
            && (qobject_cast<QComboBox*>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(w->parentWidget()));
        if (input && !part && w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + w->objectName();
    }
    return missing;
}

} // namespace

TEST_CASE("every input has an accessible name and every menu action a keyboard path",
    "[ui][accessibility]")
{
    GuiFixture f;
    f.window().start(f.dbPath());
    ui::UnlockDialog* unlock = f.window().unlockFlow()->unlockDialog();
    CHECK(unnamedInputs(unlock).isEmpty());

    f.signIn();
    auto* page = f.window().findChild<ui::AdminPage*>();
    f.window().showPage(page);
    REQUIRE(waitFor([&] { return page->userModel()->rowCount() == 1 && !f.session().isBusy(); }));
    const QStringList mainMissing = unnamedInputs(&f.window());
    INFO(mainMissing.join(QStringLiteral(", ")).toStdString());
    CHECK(mainMissing.isEmpty());

    QTest::mouseClick(
        page->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    auto* dialog = test::visibleWindow<ui::AddUserDialog>();
    REQUIRE(dialog);
    CHECK(unnamedInputs(dialog).isEmpty());
    dialog->reject();

    // Menus open with Alt+<letter>; each action has a mnemonic or a shortcut.
    const auto menuActions = f.window().menuBar()->actions();
    REQUIRE(menuActions.size() >= 3);
    for (QAction* menuAction : menuActions) {
        QMenu* menu = menuAction->menu();
        REQUIRE(menu);
        CHECK(menu->title().contains(QLatin1Char('&')));
        const auto actions = menu->actions();
        for (QAction* action : actions) {
            if (action->isSeparator())
                continue;
            INFO(action->text().toStdString());
            CHECK((action->text().contains(QLatin1Char('&')) || !action->shortcut().isEmpty()));
        }
    }
}
