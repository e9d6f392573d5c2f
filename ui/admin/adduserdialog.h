#pragma once

#include "core/services/userservice.h"
#include "ui/common/requestdialog.h"

#include <optional>

class QLineEdit;

namespace caseledger::ui {

class RoleEditor;

// A new user account with a temporary password, which the person must change at the first
// sign-in (SECURITY S6, S7).
class AddUserDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(QWidget* parent = nullptr);
    ~AddUserDialog() override;

    // The request the form describes, or nullopt while it is incomplete.
    std::optional<core::NewUserRequest> request() const;

protected:
    bool checkInput() override;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    RoleEditor* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
};

} // namespace caseledger::ui
