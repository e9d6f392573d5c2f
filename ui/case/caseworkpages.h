#pragma once

#include <QObject>

class QAction;
class QLineEdit;
class QToolBar;

namespace caseledger::ui {

class CaseloadPage;
class CasePage;
class MainWindow;
class SearchPage;
class SessionController;
class WorklistPage;

// The caseworker's pages (issue 3, item 7) registered with the main window in one place, so
// that MainWindow only gains one line: the caseload, the worklist, the search results and the
// case, plus the global search field in a toolbar with its focus shortcut (Ctrl+K and the
// platform's Find key). Every "open this case" leads to the case page.
class CaseworkPages : public QObject
{
    Q_OBJECT

public:
    CaseworkPages(MainWindow& window, SessionController& session);
    ~CaseworkPages() override;

    CaseloadPage* caseload() const { return m_caseload; }
    WorklistPage* worklist() const { return m_worklist; }
    SearchPage* search() const { return m_search; }
    CasePage* casePage() const { return m_case; }
    QLineEdit* searchField() const { return m_searchField; }
    QAction* focusSearchAction() const { return m_focusSearch; }

    void openCase(const QString& caseNumber);
    void runSearch();

private:
    void createSearchBar();
    void updateAccess();

    MainWindow& m_window;
    SessionController& m_session;
    CaseloadPage* m_caseload = nullptr;
    WorklistPage* m_worklist = nullptr;
    SearchPage* m_search = nullptr;
    CasePage* m_case = nullptr;
    QToolBar* m_toolbar = nullptr;
    QLineEdit* m_searchField = nullptr;
    QAction* m_focusSearch = nullptr;
};

} // namespace caseledger::ui
