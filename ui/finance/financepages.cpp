#include "ui/finance/financepages.h"

#include "ui/admin/ledgerbalancesbox.h"
#include "ui/admin/ledgerbalancesdialog.h"
#include "ui/finance/batchpostpage.h"
#include "ui/finance/explaindialog.h"
#include "ui/finance/undistributedpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessioncontroller.h"

#include <QAction>
#include <QMenu>
#include <QStyle>

namespace caseledger::ui {

FinancePages::FinancePages(MainWindow& window, SessionController& session)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
{
    setObjectName(QStringLiteral("financePages"));
    QStyle* style = window.style();
    m_batch = new BatchPostPage(session, &window);
    m_undistributed = new UndistributedPage(session, &window);
    QAction* batch = window.addPage(m_batch, tr("Post payments"),
        style->standardIcon(QStyle::SP_DialogSaveButton), core::Action::PaymentImport);
    QAction* queue = window.addPage(m_undistributed, tr("Undistributed payments"),
        style->standardIcon(QStyle::SP_MessageBoxWarning), core::Action::UndistributedView);
    // Past the ninth page there is no Alt+<n>: every page keeps a keyboard path (DESIGN §7).
    if (batch->shortcut().isEmpty())
        batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    if (queue->shortcut().isEmpty())
        queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    // Alt+Y: the only letter of "Payments" no page's button or field uses ("&Post batch" has P).
    m_menu = window.addMenu(tr("Pa&yments"));
    m_menu->setObjectName(QStringLiteral("paymentsMenu"));
    // Each on the menu and on the window: its shortcut works from any page.
    const auto add = [&](const QString& text, const char* name, Qt::Key key, auto slot) {
        QAction* a = m_menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        a->setShortcutContext(Qt::WindowShortcut);
        window.addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_explainAction = add(
        tr("&Explain payment…"), "explainPaymentAction", Qt::Key_X, &FinancePages::askReceipt);
    m_verifyAction = add(tr("&Verify ledger balances…"), "verifyLedgerAction", Qt::Key_V,
        &FinancePages::verifyLedger);
    connect(&m_session, &SessionController::unlocked, this, &FinancePages::updateAccess);
    for (const auto signal : {&SessionController::aboutToLock, &SessionController::locked,
             &SessionController::signedOut})
        connect(&m_session, signal, this, [this] {
            closeVerification();
            updateAccess();
        });
    updateAccess();
}

FinancePages::~FinancePages() = default;

void FinancePages::updateAccess()
{
    const auto may = [this](core::Action action) {
        return m_session.isUnlocked() && m_session.session().may(action);
    };
    m_explainAction->setEnabled(may(core::Action::CollectionExplain));
    m_verifyAction->setEnabled(may(core::Action::LedgerVerify));
    // A menu of nothing the role may do is not offered (as the pages the role may not open).
    m_explainAction->setVisible(!m_session.isUnlocked() || m_explainAction->isEnabled());
    m_verifyAction->setVisible(!m_session.isUnlocked() || m_verifyAction->isEnabled());
    m_menu->menuAction()->setVisible(m_explainAction->isVisible() || m_verifyAction->isVisible());
}

LedgerBalancesBox* FinancePages::ledgerBalancesBox() const
{
    return m_verify ? m_verify->box() : nullptr;
}

void FinancePages::verifyLedger()
{
    if (!m_verifyAction->isEnabled())
        return;
    if (!m_verify)
        m_verify = new LedgerBalancesDialog(m_session, &m_window);
    m_verify->open();
    m_verify->box()->updateForSession();
}

// S8: nothing of the locked session's check stays behind the hidden window.
void FinancePages::closeVerification()
{
    if (m_verify)
        m_verify->abandon();
}

void FinancePages::askReceipt()
{
    if (!m_explainAction->isEnabled())
        return;
    ExplainDialog::askReceipt(&m_window, QStringLiteral("explainPaymentDialog"),
        [this](const QString& receipt) { explain(receipt); });
}

void FinancePages::explain(const QString& receiptOrId)
{
    auto* dialog = ExplainDialog::openInPlace(m_session, receiptOrId, m_explain, &m_window);
    dialog->open();
}

} // namespace caseledger::ui
