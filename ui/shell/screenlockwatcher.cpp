#include "ui/shell/screenlockwatcher.h"

#ifdef CASELEDGER_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace caseledger::ui {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef CASELEDGER_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // An empty service and path match the signal from whichever process sends it: KDE
    // sends org.freedesktop.ScreenSaver from /ScreenSaver and from /org/freedesktop/ScreenSaver.
    for (const QString& interface :
        {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
        m_listening |= bus.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"),
            this, SLOT(onActiveChanged(bool)));
    }
#elif defined(Q_OS_WIN)
    // TODO(S8, Windows): call WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)
    // for the main window and install a QAbstractNativeEventFilter that emits screenLocked()
    // on WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK; WTSUnRegisterSessionNotification on exit.
#endif
}

ScreenLockWatcher::~ScreenLockWatcher() = default;

void ScreenLockWatcher::onActiveChanged(bool active)
{
    if (active)
        Q_EMIT screenLocked();
}

} // namespace caseledger::ui
