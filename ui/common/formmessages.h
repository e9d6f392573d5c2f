#pragma once

#include "core/base/error.h"

#include <QLabel>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <map>
#include <string>

namespace caseledger::ui {

// Shows a validation message next to the field it is about (SECURITY S26): core names the
// field ("display name", "password"); a form registers which editor and label that is.
class FormMessages
{
public:
    // `general` shows messages that name no registered field.
    explicit FormMessages(QLabel* general);

    // Creates the hidden message label for `editor`; the caller puts it in its layout.
    QLabel* addField(const std::string& field, QWidget* editor);
    // Messages about `field` go where those about `existing` go ("password" -> "new password").
    void alias(const std::string& field, const std::string& existing);
    void show(const core::Error& error);
    void showFor(const std::string& field, const QString& message);
    void clear();
    bool hasMessage() const { return !text().isEmpty(); }
    // The message shown now, wherever it is.
    QString text() const;

private:
    struct Field
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
    };
    static void style(QLabel* label);

    QPointer<QLabel> m_general;
    std::map<std::string, Field> m_fields;
};

// A page's status line: `text`, in the messages' dark red when it says something went wrong.
void showStatusLine(QLabel* line, const QString& text, bool error);

} // namespace caseledger::ui
