#include "ui/admin/ledgerbalancesdialog.h"

#include "ui/admin/ledgerbalancesbox.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace caseledger::ui {

LedgerBalancesDialog::LedgerBalancesDialog(SessionController& session, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ledgerBalancesDialog"));
    setWindowTitle(tr("Ledger balances"));
    setAccessibleName(tr("Ledger balances"));
    auto* layout = new QVBoxLayout(this);
    m_box = new LedgerBalancesBox(session, this);
    layout->addWidget(m_box);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void LedgerBalancesDialog::abandon()
{
    m_box->abandon();
    hide();
    deleteLater();
}

} // namespace caseledger::ui
