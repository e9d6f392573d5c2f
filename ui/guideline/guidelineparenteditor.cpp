#include "ui/guideline/guidelineparenteditor.h"

#include "ui/common/qtext.h"
#include "ui/guideline/guidelinefieldmessages.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caseledger::ui {

GuidelineParentEditor::GuidelineParentEditor(int index, QWidget* parent)
    : QGroupBox(parent)
    , m_index(index)
{
    const QString l = letter();
    setObjectName(QStringLiteral("parent%1Box").arg(l));
    setAccessibleName(tr("Parent %1").arg(l));
    setTitle(tr("Parent %1").arg(l));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("parent%1NameEdit").arg(l));
    m_name->setAccessibleName(tr("Parent %1 name").arg(l));
    m_name->setPlaceholderText(tr("Parent %1").arg(l));
    m_name->setMaxLength(64); // the core's limit for a parent's id
    m_net = makeMoneyEdit(this, QStringLiteral("parent%1NetEdit").arg(l),
        tr("Parent %1 net monthly disposable income").arg(l));
    m_grossCheck = new QCheckBox(tr("&Enter gross income and §4059 deductions instead"), this);
    m_grossCheck->setObjectName(QStringLiteral("parent%1GrossCheck").arg(l));
    m_grossCheck->setAccessibleName(tr("Parent %1: enter gross income and deductions").arg(l));
    m_timeshare = makePercentEdit(this, QStringLiteral("parent%1TimeshareEdit").arg(l),
        tr("Parent %1 time-share percent").arg(l));
    m_timeshare->setToolTip(tr("This parent's percentage of time with primary physical "
                               "responsibility for the children (Fam. Code §4055(b)(1)(D)). "
                               "Leave one parent's empty to use the rest of 100."));

    auto* form = new QFormLayout;
    addRow(form, tr("&Name:"), m_name, "id",
        [this] { return tr("the name of parent %1").arg(letter()); });
    addRow(form, tr("Net &monthly income:"), m_net, "net_monthly_cents",
        [this] { return tr("the net monthly income of %1").arg(displayName()); });
    form->addRow(m_grossCheck);
    createDeductions();
    form->addRow(m_grossSection);
    addRow(form, tr("&Time-share %:"), m_timeshare, "timeshare_percent",
        [this] { return tr("the time-share of %1").arg(displayName()); });
    setLayout(form);

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &GuidelineParentEditor::changed);
    connect(m_name, &QLineEdit::textChanged, this,
        [this] { setTitle(tr("Parent %1: %2").arg(letter(), displayName())); });
    connect(m_grossCheck, &QCheckBox::toggled, this, &GuidelineParentEditor::grossToggled);
    grossToggled(false);
}

QString GuidelineParentEditor::letter() const
{
    return m_index == 0 ? QStringLiteral("A") : QStringLiteral("B");
}

QString GuidelineParentEditor::displayName() const
{
    const QString typed = m_name->text().trimmed().normalized(QString::NormalizationForm_C);
    return typed.isEmpty() ? tr("Parent %1").arg(letter()) : typed;
}

bool GuidelineParentEditor::usesGross() const
{
    return m_grossCheck->isChecked();
}

std::string GuidelineParentEditor::field(std::string_view name) const
{
    return "parents[" + std::to_string(m_index) + "]." + std::string(name);
}

QLabel* GuidelineParentEditor::addRow(QFormLayout* form, const QString& label, QWidget* editor,
    const std::string& key, std::function<QString()> what)
{
    auto* buddy = new QLabel(label, form->parentWidget() ? form->parentWidget() : this);
    buddy->setBuddy(editor);
    form->addRow(buddy, editor);
    QLabel* message = GuidelineFieldMessages::makeLabel(this, editor->accessibleName());
    form->addRow(message);
    m_rows.push_back({key, message, std::move(what)});
    return message;
}

