#pragma once

#include "core/access/permissions.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace caseledger::ui {

class LockGuard;
class SessionController;
class UnlockFlow;

// Assembles pages and actions, nothing else (STYLE: MainWindow stays small). Each feature
// is a page: a widget from its own folder under ui/, registered with addPage() in the
// constructor, which gives it a sidebar entry and a Go-menu action with Alt+<n>.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SessionController& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The extension point for caseload, case, finance, guideline and report pages. A page
    // with `requiredAction` is offered only to sessions whose role may perform that action.
    QAction* addPage(QWidget* page, const QString& title, const QIcon& icon,
        std::optional<core::Action> requiredAction = std::nullopt);
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    // A feature's own menu (e.g. Payments), placed before Help.
    QMenu* addMenu(const QString& title);

    // Shows the window (content hidden) and the unlock dialog; `databasePath` from --db.
    void start(const QString& databasePath = QString());

    bool isContentHidden() const;
    QString signedInText() const;
    UnlockFlow* unlockFlow() const { return m_unlockFlow; }
    LockGuard* lockGuard() const { return m_lockGuard; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Page
    {
        QWidget* widget;
        QAction* action;
        std::optional<core::Action> requiredAction;
    };

    void createCentralArea();
    void createMenus();
    void sessionOpened();
    void sessionClosed();
    void updatePageAccess();
    void changePassword();
    void showAbout();

    SessionController& m_session;
    LockGuard* m_lockGuard = nullptr;
    UnlockFlow* m_unlockFlow = nullptr;
    std::vector<Page> m_pages;

    QStackedWidget* m_screens = nullptr; // the pages, or the locked screen
    QWidget* m_content = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QWidget* m_lockedScreen = nullptr;
    QLabel* m_lockedText = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QLabel* m_userLabel = nullptr;

    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QActionGroup* m_goGroup = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
};

} // namespace caseledger::ui
