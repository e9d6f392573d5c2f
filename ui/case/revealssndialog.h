#pragma once

#include "ui/common/reasondialog.h"

namespace caseledger::ui {

// SECURITY S13: the full SSN is shown only to a user with the reveal permission who gives a
// reason; PersonService::revealSsn checks the permission and audits the reason.
class RevealSsnDialog : public ReasonDialog
{
    Q_OBJECT

public:
    explicit RevealSsnDialog(const QString& personName, QWidget* parent = nullptr);
    ~RevealSsnDialog() override;
};

} // namespace caseledger::ui
