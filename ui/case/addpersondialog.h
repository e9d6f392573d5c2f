#pragma once

#include "core/services/caseservice.h"
#include "core/services/personservice.h"
#include "ui/common/requestdialog.h"

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;

namespace caseledger::ui {

class PersonFields;

struct AddPersonForm
{
    core::NewPersonRequest person;
    core::ParticipantRole role = core::ParticipantRole::Child;
};

// Adds a person to a case in a role (issue 3, item 7): name, date of birth, SSN, and a current
// address and phone when known.
class AddPersonDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit AddPersonDialog(QWidget* parent = nullptr);
    ~AddPersonDialog() override;

    std::optional<AddPersonForm> request() const;
    // Adds the person, then the participant: two service calls in the job that runs it.
    static core::Result<core::Participant> run(core::Workspace& ws, const core::Session& session,
        const std::string& caseNumber, const AddPersonForm& form);

protected:
    bool checkInput() override;

private:
    QComboBox* m_role = nullptr;
    std::unique_ptr<PersonFields> m_person;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_zip = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace caseledger::ui
