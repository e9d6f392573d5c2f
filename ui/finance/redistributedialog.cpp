#include "ui/finance/redistributedialog.h"

#include "ui/common/datefield.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

RedistributeDialog::RedistributeDialog(
    const QString& caseNumber, std::optional<core::Date> suggestedFrom, QWidget* parent)
    : RequestDialog(tr("Redistribute payments"), tr("Re&distribute"), parent)
{
    setObjectName(QStringLiteral("redistributeDialog"));
    QString intro = tr("Every payment of the payer of case %1 received on or after the date is "
                       "reversed and applied again under the orders and assistance as they now "
                       "stand, across all of the payer's cases. Each step is a new ledger entry "
                       "with your reason; money the family received and no longer should "
                       "becomes an overpayment to recover.")
                        .arg(caseNumber);
    m_from = DateField::make(this, QStringLiteral("redistributeFromEdit"),
        tr("Redistribute payments received from"), suggestedFrom);
    if (suggestedFrom)
        intro += QLatin1Char(' ')
            + tr("The date offered is that of the first payment shown that paid support ahead.");
    setIntro(intro);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("redistributeReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the redistribution"));
    m_reason->setPlaceholderText(tr("For example: the order ended on 2027-01-31"));
    m_reason->setMaxLength(500);
    addField(tr("Payments &from:"), m_from, "from");
    addField(tr("R&eason:"), m_reason, "reason");
    (suggestedFrom ? m_reason : m_from)->setFocus();
}

RedistributeDialog::~RedistributeDialog() = default;

bool RedistributeDialog::checkInput()
{
    if (!parseDateText(m_from->text())) {
        messages().showFor("from", DateField::formatMessage());
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        messages().showFor("reason", tr("Give the reason for the redistribution."));
        return false;
    }
    return true;
}

std::optional<RedistributeRequest> RedistributeDialog::request() const
{
    const auto from = parseDateText(m_from->text());
    const QString reason = m_reason->text().trimmed();
    if (!from || reason.isEmpty())
        return std::nullopt;
    return RedistributeRequest {*from, toStdString(reason)};
}

} // namespace caseledger::ui
