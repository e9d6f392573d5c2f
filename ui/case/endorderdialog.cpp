#include "ui/case/endorderdialog.h"

#include "ui/common/datefield.h"
#include "ui/common/formmessages.h"

#include <QLineEdit>

namespace caseledger::ui {

EndOrderDialog::EndOrderDialog(
    const QString& order, std::optional<core::Date> lastEmancipation, QWidget* parent)
    : RequestDialog(tr("End the order"), tr("End the &order"), parent)
{
    setObjectName(QStringLiteral("endOrderDialog"));
    QString intro = tr("%1 charges no support for the months after its end date. Support "
                       "already charged for those months is taken back at the next monthly "
                       "accrual; payments already applied to them stay where they are until "
                       "the payer's payments are redistributed.")
                        .arg(order);
    // Family Code §3901: support ends when the last child comes of age.
    m_endDate
        = DateField::make(this, QStringLiteral("endDateEdit"), tr("End date"), lastEmancipation);
    if (lastEmancipation)
        intro += QLatin1Char(' ')
            + tr("The date offered is when the last child of the case is emancipated "
                 "(Family Code §3901).");
    setIntro(intro);
    addField(tr("&End date:"), m_endDate, "end date");
    m_endDate->setFocus();
}

EndOrderDialog::~EndOrderDialog() = default;

bool EndOrderDialog::checkInput()
{
    if (!request()) {
        messages().showFor("end date", DateField::formatMessage());
        return false;
    }
    return true;
}

std::optional<core::Date> EndOrderDialog::request() const
{
    return parseDateText(m_endDate->text());
}

} // namespace caseledger::ui
