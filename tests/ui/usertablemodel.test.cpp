// STYLE "GUI": every model passes QAbstractItemModelTester.
#include "ui/admin/usertablemodel.h"

#include "core/services/userservice.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QStringList>

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;

namespace {

// The tester reports through qWarning in Warning mode; collect what it says.
QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

} // namespace

TEST_CASE("the users model passes QAbstractItemModelTester", "[ui][admin][model]")
{
    test::TestWorkspace tw;
    tw.addUser("mgarcia", core::Role::Caseworker);
    tw.addUser("jchen", core::Role::Supervisor,
        static_cast<core::Grants>(core::Grant::RevealSsn)
            | static_cast<core::Grants>(core::Grant::ViewFederalTaxInfo));
    auto users = core::UserService(tw.ws()).list(tw.admin());
    REQUIRE(users);
    REQUIRE(users->size() == 3);

    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        ui::UserTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setUsers(*users);
        CHECK(model.rowCount() == 3);
        CHECK(model.columnCount() == ui::UserTableModel::ColumnCount);

        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ui::UserTableModel::NameColumn);
            const auto id = model.idAt(index);
            REQUIRE(id);
            CHECK(model.indexOf(*id) == index);
            CHECK(model.userAt(index)->id == *id);
        }
        const QModelIndex jchen
            = model.indexOf(users->at(2).name == "jchen" ? users->at(2).id : users->at(1).id);
        const QModelIndex grants = jchen.siblingAtColumn(ui::UserTableModel::GrantsColumn);
        if (model.data(jchen).toString() == QStringLiteral("jchen")) {
            CHECK(model.data(grants).toString().contains(QStringLiteral("Reveal SSN")));
            CHECK(model.data(jchen.siblingAtColumn(ui::UserTableModel::RoleColumn)).toString()
                == QStringLiteral("Supervisor"));
        }
        CHECK_FALSE(model.idAt(QModelIndex()));
        CHECK_FALSE(model.indexOf(core::Uuid::random()).isValid());

        model.clear();
        CHECK(model.rowCount() == 0);
        model.setUsers(*users);
        CHECK(model.rowCount() == 3);
    }
    qInstallMessageHandler(previous);
    INFO(g_warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_warnings.isEmpty());
}
