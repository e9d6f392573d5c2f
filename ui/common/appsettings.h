#pragma once

#include "ui/common/setting.h"

#include <QByteArray>
#include <QString>

namespace caseledger::ui {

// Every setting the GUI keeps between runs. Nothing secret lives here: the database path
// and the last user name are conveniences; the security policy lives in the database.
struct AppSettings
{
    static const Setting<QString>& lastDatabase();
    static const Setting<QString>& lastUserName();
    static const Setting<QByteArray>& mainWindowGeometry();
    static const Setting<QByteArray>& mainWindowState();
};

} // namespace caseledger::ui
