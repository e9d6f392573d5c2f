#pragma once

#include "ui/common/requestdialog.h"

#include <optional>
#include <string>

class QLineEdit;

namespace caseledger::ui {

// A temporary password for someone else: "reset" for an active account, "enable" for a
// disabled one (whose key slot was revoked, SECURITY S5).
struct SetPasswordRequest
{
    std::string userName;
    std::string password;
};

class SetPasswordDialog : public RequestDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Reset,
        Enable
    };
    SetPasswordDialog(Purpose purpose, const QString& userName, QWidget* parent = nullptr);
    ~SetPasswordDialog() override;

    std::optional<SetPasswordRequest> request() const;
    Purpose purpose() const { return m_purpose; }

protected:
    bool checkInput() override;

private:
    Purpose m_purpose;
    QString m_userName;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
};

} // namespace caseledger::ui
