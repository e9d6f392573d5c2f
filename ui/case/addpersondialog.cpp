#include "ui/case/addpersondialog.h"

#include "ui/case/personfields.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QComboBox>
#include <QLineEdit>

namespace caseledger::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

AddPersonDialog::AddPersonDialog(QWidget* parent)
    : RequestDialog(tr("Add a person to the case"), tr("&Add person"), parent)
{
    setObjectName(QStringLiteral("addPersonDialog"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role in the case"));
    for (const auto& entry : core::EnumCodes<core::ParticipantRole>::table)
        m_role->addItem(toQString(entry.label), static_cast<int>(entry.value));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(core::ParticipantRole::Child)));
    addField(tr("R&ole:"), m_role, "role");
    m_person = std::make_unique<PersonFields>(this, "person", tr("&Person"), true);
    m_person->addTo([this](const QString& label, QWidget* editor, const std::string& field) {
        addField(label, editor, field);
    });
    m_street = lineEdit(this, QStringLiteral("streetEdit"), tr("Street address"));
    m_city = lineEdit(this, QStringLiteral("cityEdit"), tr("City"));
    m_zip = lineEdit(this, QStringLiteral("zipEdit"), tr("ZIP code"));
    m_phone = lineEdit(this, QStringLiteral("phoneEdit"), tr("Phone"));
    addField(tr("S&treet address:"), m_street, "line1");
    addField(tr("C&ity:"), m_city, "city");
    addField(tr("&ZIP code:"), m_zip, "zip");
    addField(tr("P&hone:"), m_phone, "phone");
    messages().alias("person zip", "zip");
    messages().alias("person phone", "phone");
    messages().alias("person line1", "line1");
    messages().alias("person city", "city");
    m_person->nameEdit()->setFocus();
}

AddPersonDialog::~AddPersonDialog() = default;

bool AddPersonDialog::checkInput()
{
    if (!m_person->check(messages(), true))
        return false;
    const bool anyAddress = !m_street->text().trimmed().isEmpty()
        || !m_city->text().trimmed().isEmpty() || !m_zip->text().trimmed().isEmpty();
    if (anyAddress && m_street->text().trimmed().isEmpty()) {
        messages().showFor("line1", tr("Enter the street address, or leave the address empty."));
        return false;
    }
    if (!m_phone->text().trimmed().isEmpty()
        && !core::normalizePhone(toStdString(m_phone->text()))) {
        messages().showFor("phone", tr("Enter a ten-digit number such as (213) 555-0143."));
        return false;
    }
    return true;
}

std::optional<AddPersonForm> AddPersonDialog::request() const
{
    auto person = m_person->request();
    if (!person)
        return std::nullopt;
    AddPersonForm form;
    form.person = *person;
    form.role = static_cast<core::ParticipantRole>(m_role->currentData().toInt());
    if (!m_street->text().trimmed().isEmpty()) {
        core::Address a;
        a.line1 = toStdString(m_street->text().trimmed());
        a.city = toStdString(m_city->text().trimmed());
        a.zip = toStdString(m_zip->text().trimmed());
        form.person.addresses.push_back(a);
    }
    if (!m_phone->text().trimmed().isEmpty()) {
        core::Phone p;
        p.number = toStdString(m_phone->text().trimmed());
        form.person.phones.push_back(p);
    }
    return form;
}

core::Result<core::Participant> AddPersonDialog::run(core::Workspace& ws,
    const core::Session& session, const std::string& caseNumber, const AddPersonForm& form)
{
    auto added = core::PersonService(ws).add(session, form.person);
    if (!added) {
        core::Error e = added.error();
        if (e.code == core::ErrorCode::Validation)
            e.field = "person " + (e.field.empty() ? std::string("name") : e.field);
        return e;
    }
    core::NewParticipant p;
    p.personId = added->id;
    p.role = form.role;
    return core::CaseService(ws).addParticipant(session, caseNumber, p);
}

} // namespace caseledger::ui
