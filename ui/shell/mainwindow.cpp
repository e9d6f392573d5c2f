#include "ui/shell/mainwindow.h"

#include "ui/admin/adminpage.h"
#include "ui/admin/usertablemodel.h"
#include "ui/case/caseworkpages.h"
#include "ui/common/appsettings.h"
#include "ui/common/qtext.h"
#include "ui/finance/financepages.h"
#include "ui/guideline/guidelinepage.h"
#include "ui/reports/reportspage.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/homepage.h"
#include "ui/shell/lockguard.h"
#include "ui/shell/sessioncontroller.h"
#include "ui/shell/unlockflow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace caseledger::ui {

MainWindow::MainWindow(SessionController& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("CaseLedger"));
    setWindowTitle(tr("CaseLedger"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/caseledger.svg")));
    createCentralArea();
    createMenus();
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    statusBar()->addPermanentWidget(m_userLabel);

    m_lockGuard = new LockGuard(m_session, this);
    m_unlockFlow = new UnlockFlow(m_session, this);

    // The pages. A later feature adds one line here.
    addPage(
        new HomePage(m_session, this), tr("Home"), style()->standardIcon(QStyle::SP_DirHomeIcon));
    addPage(new AdminPage(m_session, this), tr("Administration"),
        style()->standardIcon(QStyle::SP_FileDialogDetailedView), core::Action::UserList);
    addPage(new GuidelinePage(m_session, this), tr("Guideline calculator"),
        style()->standardIcon(QStyle::SP_FileDialogContentsView), core::Action::GuidelineCalculate);
    // Casework (issue 3): caseload, worklist, case, search results and the search field.
    auto* casework = new CaseworkPages(*this, m_session);
    // Supervisor reports (issue 6); the cases behind a figure open on the case page.
    auto* reports = new ReportsPage(m_session, this);
    addPage(reports, tr("Reports"), style()->standardIcon(QStyle::SP_FileDialogInfoView),
        core::Action::ReportRun);
    connect(reports, &ReportsPage::openCaseRequested, casework, &CaseworkPages::openCase);
    // Payments (issue 4): batch posting, the undistributed queue, "Explain payment…".
    new FinancePages(*this, m_session);

    connect(&m_session, &SessionController::unlocked, this, &MainWindow::sessionOpened);
    connect(&m_session, &SessionController::aboutToLock, this, &MainWindow::sessionClosed);
    connect(&m_session, &SessionController::locked, this, &MainWindow::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &MainWindow::sessionClosed);
    connect(
        &m_session, &SessionController::passwordChangeRequired, this, &MainWindow::sessionClosed);
    if (m_session.isUnlocked())
        sessionOpened();
    else
        sessionClosed();
    restoreGeometry(AppSettings::mainWindowGeometry().value());
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    m_pageStack = new QStackedWidget(this);
    m_pageStack->setAccessibleName(tr("Current page"));
    m_content = new QWidget(this);
    m_content->setAccessibleName(tr("Workspace"));
    auto* contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_sidebar);
    contentLayout->addWidget(m_pageStack, 1);

    m_lockedScreen = new QWidget(this);
    m_lockedScreen->setObjectName(QStringLiteral("lockedScreen"));
    m_lockedScreen->setAccessibleName(tr("Locked"));
    m_lockedText = new QLabel(m_lockedScreen);
    m_lockedText->setAccessibleName(tr("Lock status"));
    m_lockedText->setAlignment(Qt::AlignCenter);
    m_lockedText->setWordWrap(true);
    auto* icon = new QLabel(m_lockedScreen);
    icon->setAccessibleName(tr("CaseLedger logo"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/caseledger.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    m_unlockButton = new QPushButton(m_lockedScreen);
    m_unlockButton->setAccessibleName(tr("Unlock or sign in"));
    auto* lockedLayout = new QVBoxLayout(m_lockedScreen);
    lockedLayout->addStretch(1);
    lockedLayout->addWidget(icon);
    lockedLayout->addWidget(m_lockedText);
    lockedLayout->addWidget(m_unlockButton, 0, Qt::AlignCenter);
    lockedLayout->addStretch(2);

    m_screens = new QStackedWidget(this);
    m_screens->addWidget(m_content);
    m_screens->addWidget(m_lockedScreen);
    setCentralWidget(m_screens);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && static_cast<std::size_t>(row) < m_pages.size())
            showPage(m_pages[static_cast<std::size_t>(row)].widget);
    });
    connect(m_unlockButton, &QPushButton::clicked, this, [this] { m_unlockFlow->start(); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_changePasswordAction
        = file->addAction(tr("&Change password…"), this, &MainWindow::changePassword);
    file->addSeparator();
    m_lockAction = file->addAction(
        tr("&Lock"), this, [this] { m_lockGuard->lockNow("locked by the user"); });
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOutAction = file->addAction(tr("&Sign out"), &m_session, &SessionController::signOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goGroup = new QActionGroup(this);
    m_goGroup->setExclusive(true);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = m_helpMenu->addAction(tr("&About CaseLedger"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QAction* MainWindow::addPage(QWidget* page, const QString& title, const QIcon& icon,
    std::optional<core::Action> requiredAction)
{
    const int number = static_cast<int>(m_pages.size()) + 1;
    auto* action = new QAction(icon, title, m_goGroup);
    action->setCheckable(true);
    if (number <= 9)
        action->setShortcut(
            QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_0 + number))));
    m_goMenu->addAction(action);
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    m_pageStack->addWidget(page);
    m_pages.push_back(Page {page, action, requiredAction});
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    updatePageAccess();
    return action;
}

void MainWindow::showPage(QWidget* page)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].widget != page)
            continue;
        if (!m_pages[i].action->isEnabled())
            return;
        m_pageStack->setCurrentWidget(page);
        m_pages[i].action->setChecked(true);
        m_sidebar->setCurrentRow(static_cast<int>(i));
        return;
    }
}

