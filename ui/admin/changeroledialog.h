#pragma once

#include "core/access/user.h"
#include "ui/common/requestdialog.h"

#include <optional>
#include <string>

namespace caseledger::ui {

class RoleEditor;

struct RoleChangeRequest
{
    std::string userName;
    core::Role role = core::Role::Caseworker;
    core::Grants grants = 0;
};

// A user's role and grants (SECURITY S6); the change is audited as a permission change (S9).
class ChangeRoleDialog : public RequestDialog
{
    Q_OBJECT

public:
    ChangeRoleDialog(const core::User& user, QWidget* parent = nullptr);
    ~ChangeRoleDialog() override;

    std::optional<RoleChangeRequest> request() const;

private:
    std::string m_userName;
    RoleEditor* m_role = nullptr;
};

} // namespace caseledger::ui
