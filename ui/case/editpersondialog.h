#pragma once

#include "core/services/personprofile.h"
#include "core/services/personservice.h"
#include "ui/common/requestdialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace caseledger::ui {

struct EditPersonForm
{
    core::Uuid personId;
    core::PersonEdit edit; // with the new address or phone, if any: one transaction
};

// Corrects a person's record (issue 3, item 1): the name in its parts, date of birth, SSN
// (write-only: the form sees only the masked value, S13), sex, email, language, date of death;
// and records a new address or phone when the person moved or changed numbers. The old
// address stays on file with its dates.
class EditPersonDialog : public RequestDialog
{
    Q_OBJECT

public:
    EditPersonDialog(
        const core::PersonProfile& person, core::Date today, QWidget* parent = nullptr);
    ~EditPersonDialog() override;

    std::optional<EditPersonForm> request() const;
    // One audited service call: the record, the new address and phone, all or nothing.
    static core::Result<core::PersonProfile> run(
        core::Workspace& ws, const core::Session& session, const EditPersonForm& form);

protected:
    bool checkInput() override;

private:
    void addRecordFields(const core::PersonProfile& person);
    void addContactFields(core::Date today);
    core::PersonName name() const;
    bool anyAddress() const;

    core::Uuid m_personId;
    bool m_emailWithheld = false; // S14: a protected person's e-mail is not shown, so kept
    QLineEdit* m_given = nullptr;
    QLineEdit* m_middle = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_suffix = nullptr;
    QLineEdit* m_birth = nullptr;
    QLineEdit* m_ssn = nullptr;
    QCheckBox* m_removeSsn = nullptr;
    QCheckBox* m_ssnVerified = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_language = nullptr;
    QLineEdit* m_deceased = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_zip = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace caseledger::ui
