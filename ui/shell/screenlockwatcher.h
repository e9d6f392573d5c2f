#pragma once

#include <QObject>

namespace caseledger::ui {

// SECURITY S8: the session locks when the operating system locks the screen.
// Linux: the session D-Bus signal ActiveChanged(bool) of org.freedesktop.ScreenSaver (KDE,
// Xfce, most desktops) and org.gnome.ScreenSaver (GNOME). No bus (a server, a test run) is
// not an error: idle time and Ctrl+L still lock.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    ~ScreenLockWatcher() override;

    // True when at least one screen-saver signal could be subscribed to.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    // A string-based slot: QDBusConnection::connect has no function-pointer form.
    void onActiveChanged(bool active);

private:
    bool m_listening = false;
};

} // namespace caseledger::ui
