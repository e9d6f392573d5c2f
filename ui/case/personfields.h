#pragma once

#include "core/services/personservice.h"
#include "ui/common/datefield.h"

#include <QString>

#include <functional>
#include <optional>
#include <string>

class QLineEdit;
class QWidget;

namespace caseledger::ui {

class FormMessages;

// The inputs of one person in a form (name, date of birth, SSN), for the forms that open a case
// and add a person. Each field has a core field name with the person's part as prefix
// ("child name", "child date of birth") so that a message lands beside the right field, and
// check() applies the core's own rules (PersonName::normalized, requireValidSsn) before any
// service call, so a case is never half-made from a form with a mistake in it.
class PersonFields
{
public:
    using AddField
        = std::function<void(const QString& label, QWidget* editor, const std::string& field)>;

    // `part`: "custodial party", "child" ...; `title`: how the form names them, with the
    // mnemonic of the name field ("&Child"): each person of a form has a letter of its own.
    PersonFields(QWidget* parent, const std::string& part, const QString& title, bool withSsn);

    // Adds the rows through `add` (a RequestDialog's addField).
    void addTo(const AddField& add) const;
    bool isEmpty() const;
    // Says what is wrong beside the field and returns false, or returns true.
    bool check(FormMessages& messages, bool required) const;
    std::optional<core::NewPersonRequest> request() const;
    // A core error about this person ("name", "ssn") as a field of this form.
    std::string fieldFor(const std::string& coreField) const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* birthEdit() const { return m_birth; }
    QLineEdit* ssnEdit() const { return m_ssn; }

private:
    std::string m_part;
    QString m_title; // with its mnemonic
    QLineEdit* m_name = nullptr;
    QLineEdit* m_birth = nullptr;
    QLineEdit* m_ssn = nullptr;
};

} // namespace caseledger::ui
