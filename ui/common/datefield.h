#pragma once

#include "core/base/date.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QLineEdit;
class QWidget;

namespace caseledger::ui {

// A date in a form, typed as "2019-01-15" (ISO 8601) and read strictly: the one way the
// program's forms ask for a date.
class DateField
{
    Q_DECLARE_TR_FUNCTIONS(caseledger::ui::DateField)

public:
    // A line edit for a date, showing `value` when there is one.
    static QLineEdit* make(QWidget* parent, const QString& objectName,
        const QString& accessibleName, std::optional<core::Date> value = std::nullopt);
    // What an empty date field shows: the form of the date.
    static QString placeholder();
    // What to say beside a field that holds no such date.
    static QString formatMessage();
};

// "2019-01-15" typed strictly, or nullopt.
std::optional<core::Date> parseDateText(const QString& text);

} // namespace caseledger::ui
