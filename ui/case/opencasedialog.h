#pragma once

#include "core/services/caseservice.h"
#include "core/services/personservice.h"
#include "ui/common/requestdialog.h"

#include <memory>
#include <optional>

class QLineEdit;

namespace caseledger::ui {

class PersonFields;

// What the open-case form asks for: the custodial party, the noncustodial parent (when known)
// and the first child; more people are added from the case window.
struct OpenCaseForm
{
    core::NewPersonRequest custodialParty;
    std::optional<core::NewPersonRequest> noncustodialParent;
    core::NewPersonRequest child;
    std::optional<core::Date> applicationDate;
};

// Opening a case (issue 3, item 7; casework.md "Opening a case": a custodial party and a child
// at least). Messages appear beside the field they are about (ui/common/formmessages).
class OpenCaseDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit OpenCaseDialog(QWidget* parent = nullptr);
    ~OpenCaseDialog() override;

    std::optional<OpenCaseForm> request() const;
    // Adds the people and opens the case: one service call each, in the job that runs it.
    static core::Result<core::Case> run(
        core::Workspace& ws, const core::Session& session, const OpenCaseForm& form);

protected:
    bool checkInput() override;

private:
    std::unique_ptr<PersonFields> m_cp;
    std::unique_ptr<PersonFields> m_ncp;
    std::unique_ptr<PersonFields> m_child;
    QLineEdit* m_received = nullptr;
};

} // namespace caseledger::ui
