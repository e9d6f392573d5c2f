#include "ui/case/revealssndialog.h"

#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

RevealSsnDialog::RevealSsnDialog(const QString& personName, QWidget* parent)
    : RequestDialog(tr("Reveal SSN"), tr("&Reveal"), parent)
{
    setObjectName(QStringLiteral("revealSsnDialog"));
    setIntro(tr("Why do you need the full SSN of %1? Your reason is recorded in the audit log "
                "with your name.")
                 .arg(personName));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("for example: employer verification"));
    addField(tr("&Reason:"), m_reason, "reason");
    m_reason->setFocus();
}

RevealSsnDialog::~RevealSsnDialog() = default;

bool RevealSsnDialog::checkInput()
{
    if (m_reason->text().trimmed().isEmpty()) {
        messages().showFor("reason", tr("Enter the reason you need the full SSN."));
        return false;
    }
    return true;
}

std::optional<std::string> RevealSsnDialog::request() const
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return std::nullopt;
    return toStdString(reason);
}

} // namespace caseledger::ui
