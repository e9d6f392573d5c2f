#include "ui/common/datefield.h"

#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

QLineEdit* DateField::make(QWidget* parent, const QString& objectName,
    const QString& accessibleName, std::optional<core::Date> value)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder());
    if (value)
        edit->setText(toQString(value->toIso()));
    return edit;
}

QString DateField::placeholder()
{
    return tr("YYYY-MM-DD");
}

QString DateField::formatMessage()
{
    return tr("Enter the date as YYYY-MM-DD.");
}

std::optional<core::Date> parseDateText(const QString& text)
{
    return core::Date::parseIso(toStdString(text.trimmed()));
}

} // namespace caseledger::ui
