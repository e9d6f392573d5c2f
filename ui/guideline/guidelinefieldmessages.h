#pragma once

#include "core/base/error.h"

#include <QLabel>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <string>

namespace caseledger::ui {

// Messages beside the fields of the guideline calculator (SECURITY S26), keyed by the names
// the core gives its fields ("parents[1].timeshare_percent"). Unlike FormMessages it shows
// several messages at once and never moves the focus: the calculator checks while the user
// types, and the cursor has to stay where they are typing.
class GuidelineFieldMessages
{
public:
    using NameFn = std::function<QString()>; // "the time-share of Maria", read when shown

    explicit GuidelineFieldMessages(QLabel* general);

    // A hidden message label styled like FormMessages'; the caller puts it under its field.
    static QLabel* makeLabel(QWidget* parent, const QString& aboutName);

    void setField(const std::string& field, QLabel* label, NameFn name);
    void removeFieldsStartingWith(const std::string& prefix);

    // Adds `message` beside `field`, or to the general line when no such field is registered.
    void show(const std::string& field, const QString& message);
    // A core error: the field names in its message become what the user sees on screen.
    void show(const core::Error& error);
    void clear();

    QString textFor(const std::string& field) const;
    QString generalText() const;
    bool hasMessage() const;
    // "parents[1].timeshare_percent must be ..." -> "the time-share of B must be ...".
    std::string humanize(const std::string& message) const;

private:
    struct Field
    {
        QPointer<QLabel> label;
        NameFn name;
    };
    static void append(QLabel* label, const QString& message);

    QPointer<QLabel> m_general;
    std::map<std::string, Field> m_fields;
};

} // namespace caseledger::ui
