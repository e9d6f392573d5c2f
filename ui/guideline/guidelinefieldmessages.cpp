#include "ui/guideline/guidelinefieldmessages.h"

#include "ui/common/errortext.h"
#include "ui/common/qtext.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace caseledger::ui {

GuidelineFieldMessages::GuidelineFieldMessages(QLabel* general)
    : m_general(general)
{ }

QLabel* GuidelineFieldMessages::makeLabel(QWidget* parent, const QString& aboutName)
{
    auto* label = new QLabel(parent);
    label->setAccessibleName(
        QCoreApplication::translate("caseledger::ui::FormMessages", "Message about %1")
            .arg(aboutName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // The colour of FormMessages; the words themselves say what is wrong.
    label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    label->hide();
    return label;
}

void GuidelineFieldMessages::setField(const std::string& field, QLabel* label, NameFn name)
{
    m_fields[field] = Field {label, std::move(name)};
}

void GuidelineFieldMessages::removeFieldsStartingWith(const std::string& prefix)
{
    std::erase_if(m_fields, [&](const auto& item) { return item.first.starts_with(prefix); });
}

void GuidelineFieldMessages::append(QLabel* label, const QString& message)
{
    if (!label)
        return;
    const QString before = label->text();
    if (before.split(QLatin1Char('\n')).contains(message))
        return;
    label->setText(before.isEmpty() ? message : before + QLatin1Char('\n') + message);
    label->show();
}

void GuidelineFieldMessages::show(const std::string& field, const QString& message)
{
    const auto it = m_fields.find(field);
    append(it != m_fields.end() && it->second.label ? it->second.label.data() : m_general.data(),
        message);
}

void GuidelineFieldMessages::show(const core::Error& error)
{
    if (error.code != core::ErrorCode::Validation) {
        show(error.field, ErrorText::forError(error));
        return;
    }
    show(error.field, ErrorText::sentence(humanize(error.message)));
}

void GuidelineFieldMessages::clear()
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

QString GuidelineFieldMessages::textFor(const std::string& field) const
{
    const auto it = m_fields.find(field);
    return it != m_fields.end() && it->second.label ? it->second.label->text() : QString();
}

QString GuidelineFieldMessages::generalText() const
{
    return m_general ? m_general->text() : QString();
}

bool GuidelineFieldMessages::hasMessage() const
{
    if (!generalText().isEmpty())
        return true;
    return std::any_of(m_fields.begin(), m_fields.end(),
        [](const auto& item) { return item.second.label && !item.second.label->text().isEmpty(); });
}

std::string GuidelineFieldMessages::humanize(const std::string& message) const
{
    // Longest names first, so that "parents[0].deductions_cents.fica" is not taken for
    // "parents[0].deductions_cents" followed by ".fica".
    std::vector<const std::pair<const std::string, Field>*> fields;
    for (const auto& item : m_fields)
        fields.push_back(&item);
    std::sort(fields.begin(), fields.end(),
        [](const auto* a, const auto* b) { return a->first.size() > b->first.size(); });
    std::string text = message;
    for (const auto* item : fields) {
        if (!item->second.name)
            continue;
        const std::string name = toStdString(item->second.name());
        for (std::size_t at = text.find(item->first); at != std::string::npos;
             at = text.find(item->first, at + name.size()))
            text.replace(at, item->first.size(), name);
    }
    return text;
}

} // namespace caseledger::ui
