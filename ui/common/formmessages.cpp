#include "ui/common/formmessages.h"

#include "ui/common/errortext.h"

#include <QLineEdit>

namespace caseledger::ui {

FormMessages::FormMessages(QLabel* general)
    : m_general(general)
{
    style(general);
}

namespace {

// A dark red that reads on light and dark palettes alike; the text itself says what is wrong.
QString errorStyle()
{
    return QStringLiteral("color: #b3261e; font-weight: 600;");
}

} // namespace

void FormMessages::style(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(errorStyle());
    label->hide();
}

void showStatusLine(QLabel* line, const QString& text, bool error)
{
    line->setText(text);
    line->setStyleSheet(error ? errorStyle() : QString());
}

QLabel* FormMessages::addField(const std::string& field, QWidget* editor)
{
    auto* label = new QLabel(editor->parentWidget());
    label->setAccessibleName(
        QCoreApplication::translate("caseledger::ui::FormMessages", "Message about %1")
            .arg(editor->accessibleName()));
    style(label);
    m_fields[field] = Field {editor, label};
    return label;
}

void FormMessages::alias(const std::string& field, const std::string& existing)
{
    auto it = m_fields.find(existing);
    if (it != m_fields.end())
        m_fields[field] = it->second;
}

void FormMessages::show(const core::Error& error)
{
    showFor(error.field, ErrorText::forError(error));
}

void FormMessages::showFor(const std::string& field, const QString& message)
{
    clear();
    auto it = m_fields.find(field);
    QLabel* label
        = (it != m_fields.end() && it->second.label) ? it->second.label.data() : m_general.data();
    if (label) {
        label->setText(message);
        label->show();
    }
    if (it != m_fields.end() && it->second.editor) {
        it->second.editor->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(it->second.editor.data()))
            edit->selectAll();
    }
}

void FormMessages::clear()
{
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
    for (auto& [name, field] : m_fields) {
        if (field.label) {
            field.label->clear();
            field.label->hide();
        }
    }
}

QString FormMessages::text() const
{
    if (m_general && !m_general->text().isEmpty())
        return m_general->text();
    for (const auto& [name, field] : m_fields)
        if (field.label && !field.label->text().isEmpty())
            return field.label->text();
    return {};
}

} // namespace caseledger::ui