void GuidelineParentEditor::createDeductions()
{
    const QString l = letter();
    m_grossSection = new QWidget(this);
    m_grossSection->setObjectName(QStringLiteral("parent%1GrossSection").arg(l));
    m_grossSection->setAccessibleName(tr("Parent %1 gross income and deductions").arg(l));
    auto* form = new QFormLayout(m_grossSection);
    form->setContentsMargins(16, 0, 0, 0);
    m_gross = makeMoneyEdit(m_grossSection, QStringLiteral("parent%1GrossEdit").arg(l),
        tr("Parent %1 gross monthly income").arg(l));
    m_grossMessage
        = addRow(form, tr("G&ross monthly income (§4058):"), m_gross, "gross_monthly_cents",
            [this] { return tr("the gross monthly income of %1").arg(displayName()); });
    for (std::size_t i = 0; i < m_deductions.size(); ++i) {
        const auto& d = core::kDeductionFields[i];
        m_deductions[i] = makeMoneyEdit(m_grossSection,
            QStringLiteral("parent%1Deduction_%2").arg(l, toQString(d.key)),
            tr("Parent %1 deduction: %2").arg(l, deductionLabel(i)));
        addRow(form, tr("less %1:").arg(deductionLabel(i)), m_deductions[i],
            "deductions_cents." + std::string(d.key), [this, i] {
                return tr("the deduction \"%1\" of %2").arg(deductionLabel(i), displayName());
            });
    }
}

void GuidelineParentEditor::grossToggled(bool on)
{
    m_grossSection->setVisible(on);
    m_net->setReadOnly(on);
    m_net->setToolTip(
        on ? tr("Calculated: gross income less the deductions (Fam. Code §4059)") : QString());
    if (!on)
        m_net->setPlaceholderText(tr("0.00"));
    Q_EMIT changed();
}

std::optional<core::GuidelineParent> GuidelineParentEditor::read(
    GuidelineInputProblems& problems) const
{
    const std::size_t before = problems.size();
    core::GuidelineParent p;
    p.id = toStdString(displayName());
    if (!usesGross()) {
        p.netMonthly = readMoney(m_net, field("net_monthly_cents"), problems);
        if (!p.netMonthly && problems.size() == before)
            problems.push_back({field("net_monthly_cents"),
                tr("Enter the net monthly income of %1.").arg(displayName()), true});
    } else {
        const auto gross = readMoney(m_gross, field("gross_monthly_cents"), problems);
        if (!gross && problems.size() == before)
            problems.push_back({field("gross_monthly_cents"),
                tr("Enter the gross monthly income of %1.").arg(displayName()), true});
        core::GrossIncome income;
        income.grossMonthly = gross.value_or(core::Money());
        for (std::size_t i = 0; i < m_deductions.size(); ++i) {
            const auto& d = core::kDeductionFields[i];
            const auto amount = readMoney(
                m_deductions[i], field("deductions_cents." + std::string(d.key)), problems);
            income.deductions.*d.member = amount.value_or(core::Money());
        }
        p.gross = income;
    }
    p.timesharePercent = timeshare(problems);
    if (problems.size() != before)
        return std::nullopt;
    return p;
}

std::optional<core::Rational> GuidelineParentEditor::timeshare(
    GuidelineInputProblems& problems) const
{
    return readPercent(m_timeshare, field("timeshare_percent"), problems);
}

bool GuidelineParentEditor::timeshareBlank() const
{
    QString text = m_timeshare->text().trimmed();
    return text.isEmpty() || text == QLatin1String("%");
}

void GuidelineParentEditor::setTimeshareHint(const QString& hint)
{
    m_timeshare->setPlaceholderText(hint);
}

void GuidelineParentEditor::showNet(std::optional<core::Money> net)
{
    if (!usesGross())
        return;
    m_net->setText(net ? toQString(net->toString()) : QString());
}

void GuidelineParentEditor::registerFields(GuidelineFieldMessages& messages)
{
    for (const Row& row : m_rows)
        messages.setField(field(row.key), row.message, row.what);
    // "The deductions add up to more than the gross income": said under the gross income.
    messages.setField(field("deductions_cents"), m_grossMessage,
        [this] { return tr("the deductions of %1").arg(displayName()); });
}

void GuidelineParentEditor::prefill(const GuidelinePrefill::Parent& parent)
{
    clear();
    m_name->setText(parent.name);
    if (parent.netMonthly) {
        m_net->setText(toQString(parent.netMonthly->toString()));
    } else if (parent.grossMonthly) {
        m_grossCheck->setChecked(true);
        m_gross->setText(toQString(parent.grossMonthly->toString()));
    }
}

void GuidelineParentEditor::clear()
{
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->clear();
    m_grossCheck->setChecked(false);
}

} // namespace caseledger::ui
