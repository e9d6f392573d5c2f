#include "ui/admin/setpassworddialog.h"

#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

SetPasswordDialog::SetPasswordDialog(Purpose purpose, const QString& userName, QWidget* parent)
    : RequestDialog(purpose == Purpose::Reset ? tr("Reset the password of %1").arg(userName)
                                              : tr("Enable the account of %1").arg(userName),
        purpose == Purpose::Reset ? tr("&Reset password") : tr("&Enable account"), parent)
    , m_purpose(purpose)
    , m_userName(userName)
{
    setObjectName(QStringLiteral("setPasswordDialog"));
    setIntro(purpose == Purpose::Reset
            ? tr("%1 signs in with this temporary password and must then choose a new one.")
                  .arg(userName)
            : tr("%1 can sign in again with this temporary password, and must then choose a new "
                 "one.")
                  .arg(userName));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Temporary password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setAccessibleName(tr("Repeat the temporary password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    addField(tr("&Temporary password:"), m_password, "password");
    addField(tr("Re&peat password:"), m_confirm, "repeat");
    messages().alias("new password", "password");
    m_password->setFocus();
}

SetPasswordDialog::~SetPasswordDialog() = default;

bool SetPasswordDialog::checkInput()
{
    if (m_password->text() != m_confirm->text()) {
        messages().showFor("repeat", tr("The two passwords are not the same."));
        return false;
    }
    return true;
}

std::optional<SetPasswordRequest> SetPasswordDialog::request() const
{
    if (m_password->text() != m_confirm->text())
        return std::nullopt;
    return SetPasswordRequest {toStdString(m_userName), toStdString(m_password->text())};
}

} // namespace caseledger::ui
