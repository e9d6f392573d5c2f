#include "ui/case/caseworkpages.h"

#include "ui/case/casepage.h"
#include "ui/caseload/caseloadpage.h"
#include "ui/caseload/searchpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessioncontroller.h"
#include "ui/worklist/worklistpage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolBar>

namespace caseledger::ui {

CaseworkPages::CaseworkPages(MainWindow& window, SessionController& session)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
{
    setObjectName(QStringLiteral("caseworkPages"));
    QStyle* style = window.style();
    m_caseload = new CaseloadPage(session, &window);
    m_worklist = new WorklistPage(session, &window);
    m_case = new CasePage(session, &window);
    m_search = new SearchPage(session, &window);
    window.addPage(m_caseload, tr("Caseload"), style->standardIcon(QStyle::SP_DirIcon),
        core::Action::CaseList);
    window.addPage(m_worklist, tr("Worklist"), style->standardIcon(QStyle::SP_FileDialogListView),
        core::Action::TaskList);
    window.addPage(
        m_case, tr("Case"), style->standardIcon(QStyle::SP_FileIcon), core::Action::CaseView);
    window.addPage(m_search, tr("Search results"),
        style->standardIcon(QStyle::SP_FileDialogContentsView), core::Action::Search);
    createSearchBar();

    connect(m_caseload, &CaseloadPage::openCaseRequested, this, &CaseworkPages::openCase);
    connect(m_worklist, &WorklistPage::openCaseRequested, this, &CaseworkPages::openCase);
    connect(m_search, &SearchPage::openCaseRequested, this, &CaseworkPages::openCase);
    connect(&m_session, &SessionController::unlocked, this, &CaseworkPages::updateAccess);
    connect(&m_session, &SessionController::locked, this, &CaseworkPages::updateAccess);
    connect(&m_session, &SessionController::signedOut, this, &CaseworkPages::updateAccess);
    connect(&m_session, &SessionController::aboutToLock, this, &CaseworkPages::updateAccess);
    updateAccess();
}

CaseworkPages::~CaseworkPages() = default;

void CaseworkPages::createSearchBar()
{
    m_toolbar = new QToolBar(tr("Search"), &m_window);
    m_toolbar->setObjectName(QStringLiteral("searchToolBar"));
    m_toolbar->setAccessibleName(tr("Search bar"));
    m_toolbar->setMovable(false);
    m_searchField = new QLineEdit(m_toolbar);
    m_searchField->setObjectName(QStringLiteral("globalSearchEdit"));
    m_searchField->setAccessibleName(tr("Search people and cases"));
    m_searchField->setPlaceholderText(tr("Search people and cases (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(360);
    auto* label = new QLabel(tr("Search:"), m_toolbar);
    label->setBuddy(m_searchField);
    m_toolbar->addWidget(label);
    m_toolbar->addWidget(m_searchField);
    m_window.addToolBar(Qt::TopToolBarArea, m_toolbar);

    // Ctrl+K as in many desktop programs, and the platform's Find key (Ctrl+F here).
    m_focusSearch = new QAction(tr("Find people and cases"), &m_window);
    m_focusSearch->setObjectName(QStringLiteral("focusSearchAction"));
    m_focusSearch->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(QKeySequence::Find)});
    m_focusSearch->setShortcutContext(Qt::WindowShortcut);
    m_window.addAction(m_focusSearch);
    connect(m_focusSearch, &QAction::triggered, this, [this] {
        if (!m_searchField->isEnabled())
            return;
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, &CaseworkPages::runSearch);
}

void CaseworkPages::runSearch()
{
    if (!m_session.isUnlocked() || !m_session.session().may(core::Action::Search))
        return;
    m_window.showPage(m_search);
    m_search->search(m_searchField->text());
}

void CaseworkPages::openCase(const QString& caseNumber)
{
    m_window.showPage(m_case);
    m_case->openCase(caseNumber);
    m_case->setFocus(Qt::OtherFocusReason);
}

void CaseworkPages::updateAccess()
{
    const bool allowed = m_session.isUnlocked() && m_session.session().may(core::Action::Search);
    // S8: what was typed goes when the session locks; the bar is hidden with the content.
    if (!allowed)
        m_searchField->clear();
    m_searchField->setEnabled(allowed);
    m_toolbar->setVisible(allowed);
    m_focusSearch->setEnabled(allowed);
}

} // namespace caseledger::ui
