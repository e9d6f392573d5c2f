#include "ui/finance/financepages.h"

#include "ui/finance/batchpostpage.h"
#include "ui/finance/explaindialog.h"
#include "ui/finance/undistributedpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessioncontroller.h"

#include <QAction>
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

    m_explainAction = new QAction(tr("Explain payment…"), &window);
    m_explainAction->setObjectName(QStringLiteral("explainPaymentAction"));
    m_explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_explainAction->setShortcutContext(Qt::WindowShortcut);
    window.addAction(m_explainAction);
    connect(m_explainAction, &QAction::triggered, this, &FinancePages::askReceipt);
    connect(&m_session, &SessionController::unlocked, this, &FinancePages::updateAccess);
    connect(&m_session, &SessionController::locked, this, &FinancePages::updateAccess);
    connect(&m_session, &SessionController::signedOut, this, &FinancePages::updateAccess);
    updateAccess();
}

FinancePages::~FinancePages() = default;

void FinancePages::updateAccess()
{
    m_explainAction->setEnabled(
        m_session.isUnlocked() && m_session.session().may(core::Action::CollectionExplain));
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
