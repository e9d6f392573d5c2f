#include "ui/common/appsettings.h"

namespace caseledger::ui {

const Setting<QString>& AppSettings::lastDatabase()
{
    static const Setting<QString> setting(QStringLiteral("session/lastDatabase"), QString());
    return setting;
}

const Setting<QString>& AppSettings::lastUserName()
{
    static const Setting<QString> setting(QStringLiteral("session/lastUserName"), QString());
    return setting;
}

const Setting<QByteArray>& AppSettings::mainWindowGeometry()
{
    static const Setting<QByteArray> setting(QStringLiteral("mainWindow/geometry"), QByteArray());
    return setting;
}

const Setting<QByteArray>& AppSettings::mainWindowState()
{
    static const Setting<QByteArray> setting(QStringLiteral("mainWindow/state"), QByteArray());
    return setting;
}

} // namespace caseledger::ui
