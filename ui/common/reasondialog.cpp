#include "ui/common/reasondialog.h"

#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

ReasonDialog::ReasonDialog(const ReasonPrompt& prompt, QWidget* parent)
    : RequestDialog(prompt.title, prompt.okText, parent)
    , m_field(prompt.field)
    , m_missing(prompt.missing)
{
    setObjectName(prompt.objectName);
    setIntro(prompt.intro);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    QString accessible = prompt.label;
    accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    m_edit->setAccessibleName(accessible);
    m_edit->setPlaceholderText(prompt.placeholder);
    addField(prompt.label, m_edit, m_field);
    m_edit->setFocus();
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::setText(const QString& text)
{
    m_edit->setText(text);
}

bool ReasonDialog::checkInput()
{
    if (m_edit->text().trimmed().isEmpty()) {
        messages().showFor(m_field, m_missing);
        return false;
    }
    return true;
}

std::optional<std::string> ReasonDialog::request() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return toStdString(text);
}

} // namespace caseledger::ui
