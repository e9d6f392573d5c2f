// caseledger: the desktop application (DESIGN §7). main() only wires: the application, its
// translations, the wall clock, the session and the main window.
#include "core/base/clock.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/resources.h"
#include "ui/shell/sessioncontroller.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Qt's own strings (dialog buttons) and ours, in the language of the desktop; Spanish ships first.
void installTranslations(QApplication& app, QTranslator& qt, QTranslator& ours)
{
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
    if (ours.load(
            QLocale(), QStringLiteral("caseledger"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&ours);
}

} // namespace

int main(int argc, char** argv)
{
    using namespace caseledger;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseLedger"));
    QApplication::setApplicationName(QStringLiteral("caseledger"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseLedger"));
    QApplication::setApplicationVersion(QStringLiteral(CASELEDGER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("caseledger"));
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/caseledger.svg")));
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslations(app, qtTranslator, translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Case management for California Local Child Support Agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList {QStringLiteral("db")},
        QApplication::translate("main", "Open the database at PATH."),
        QApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("database"),
        QApplication::translate("main", "The database to open (like --db)."),
        QStringLiteral("[database]"));
    parser.process(app);
    QString database = parser.value(dbOption);
    if (database.isEmpty() && !parser.positionalArguments().isEmpty())
        database = parser.positionalArguments().constFirst();

    core::SystemClock clock; // S8: the idle lock runs on the wall clock, so sleep counts
    ui::SessionController session(clock);
    ui::MainWindow window(session);
    window.resize(1100, 720);
    window.start(database);
    return app.exec();
}
