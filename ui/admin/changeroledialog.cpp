#include "ui/admin/changeroledialog.h"

#include "ui/admin/roleeditor.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QComboBox>

namespace caseledger::ui {

ChangeRoleDialog::ChangeRoleDialog(const core::User& user, QWidget* parent)
    : RequestDialog(
        tr("Change the role of %1").arg(toQString(user.name)), tr("&Change role"), parent)
    , m_userName(user.name)
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    setIntro(tr("What %1 may do from the next action on.").arg(toQString(user.displayName)));
    m_role = new RoleEditor(this);
    m_role->setRole(user.role);
    m_role->setGrants(user.grants);
    addField(tr("&Role:"), m_role, "role");
    messages().alias("name", "role"); // "the last administrator cannot be demoted" names the user
    m_role->roleBox()->setFocus();
}

ChangeRoleDialog::~ChangeRoleDialog() = default;

std::optional<RoleChangeRequest> ChangeRoleDialog::request() const
{
    return RoleChangeRequest {m_userName, m_role->role(), m_role->grants()};
}

} // namespace caseledger::ui
