#include "ui/admin/adduserdialog.h"

#include "ui/admin/roleeditor.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

namespace {

QLineEdit* lineEdit(
    QWidget* parent, const QString& objectName, const QString& accessibleName, bool secret = false)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

AddUserDialog::AddUserDialog(QWidget* parent)
    : RequestDialog(tr("Add a user"), tr("&Add user"), parent)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setIntro(tr(
        "The new user signs in with the temporary password below and must then choose their own."));
    m_name = lineEdit(this, QStringLiteral("nameEdit"), tr("User name"));
    m_name->setPlaceholderText(tr("for example: mgarcia"));
    m_displayName = lineEdit(this, QStringLiteral("displayNameEdit"), tr("Full name"));
    m_role = new RoleEditor(this);
    m_password = lineEdit(this, QStringLiteral("passwordEdit"), tr("Temporary password"), true);
    m_confirm
        = lineEdit(this, QStringLiteral("confirmEdit"), tr("Repeat the temporary password"), true);

    addField(tr("&User name:"), m_name, "name");
    addField(tr("Full &name:"), m_displayName, "display name");
    addField(tr("&Role:"), m_role, "role");
    addField(tr("&Temporary password:"), m_password, "password");
    addField(tr("Re&peat password:"), m_confirm, "repeat");
    m_name->setFocus();
}

AddUserDialog::~AddUserDialog() = default;

bool AddUserDialog::checkInput()
{
    if (m_name->text().trimmed().isEmpty()) {
        messages().showFor("name", tr("Enter a user name."));
        return false;
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        messages().showFor("display name", tr("Enter the person's full name."));
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        messages().showFor("repeat", tr("The two passwords are not the same."));
        return false;
    }
    return true;
}

std::optional<core::NewUserRequest> AddUserDialog::request() const
{
    if (m_name->text().trimmed().isEmpty() || m_password->text() != m_confirm->text())
        return std::nullopt;
    core::NewUserRequest request;
    request.name = toStdString(m_name->text().trimmed());
    request.displayName = toStdString(m_displayName->text());
    request.role = m_role->role();
    request.grants = m_role->grants();
    request.password = toStdString(m_password->text());
    return request;
}

} // namespace caseledger::ui
