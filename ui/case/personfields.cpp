#include "ui/case/personfields.h"

#include "core/cases/ssn.h"
#include "ui/common/datefield.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QCoreApplication>
#include <QLineEdit>

#include <cctype>

namespace caseledger::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caseledger::ui::PersonFields", text);
}

QLineEdit* makeEdit(QWidget* parent, const std::string& objectName, const QString& accessible)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(toQString(objectName));
    edit->setAccessibleName(accessible);
    return edit;
}

QString withoutMnemonic(const QString& title)
{
    return QString(title).remove(QLatin1Char('&'));
}

std::string camel(const std::string& part)
{
    std::string out;
    bool upper = false;
    for (const char c : part) {
        if (c == ' ') {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out;
}

} // namespace

PersonFields::PersonFields(
    QWidget* parent, const std::string& part, const QString& title, bool withSsn)
    : m_part(part)
    , m_title(title)
{
    const std::string base = camel(part);
    const QString plain = withoutMnemonic(title);
    m_name = makeEdit(parent, base + "NameEdit", tr("Name of the %1").arg(plain));
    m_name->setPlaceholderText(tr("Given names Family names, or Family, Given"));
    m_birth = makeEdit(parent, base + "BirthEdit", tr("Date of birth of the %1").arg(plain));
    m_birth->setPlaceholderText(DateField::placeholder());
    if (withSsn) {
        m_ssn = makeEdit(parent, base + "SsnEdit", tr("SSN of the %1").arg(plain));
        m_ssn->setPlaceholderText(tr("optional, nine digits"));
    }
}

void PersonFields::addTo(const AddField& add) const
{
    const QString plain = withoutMnemonic(m_title);
    add(tr("%1 name:").arg(m_title), m_name, m_part + " name");
    add(tr("%1 date of birth:").arg(plain), m_birth, m_part + " date of birth");
    if (m_ssn)
        add(tr("%1 SSN:").arg(plain), m_ssn, m_part + " ssn");
}

bool PersonFields::isEmpty() const
{
    return m_name->text().trimmed().isEmpty() && m_birth->text().trimmed().isEmpty()
        && (!m_ssn || m_ssn->text().trimmed().isEmpty());
}

bool PersonFields::check(FormMessages& messages, bool required) const
{
    if (!required && isEmpty())
        return true;
    try {
        (void)core::PersonName::parse(toStdString(m_name->text())).normalized(m_part + " name");
        if (m_ssn && !m_ssn->text().trimmed().isEmpty())
            (void)core::requireValidSsn(toStdString(m_ssn->text().trimmed()), m_part + " ssn");
    } catch (const core::Failure& failure) {
        messages.show(failure.error());
        return false;
    }
    const QString birth = m_birth->text().trimmed();
    if (!birth.isEmpty() && !parseDateText(birth)) {
        messages.showFor(m_part + " date of birth", DateField::formatMessage());
        return false;
    }
    return true;
}

std::optional<core::NewPersonRequest> PersonFields::request() const
{
    if (isEmpty())
        return std::nullopt;
    core::NewPersonRequest r;
    r.name = core::PersonName::parse(toStdString(m_name->text()));
    r.dateOfBirth = parseDateText(m_birth->text());
    if (m_ssn)
        r.ssn = toStdString(m_ssn->text().trimmed());
    return r;
}

std::string PersonFields::fieldFor(const std::string& coreField) const
{
    if (coreField == "name" || coreField.empty())
        return m_part + " name";
    return m_part + " " + coreField;
}

} // namespace caseledger::ui
