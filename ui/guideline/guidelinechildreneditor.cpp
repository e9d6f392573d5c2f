#include "ui/guideline/guidelinechildreneditor.h"

#include "ui/common/qtext.h"
#include "ui/guideline/guidelinefieldmessages.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

// Birth dates as a US worker types them (04/02/2016) or as ISO (2016-04-02).
std::optional<core::Date> parseBirthDate(const QString& text)
{
    for (const QString& format :
        {QStringLiteral("yyyy-MM-dd"), QStringLiteral("M/d/yyyy"), QStringLiteral("MM/dd/yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return core::Date::fromYmd(date.year(), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
    }
    return std::nullopt;
}

std::string childField(std::size_t row)
{
    return "children[" + std::to_string(row) + "].birth_date";
}

std::string timeshareField(int parent, std::size_t row)
{
    return "parents[" + std::to_string(parent) + "].timeshare_by_child_percent["
        + std::to_string(row) + "]";
}

} // namespace

GuidelineChildrenEditor::GuidelineChildrenEditor(QWidget* parent)
    : QGroupBox(tr("Children"), parent)
{
    setObjectName(QStringLiteral("childrenBox"));
    setAccessibleName(tr("Children"));
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("Add &child"), this);
    m_add->setObjectName(QStringLiteral("addChildButton"));
    m_add->setAccessibleName(tr("Add a child"));
    m_message = GuidelineFieldMessages::makeLabel(this, tr("Children"));
    auto* note = new QLabel(tr("Birth dates order the allocation per child, youngest first "
                               "(Fam. Code §4055(b)(8)). A time-share per child is needed only "
                               "when it differs between the children."),
        this);
    note->setAccessibleName(tr("About the children"));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_message);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addChild(QDate());
        m_rows.back().birthDate->setFocus(Qt::TabFocusReason);
    });
    addChild(QDate());
}

GuidelineChildrenEditor::~GuidelineChildrenEditor() = default;

GuidelineChildrenEditor::Row GuidelineChildrenEditor::makeRow()
{
    Row row {};
    row.widget = new QWidget(this);
    row.title = new QLabel(row.widget);
    row.birthDate = new QLineEdit(row.widget);
    row.birthDate->setPlaceholderText(tr("MM/DD/YYYY"));
    row.birthDate->setMaxLength(10);
    row.timeshare = makePercentEdit(row.widget, QString(), QString());
    row.remove = new QPushButton(tr("Remove"), row.widget);
    row.message = GuidelineFieldMessages::makeLabel(row.widget, QString());
    row.title->setBuddy(row.birthDate);
    auto* line = new QHBoxLayout;
    line->addWidget(row.title);
    line->addWidget(row.birthDate, 2);
    line->addWidget(row.timeshare, 2);
    line->addWidget(row.remove);
    auto* layout = new QVBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(row.message);
    connect(row.birthDate, &QLineEdit::textEdited, this, &GuidelineChildrenEditor::changed);
    connect(row.timeshare, &QLineEdit::textEdited, this, &GuidelineChildrenEditor::changed);
    QWidget* key = row.widget;
    connect(row.remove, &QPushButton::clicked, this, [this, key] {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].widget == key) {
                removeChild(static_cast<int>(i));
                return;
            }
    });
    return row;
}

void GuidelineChildrenEditor::addChild(const QDate& birthDate)
{
    if (count() >= kMaxChildren)
        return;
    Row row = makeRow();
    if (birthDate.isValid())
        row.birthDate->setText(birthDate.toString(QStringLiteral("MM/dd/yyyy")));
    m_rowsLayout->addWidget(row.widget);
    m_rows.push_back(row);
    renumber();
    Q_EMIT changed();
}

void GuidelineChildrenEditor::removeChild(int index)
{
    if (count() <= 1 || index < 0 || index >= count())
        return;
    const auto at = m_rows.begin() + index;
    const bool hadFocus = at->widget->isAncestorOf(focusWidget());
    // Later: the row's own Remove button may be the one whose click is being handled.
    m_rowsLayout->removeWidget(at->widget);
    at->widget->hide();
    at->widget->setParent(nullptr); // gone from the form (and findChild) at once
    at->widget->deleteLater();
    m_rows.erase(at);
    renumber();
    if (hadFocus)
        m_rows[static_cast<std::size_t>(std::min(index, count() - 1))].birthDate->setFocus();
    Q_EMIT changed();
}

void GuidelineChildrenEditor::clear()
{
    while (count() > 1)
        removeChild(count() - 1);
    m_rows.front().birthDate->clear();
    m_rows.front().timeshare->clear();
    Q_EMIT changed();
}

