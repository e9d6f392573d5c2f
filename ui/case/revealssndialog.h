#pragma once

#include "ui/common/requestdialog.h"

#include <optional>
#include <string>

class QLineEdit;

namespace caseledger::ui {

// SECURITY S13: the full SSN is shown only to a user with the reveal permission who gives a
// reason; PersonService::revealSsn checks the permission and audits the reason.
class RevealSsnDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit RevealSsnDialog(const QString& personName, QWidget* parent = nullptr);
    ~RevealSsnDialog() override;

    std::optional<std::string> request() const;

protected:
    bool checkInput() override;

private:
    QLineEdit* m_reason = nullptr;
};

} // namespace caseledger::ui
