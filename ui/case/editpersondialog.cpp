#include "ui/case/editpersondialog.h"

#include "core/cases/ssn.h"
#include "ui/case/personfields.h"
#include "ui/common/datefield.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace caseledger::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
    const std::string& value = {})
{
    auto* edit = new QLineEdit(toQString(value), parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString isoText(const std::optional<core::Date>& date)
{
    return date ? toQString(date->toIso()) : QString();
}

std::string trimmed(const QLineEdit* edit)
{
    return toStdString(edit->text().trimmed());
}

} // namespace

EditPersonDialog::EditPersonDialog(
    const core::PersonProfile& person, core::Date today, QWidget* parent)
    : RequestDialog(tr("Edit %1").arg(toQString(person.displayName)), tr("&Save"), parent)
    , m_personId(person.id)
{
    setObjectName(QStringLiteral("editPersonDialog"));
    setMinimumWidth(520);
    setIntro(tr("Correct the record, or enter a new address or phone. Every change is kept in "
                "the case history with your name."));
    addRecordFields(person);
    addContactFields(today);
    m_given->setFocus();
}

EditPersonDialog::~EditPersonDialog() = default;

void EditPersonDialog::addRecordFields(const core::PersonProfile& person)
{
    m_given = lineEdit(this, QStringLiteral("givenEdit"), tr("Given names"), person.name.given);
    m_middle = lineEdit(this, QStringLiteral("middleEdit"), tr("Middle name"), person.name.middle);
    m_family = lineEdit(this, QStringLiteral("familyEdit"), tr("Family names"), person.name.family);
    m_suffix = lineEdit(this, QStringLiteral("suffixEdit"), tr("Suffix"), person.name.suffix);
    m_birth = lineEdit(this, QStringLiteral("birthEdit"), tr("Date of birth"));
    m_birth->setText(isoText(person.dateOfBirth));
    m_birth->setPlaceholderText(DateField::placeholder());
    // S13: the form never holds the SSN on file; typing a new one replaces it.
    m_ssn = lineEdit(this, QStringLiteral("ssnEdit"), tr("New SSN"));
    m_ssn->setPlaceholderText(person.ssnMasked.empty()
            ? tr("none on file; nine digits")
            : tr("on file: %1; type a new one to replace it").arg(toQString(person.ssnMasked)));
    m_removeSsn = new QCheckBox(tr("&Remove the SSN on file"), this);
    m_removeSsn->setObjectName(QStringLiteral("removeSsnCheck"));
    m_removeSsn->setEnabled(!person.ssnMasked.empty());
    m_ssnVerified = new QCheckBox(tr("SSN &verified"), this);
    m_ssnVerified->setObjectName(QStringLiteral("ssnVerifiedCheck"));
    m_ssnVerified->setChecked(person.ssnVerified);
    // A new or removed SSN is not verified until the person says so again.
    connect(
        m_ssn, &QLineEdit::textEdited, m_ssnVerified, [this] { m_ssnVerified->setChecked(false); });
    connect(m_removeSsn, &QCheckBox::toggled, m_ssnVerified, [this](bool remove) {
        if (remove)
            m_ssnVerified->setChecked(false);
    });
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("Not recorded"), -1);
    m_sex->addItem(tr("Female"), static_cast<int>(core::Sex::Female));
    m_sex->addItem(tr("Male"), static_cast<int>(core::Sex::Male));
    m_sex->addItem(tr("Nonbinary (X)"), static_cast<int>(core::Sex::X));
    m_sex->setCurrentIndex(m_sex->findData(person.sex ? static_cast<int>(*person.sex) : -1));
    m_email = lineEdit(this, QStringLiteral("emailEdit"), tr("Email"), person.email);
    m_emailWithheld = person.whereaboutsWithheld;
    if (m_emailWithheld) {
        m_email->setEnabled(false);
        m_email->setPlaceholderText(tr("withheld: family violence protection; kept as it is"));
    }
    m_language = lineEdit(
        this, QStringLiteral("languageEdit"), tr("Preferred language"), person.preferredLanguage);
    m_language->setPlaceholderText(tr("two-letter code such as es"));
    m_deceased = lineEdit(this, QStringLiteral("deceasedEdit"), tr("Date of death"));
    m_deceased->setText(isoText(person.deceasedOn));
    m_deceased->setPlaceholderText(tr("YYYY-MM-DD, only if the person died"));

    addField(tr("&Given names:"), m_given, "name (given)");
    addField(tr("&Middle name:"), m_middle, "name (middle)");
    addField(tr("&Family names:"), m_family, "name (family)");
    messages().alias("name", "name (family)"); // "a family name is required"
    addField(tr("S&uffix:"), m_suffix, "name (suffix)");
    addField(tr("&Date of birth:"), m_birth, "date of birth");
    addField(tr("New SS&N:"), m_ssn, "ssn");
    addRow(m_removeSsn);
    addRow(m_ssnVerified);
    addField(tr("Se&x:"), m_sex, "sex");
    addField(tr("&Email:"), m_email, "email");
    addField(tr("&Language:"), m_language, "preferred language");
    addField(tr("Date of dea&th:"), m_deceased, "deceased on");
}