void GuidelineChildrenEditor::setBirthDates(const std::vector<QDate>& dates)
{
    while (count() > 1)
        removeChild(count() - 1);
    m_rows.front().birthDate->clear();
    m_rows.front().timeshare->clear();
    for (std::size_t i = 0; i < dates.size() && i < kMaxChildren; ++i) {
        if (i > 0)
            addChild(QDate());
        if (dates[i].isValid())
            m_rows[i].birthDate->setText(dates[i].toString(QStringLiteral("MM/dd/yyyy")));
    }
    Q_EMIT changed();
}

void GuidelineChildrenEditor::setFirstParentName(const QString& name)
{
    m_firstParentName = name;
    renumber();
}

void GuidelineChildrenEditor::renumber()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const QString n = QString::number(i + 1);
        row.widget->setObjectName(QStringLiteral("childRow%1").arg(n));
        row.widget->setAccessibleName(tr("Child %1").arg(n));
        row.title->setText(tr("Child %1:").arg(n));
        row.title->setAccessibleName(tr("Child %1").arg(n));
        row.birthDate->setObjectName(QStringLiteral("child%1BirthDateEdit").arg(n));
        row.birthDate->setAccessibleName(tr("Birth date of child %1").arg(n));
        row.timeshare->setObjectName(QStringLiteral("child%1TimeshareEdit").arg(n));
        row.timeshare->setAccessibleName(
            tr("Time-share percent of %1 with child %2 (optional)").arg(m_firstParentName, n));
        row.timeshare->setPlaceholderText(
            tr("%1's time-share % (optional)").arg(m_firstParentName));
        row.remove->setObjectName(QStringLiteral("removeChild%1Button").arg(n));
        row.remove->setAccessibleName(tr("Remove child %1").arg(n));
        row.remove->setEnabled(m_rows.size() > 1);
        row.message->setAccessibleName(tr("Message about child %1").arg(n));
    }
    m_add->setEnabled(count() < kMaxChildren);
    registerFields();
}

void GuidelineChildrenEditor::setMessages(GuidelineFieldMessages* messages)
{
    m_messages = messages;
    registerFields();
}

void GuidelineChildrenEditor::registerFields()
{
    if (!m_messages)
        return;
    m_messages->removeFieldsStartingWith("children");
    for (int p = 0; p < 2; ++p)
        m_messages->removeFieldsStartingWith(
            "parents[" + std::to_string(p) + "].timeshare_by_child_percent");
    m_messages->setField("children", m_message, [] { return tr("the list of children"); });
    for (int p = 0; p < 2; ++p)
        m_messages->setField("parents[" + std::to_string(p) + "].timeshare_by_child_percent",
            m_message, [] { return tr("the time-shares per child"); });
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QString n = QString::number(i + 1);
        m_messages->setField(childField(i), m_rows[i].message,
            [n] { return tr("the birth date of child %1").arg(n); });
        for (int p = 0; p < 2; ++p)
            m_messages->setField(timeshareField(p, i), m_rows[i].message,
                [n] { return tr("the time-share with child %1").arg(n); });
    }
}

GuidelineChildrenEditor::Reading GuidelineChildrenEditor::read(
    std::optional<core::Date> standIn, GuidelineInputProblems& problems) const
{
    Reading reading;
    GuidelineInputProblems missingShares;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const QString text = row.birthDate->text().trimmed();
        std::optional<core::Date> date = text.isEmpty() ? standIn : parseBirthDate(text);
        if (text.isEmpty() && !standIn)
            problems.push_back(
                {childField(i), tr("Enter the birth date of child %1.").arg(i + 1), true});
        else if (!date)
            problems.push_back({childField(i), tr("Enter the date as MM/DD/YYYY.")});
        reading.standInDates = reading.standInDates || text.isEmpty();
        reading.children.push_back({date.value_or(core::Date())});
        if (row.timeshare->text().trimmed().isEmpty()) {
            missingShares.push_back({timeshareField(0, i),
                tr("Enter the time-share with child %1, or leave every child's empty.").arg(i + 1),
                true});
            continue;
        }
        if (auto share = readPercent(row.timeshare, timeshareField(0, i), problems))
            reading.firstParentTimeshares.push_back(*share);
    }
    // Per-child time-shares are all or nothing.
    if (!reading.firstParentTimeshares.empty() || missingShares.size() < m_rows.size()) {
        problems.insert(problems.end(), missingShares.begin(), missingShares.end());
        if (missingShares.size() + reading.firstParentTimeshares.size() != m_rows.size())
            reading.firstParentTimeshares.clear();
    }
    return reading;
}

QLineEdit* GuidelineChildrenEditor::birthDateEdit(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).birthDate;
}

QLineEdit* GuidelineChildrenEditor::timeshareEdit(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).timeshare;
}

} // namespace caseledger::ui