QWidget* MainWindow::currentPage() const
{
    return m_pageStack->currentWidget();
}

QMenu* MainWindow::addMenu(const QString& title)
{
    auto* menu = new QMenu(title, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

void MainWindow::updatePageAccess()
{
    const bool open = m_session.isUnlocked();
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const Page& page = m_pages[i];
        const bool allowed
            = open && (!page.requiredAction || m_session.session().may(*page.requiredAction));
        page.action->setEnabled(allowed);
        page.action->setVisible(!open || allowed);
        m_sidebar->item(static_cast<int>(i))->setHidden(open && !allowed);
    }
    const QWidget* current = currentPage();
    const auto it = std::find_if(
        m_pages.begin(), m_pages.end(), [&](const Page& p) { return p.widget == current; });
    if (open && (it == m_pages.end() || !it->action->isEnabled()) && !m_pages.empty())
        showPage(m_pages.front().widget);
}

void MainWindow::start(const QString& databasePath)
{
    m_unlockFlow->setInitialDatabase(databasePath);
    show();
    m_unlockFlow->start();
}

bool MainWindow::isContentHidden() const
{
    return m_screens->currentWidget() != m_content;
}

QString MainWindow::signedInText() const
{
    return m_userLabel->text();
}

void MainWindow::sessionOpened()
{
    const core::Session& s = m_session.session();
    m_userLabel->setText(tr("Signed in: %1 (%2), %3")
                             .arg(toQString(s.displayName), toQString(s.userName),
                                 UserTableModel::roleText(s.role)));
    setWindowTitle(tr("CaseLedger — %1").arg(QFileInfo(m_session.databasePath()).fileName()));
    updatePageAccess();
    m_screens->setCurrentWidget(m_content);
    for (QAction* action : {m_lockAction, m_signOutAction, m_changePasswordAction})
        action->setEnabled(true);
    statusBar()->clearMessage();
}

void MainWindow::sessionClosed()
{
    // SECURITY S8: the content goes before the database closes; pages clear their own data.
    m_screens->setCurrentWidget(m_lockedScreen);
    using State = SessionController::State;
    const State state = m_session.state();
    const QString user = toQString(m_session.session().userName);
    if (state == State::PasswordChangeRequired) {
        m_lockedText->setText(tr("Choose your own password to continue."));
        m_unlockButton->setText(tr("&Change password…"));
        m_userLabel->setText(tr("Signed in: %1, password change required").arg(user));
    } else if (state == State::SignedOut) {
        m_lockedText->setText(tr("No one is signed in."));
        m_unlockButton->setText(tr("&Sign in…"));
        m_userLabel->setText(tr("Signed out"));
    } else { // Locked, or about to be
        m_lockedText->setText(
            tr("CaseLedger is locked. The database is closed and its key wiped."));
        m_unlockButton->setText(tr("&Unlock…"));
        m_userLabel->setText(tr("Locked: %1").arg(user));
    }
    updatePageAccess();
    m_lockAction->setEnabled(state == State::PasswordChangeRequired);
    m_changePasswordAction->setEnabled(false);
    m_signOutAction->setEnabled(state != State::SignedOut);
    statusBar()->clearMessage();
}

void MainWindow::changePassword()
{
    if (!m_session.isUnlocked())
        return;
    auto* dialog
        = new ChangePasswordDialog(m_session, ChangePasswordDialog::Reason::Voluntary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this] { statusBar()->showMessage(tr("Your password was changed."), 10000); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About CaseLedger"),
        tr("<h3>CaseLedger %1</h3><p>Case management for California Local Child Support "
           "Agencies.</p><p>All data stays in an encrypted database on this computer.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, this);
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/caseledger.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("About CaseLedger"));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::mainWindowGeometry().setValue(saveGeometry());
    m_session.signOut();
    event->accept();
}

} // namespace caseledger::ui