void EditPersonDialog::addContactFields(core::Date today)
{
    m_street = lineEdit(this, QStringLiteral("streetEdit"), tr("New street address"));
    m_street->setPlaceholderText(tr("only when the person moved"));
    m_city = lineEdit(this, QStringLiteral("cityEdit"), tr("City of the new address"));
    m_zip = lineEdit(this, QStringLiteral("zipEdit"), tr("ZIP code of the new address"));
    m_from = lineEdit(this, QStringLiteral("fromEdit"), tr("New address since"));
    m_from->setText(toQString(today.toIso()));
    m_phone = lineEdit(this, QStringLiteral("phoneEdit"), tr("New phone"));
    addField(tr("Ne&w street address:"), m_street, "address line 1");
    addField(tr("C&ity:"), m_city, "city");
    addField(tr("&ZIP code:"), m_zip, "zip");
    addField(tr("Lives there sin&ce:"), m_from, "from");
    addField(tr("New &phone:"), m_phone, "phone");
}

core::PersonName EditPersonDialog::name() const
{
    return {trimmed(m_given), trimmed(m_middle), trimmed(m_family), trimmed(m_suffix)};
}

bool EditPersonDialog::anyAddress() const
{
    return !m_street->text().trimmed().isEmpty() || !m_city->text().trimmed().isEmpty()
        || !m_zip->text().trimmed().isEmpty();
}

bool EditPersonDialog::checkInput()
{
    // The core's own rules first, so that nothing is saved from a form with a mistake in it.
    try {
        (void)name().normalized();
        if (!m_ssn->text().trimmed().isEmpty())
            (void)core::requireValidSsn(trimmed(m_ssn), "ssn");
    } catch (const core::Failure& failure) {
        messages().show(failure.error());
        return false;
    }
    const auto badDate = [this](QLineEdit* edit, const std::string& field) {
        if (edit->text().trimmed().isEmpty() || parseDateText(edit->text()))
            return false;
        messages().showFor(field, DateField::formatMessage());
        return true;
    };
    if (badDate(m_birth, "date of birth") || badDate(m_deceased, "deceased on"))
        return false;
    if (anyAddress() && m_street->text().trimmed().isEmpty()) {
        messages().showFor(
            "address line 1", tr("Enter the street address, or leave the address empty."));
        return false;
    }
    if (anyAddress() && !parseDateText(m_from->text())) {
        messages().showFor("from", tr("Enter the date the person moved in as YYYY-MM-DD."));
        return false;
    }
    if (!m_phone->text().trimmed().isEmpty() && !core::normalizePhone(trimmed(m_phone))) {
        messages().showFor("phone", tr("Enter a ten-digit number such as (213) 555-0143."));
        return false;
    }
    return true;
}

std::optional<EditPersonForm> EditPersonDialog::request() const
{
    EditPersonForm form;
    form.personId = m_personId;
    auto& e = form.edit;
    e.name = name();
    e.dateOfBirth = parseDateText(m_birth->text());
    if (m_removeSsn->isChecked())
        e.newSsn = std::string();
    else if (!m_ssn->text().trimmed().isEmpty())
        e.newSsn = trimmed(m_ssn);
    e.ssnVerified = m_ssnVerified->isChecked();
    if (const int sex = m_sex->currentData().toInt(); sex >= 0)
        e.sex = static_cast<core::Sex>(sex);
    if (!m_emailWithheld)
        e.email = trimmed(m_email);
    e.preferredLanguage = trimmed(m_language);
    e.deceasedOn = parseDateText(m_deceased->text());
    if (anyAddress()) {
        core::Address a;
        a.line1 = trimmed(m_street);
        a.city = trimmed(m_city);
        a.zip = trimmed(m_zip);
        a.from = parseDateText(m_from->text()).value_or(core::Date());
        e.newAddress = a;
    }
    if (!m_phone->text().trimmed().isEmpty())
        e.newPhone = trimmed(m_phone);
    return form;
}

core::Result<core::PersonProfile> EditPersonDialog::run(
    core::Workspace& ws, const core::Session& session, const EditPersonForm& form)
{
    return core::PersonService(ws).update(session, form.personId, form.edit);
}

} // namespace caseledger::ui
