#pragma once

#include "tests/support/testworkspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessioncontroller.h"

#include <QApplication>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;

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

// Widgets of a dialog or page by object name, as a person uses them; each REQUIREs that the
// widget exists (and, for a button, that it is enabled).
QLineEdit* lineEdit(QWidget* parent, const char* objectName);
// Clears the line edit and types `text` into it key by key.
void typeInto(QWidget* parent, const char* objectName, const QString& text);
void clickButton(QWidget* parent, const char* objectName);
// Selects the combo box item that shows `text`.
void chooseText(QWidget* parent, const char* objectName, const QString& text);

// Renders `widget` to CASELEDGER_SCREENSHOT_DIR/`name` as PNG, checks the file is a real image
// at least 800 pixels wide, and returns its path.
QString saveScreenshot(QWidget* widget, const QString& name);

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
