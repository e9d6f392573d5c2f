#pragma once

#include "tests/support/testworkspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessioncontroller.h"

#include <QApplication>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace caseledger::test {

// A real encrypted database (closed, so the GUI must unlock it), a SessionController on the
// test's fake clock and its own sign-in state directory, and a MainWindow.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    TestWorkspace& tw() { return m_tw; }
    core::FakeClock& clock() { return m_tw.clock(); }
    ui::SessionController& session() { return *m_session; }
    ui::MainWindow& window() { return *m_window; }
    QString dbPath() const;

    // Shows the window and the unlock dialog, types the credentials and presses Enter.
    void typeCredentials(const QString& user, const QString& password);
    // ... and waits until the main window shows its content.
    void signIn(const QString& user = QStringLiteral("admin"), const QString& password = QString());

private:
    TestWorkspace m_tw;
    std::unique_ptr<ui::SessionController> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

// Types `text` into `widget` key by key; QTest::keyClicks handles only ASCII.
void typeText(QWidget* widget, const QString& text);

// Lets the event loop run until `condition` holds (at most `ms`).
bool waitFor(const std::function<bool()>& condition, int ms = 15000);

// The visible top-level window of type T, if any (dialogs are top-level windows too).
template<class T>
T* visibleWindow()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    return nullptr;
}

} // namespace caseledger::test
