#include "ui/finance/financepages.h"

#include "ui/admin/ledgerbalancesbox.h"
#include "ui/finance/batchpostpage.h"
#include "ui/finance/explaindialog.h"
#include "ui/finance/undistributedpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessioncontroller.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QStyle>
#include <QVBoxLayout>

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

    m_menu = window.addMenu(tr("&Payments"));
    m_menu->setObjectName(QStringLiteral("paymentsMenu"));
    m_explainAction = m_menu->addAction(tr("&Explain payment…"));
    m_explainAction->setObjectName(QStringLiteral("explainPaymentAction"));
    m_explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_explainAction->setShortcutContext(Qt::WindowShortcut);
    window.addAction(m_explainAction);
    connect(m_explainAction, &QAction::triggered, this, &FinancePages::askReceipt);
    m_verifyAction = m_menu->addAction(tr("&Verify ledger balances…"));
    m_verifyAction->setObjectName(QStringLiteral("verifyLedgerAction"));
    connect(m_verifyAction, &QAction::triggered, this, &FinancePages::verifyLedger);
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
    return m_verify ? m_verify->findChild<LedgerBalancesBox*>() : nullptr;
}

void FinancePages::verifyLedger()
{
    if (!m_verifyAction->isEnabled())
        return;
    if (!m_verify) {
        m_verify = new QDialog(&m_window);
        m_verify->setObjectName(QStringLiteral("ledgerBalancesDialog"));
        m_verify->setWindowTitle(tr("Ledger balances"));
        m_verify->setAccessibleName(tr("Ledger balances"));
        auto* layout = new QVBoxLayout(m_verify);
        auto* box = new LedgerBalancesBox(m_session, m_verify);
        layout->addWidget(box);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_verify);
        connect(buttons, &QDialogButtonBox::rejected, m_verify, &QDialog::reject);
        layout->addWidget(buttons);
        m_verify->resize(560, m_verify->sizeHint().height());
    }
    m_verify->open();
    if (auto* box = ledgerBalancesBox())
        box->updateForSession();
}

// S8: nothing of the locked session's check stays behind the hidden window.
void FinancePages::closeVerification()
{
    if (!m_verify)
        return;
    if (auto* box = ledgerBalancesBox())
        box->abandon();
    m_verify->hide();
    m_verify->deleteLater();
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
