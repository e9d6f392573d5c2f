// The GUI tests need a QApplication before any widget exists: create it on the offscreen
// platform (no display needed), keep settings away from the developer's own, then hand the
// remaining arguments to Catch2.
#include "ui/shell/resources.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch_session.hpp>

namespace {

QtMessageHandler g_standardHandler = nullptr;

// The offscreen platform says, for every window, what it cannot do; that is no news.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QStringLiteral("This plugin does not support")))
        return;
    g_standardHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_standardHandler = qInstallMessageHandler(quietOffscreenNotes);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseLedgerTests"));
    QApplication::setApplicationName(QStringLiteral("caseledger-ui-tests"));
    caseledger::ui::initResources();
    return Catch::Session().run(argc, argv);
}
