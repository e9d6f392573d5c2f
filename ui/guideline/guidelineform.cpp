#include "ui/guideline/guidelineform.h"

#include "ui/common/qtext.h"
#include "ui/guideline/guidelinechildreneditor.h"
#include "ui/guideline/guidelinefieldmessages.h"
#include "ui/guideline/guidelineparenteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

const QDate kLawChange(2024, 9, 1); // SB 343 (Stats. 2023 ch. 213)

core::Date toCoreDate(const QDate& d)
{
    return core::Date::fromYmd(
        d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

} // namespace

GuidelineForm::GuidelineForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("guidelineForm"));
    setAccessibleName(tr("Guideline inputs"));
    m_general = GuidelineFieldMessages::makeLabel(this, tr("the calculation"));
    m_messages = std::make_unique<GuidelineFieldMessages>(m_general);

    auto* parents = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        m_parents[static_cast<std::size_t>(i)] = new GuidelineParentEditor(i, this);
        parents->addWidget(m_parents[static_cast<std::size_t>(i)], 1, Qt::AlignTop);
    }
    m_children = new GuidelineChildrenEditor(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createCaseRow());
    layout->addLayout(parents);
    layout->addWidget(m_children);
    layout->addWidget(createCustodyBox());
    layout->addWidget(createAddOnsBox());
    layout->addWidget(m_general);
    layout->addStretch(1);

    for (auto* p : m_parents) {
        p->registerFields(*m_messages);
        connect(p, &GuidelineParentEditor::changed, this, &GuidelineForm::changed);
        connect(p->nameEdit(), &QLineEdit::textChanged, this, &GuidelineForm::namesChanged);
        connect(p->timeshareEdit(), &QLineEdit::textChanged, this, &GuidelineForm::namesChanged);
    }
    m_children->setMessages(m_messages.get());
    connect(m_children, &GuidelineChildrenEditor::changed, this, &GuidelineForm::changed);
    namesChanged();
    asOfChanged();
}

GuidelineForm::~GuidelineForm() = default;

QLabel* GuidelineForm::message(
    QWidget* editor, const std::string& field, std::function<QString()> name)
{
    QLabel* label = GuidelineFieldMessages::makeLabel(this, editor->accessibleName());
    m_messages->setField(field, label, std::move(name));
    return label;
}

QWidget* GuidelineForm::createCaseRow()
{
    auto* box = new QWidget(this);
    box->setAccessibleName(tr("Case and date"));
    m_caseNumber = new QLineEdit(box);
    m_caseNumber->setObjectName(QStringLiteral("caseNumberEdit"));
    m_caseNumber->setAccessibleName(tr("Case number"));
    m_caseNumber->setPlaceholderText(tr("optional"));
    m_caseNumber->setMaxLength(40);
    m_asOf = new QDateEdit(box);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("MM/dd/yyyy"));
    m_asOf->setToolTip(tr("The calculation uses the law in force on this date: the rules changed "
                          "on 09/01/2024 (SB 343)."));
    auto* caseLabel = new QLabel(tr("Case num&ber:"), box);
    caseLabel->setBuddy(m_caseNumber);
    auto* asOfLabel = new QLabel(tr("&As-of date:"), box);
    asOfLabel->setBuddy(m_asOf);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(caseLabel, m_caseNumber);
    form->addRow(asOfLabel, m_asOf);
    form->addRow(message(m_asOf, "as_of", [] { return tr("the as-of date"); }));
    connect(m_caseNumber, &QLineEdit::textEdited, this, &GuidelineForm::changed);
    connect(m_asOf, &QDateEdit::dateChanged, this, &GuidelineForm::asOfChanged);
    connect(m_asOf, &QDateEdit::dateChanged, this, &GuidelineForm::changed);
    return box;
}

QGroupBox* GuidelineForm::createCustodyBox()
{
    auto* box = new QGroupBox(tr("Default proceeding"), this);
    box->setAccessibleName(tr("Default proceeding"));
    m_default
        = new QCheckBox(tr("&Default proceeding without time-share evidence (§4055(b)(6))"), box);
    m_default->setObjectName(QStringLiteral("defaultProceedingCheck"));
    m_default->setAccessibleName(tr("Default proceeding without time-share evidence"));
    m_custodial = new QComboBox(box);
    m_custodial->setObjectName(QStringLiteral("custodialCombo"));
    m_custodial->setAccessibleName(tr("Custodial parent"));
    m_custodial->addItems({QString(), QString()});
    auto* custodialLabel = new QLabel(tr("C&ustodial parent:"), box);
    custodialLabel->setBuddy(m_custodial);
    auto* form = new QFormLayout(box);
    form->addRow(m_default);
    form->addRow(custodialLabel, m_custodial);
    form->addRow(
        message(m_custodial, "custodial_parent", [] { return tr("the custodial parent"); }));
    m_custodial->setEnabled(false);
    connect(m_default, &QCheckBox::toggled, m_custodial, &QWidget::setEnabled);
    connect(m_default, &QCheckBox::toggled, this, &GuidelineForm::changed);
    connect(m_custodial, &QComboBox::currentIndexChanged, this, &GuidelineForm::changed);
    return box;
}

QGroupBox* GuidelineForm::createAddOnsBox()
{
    auto* box = new QGroupBox(tr("Add-ons and spousal support (monthly)"), this);
    box->setAccessibleName(tr("Add-ons and spousal support"));
    auto* form = new QFormLayout(box);
    for (auto kind : core::kAllAddOnKinds) {
        const auto i = static_cast<std::size_t>(kind);
        const QString label = addOnLabel(kind);
        m_addOns[i] = makeMoneyEdit(
            box, QStringLiteral("addOn_%1Edit").arg(toQString(core::addOnName(kind))), label);
        form->addRow(label + QLatin1Char(':'), m_addOns[i]);
        form->addRow(message(m_addOns[i], "addons_cents." + std::string(core::addOnName(kind)),
            [label] { return tr("the add-on \"%1\"").arg(label); }));
        connect(m_addOns[i], &QLineEdit::textEdited, this, &GuidelineForm::changed);
    }
    m_spousal = makeMoneyEdit(box, QStringLiteral("spousalEdit"), tr("Spousal support paid"));
    m_spousalPayer = new QComboBox(box);
    m_spousalPayer->setObjectName(QStringLiteral("spousalPayerCombo"));
    m_spousalPayer->setAccessibleName(tr("Spousal support paid by"));
    m_spousalPayer->addItems({QString(), QString()});
    auto* spousalRow = new QHBoxLayout;
    auto* byLabel = new QLabel(tr("pa&id by"), box);
    byLabel->setBuddy(m_spousalPayer);
    spousalRow->addWidget(m_spousal, 1);
    spousalRow->addWidget(byLabel);
    spousalRow->addWidget(m_spousalPayer, 1);
    auto* spousalLabel = new QLabel(tr("&Spousal support (§4061(c)):"), box);
    spousalLabel->setBuddy(m_spousal);
    form->addRow(spousalLabel, spousalRow);
    QLabel* spousalMessage = message(
        m_spousal, "spousal_support.monthly_cents", [] { return tr("the spousal support"); });
    form->addRow(spousalMessage);
    m_messages->setField(
        "spousal_support.payer", spousalMessage, [] { return tr("the payer of spousal support"); });
    m_proportional = new QCheckBox(tr("Share the add-ons in proportion to net incomes, as a "
                                      "parent asked (§4061(b), before 09/01/2024)"),
        box);
    m_proportional->setObjectName(QStringLiteral("proportionalCheck"));
    m_proportional->setAccessibleName(tr("Proportional sharing of the add-ons"));
    form->addRow(m_proportional);
    connect(m_spousal, &QLineEdit::textEdited, this, &GuidelineForm::changed);
    connect(m_spousalPayer, &QComboBox::currentIndexChanged, this, &GuidelineForm::changed);
    connect(m_proportional, &QCheckBox::toggled, this, &GuidelineForm::changed);
    return box;
}

void GuidelineForm::namesChanged()
{
    const QString a = parentName(0);
    const QString b = parentName(1);
    for (QComboBox* combo : {m_custodial, m_spousalPayer}) {
        combo->setItemText(0, a);
        combo->setItemText(1, b);
    }
    m_children->setFirstParentName(a);
    // A blank time-share is the rest of 100: say so where it would be typed.
    for (int i = 0; i < 2; ++i) {
        GuidelineParentEditor* self = m_parents[static_cast<std::size_t>(i)];
        GuidelineParentEditor* other = m_parents[static_cast<std::size_t>(1 - i)];
        GuidelineInputProblems ignored;
        const auto otherShare = other->timeshareBlank() ? std::nullopt : other->timeshare(ignored);
        self->setTimeshareHint(self->timeshareBlank() && otherShare
                ? tr("%1 (the rest of 100)").arg(percentText(core::Rational(100) - *otherShare))
                : QString());
    }
}

void GuidelineForm::asOfChanged()
{
    // §4061 as in force before 2024-09-01: one half each unless a parent asked otherwise;
    // from then on proportional sharing is the rule and the choice does not exist.
    m_proportional->setEnabled(m_asOf->date() < kLawChange);
}

void GuidelineForm::readTimeshares(core::GuidelineRequest& request,
    const std::vector<core::Rational>& perChild, GuidelineInputProblems& problems) const
{
    auto& a = request.parents[0];
    auto& b = request.parents[1];
    if (!perChild.empty()) {
        // One column per child for the first parent; the second has the rest of 100.
        a.timeshareByChildPercent = perChild;
        for (const auto& share : perChild)
            b.timeshareByChildPercent.push_back(core::Rational(100) - share);
    }
    if (!perChild.empty() && !a.timesharePercent && !b.timesharePercent)
        return;
    if (a.timesharePercent && !b.timesharePercent)
        b.timesharePercent = core::Rational(100) - *a.timesharePercent;
    else if (!a.timesharePercent && b.timesharePercent)
        a.timesharePercent = core::Rational(100) - *b.timesharePercent;
    else if (!a.timesharePercent && !m_default->isChecked())
        problems.push_back({"parents[0].timeshare_percent",
            tr("Enter the time-share of %1 or of %2.").arg(parentName(0), parentName(1)), true});
}

GuidelineForm::Reading GuidelineForm::read(bool strict) const
{
    Reading r;
    core::GuidelineRequest request;
    request.asOf = toCoreDate(m_asOf->date());
    std::array<std::optional<core::GuidelineParent>, 2> parents;
    for (std::size_t i = 0; i < 2; ++i)
        parents[i] = m_parents[i]->read(r.problems);
    const auto children = m_children->read(
        strict ? std::nullopt : std::optional<core::Date>(request.asOf), r.problems);
    for (std::size_t i = 0; i < 2; ++i)
        request.parents[i] = parents[i].value_or(core::GuidelineParent {});
    request.children = children.children;
    readTimeshares(request, children.firstParentTimeshares, r.problems);
    if (children.standInDates)
        r.notes << tr("Birth dates not entered yet: the children are allocated in the order "
                      "listed.");

    request.defaultProceeding = m_default->isChecked();
    if (request.defaultProceeding)
        request.custodialParentId
            = request.parents[static_cast<std::size_t>(m_custodial->currentIndex())].id;
    for (auto kind : core::kAllAddOnKinds) {
        const auto i = static_cast<std::size_t>(kind);
        request.addOns[i] = readMoney(
            m_addOns[i], "addons_cents." + std::string(core::addOnName(kind)), r.problems)
                                .value_or(core::Money());
    }
    const auto spousal = readMoney(m_spousal, "spousal_support.monthly_cents", r.problems);
    if (spousal && !spousal->isZero())
        request.spousalSupport = core::SpousalSupport {
            request.parents[static_cast<std::size_t>(m_spousalPayer->currentIndex())].id, *spousal};
    request.proportionalAddOns = m_proportional->isEnabled() && m_proportional->isChecked();
    if (r.problems.empty())
        r.request = std::move(request);
    return r;
}

void GuidelineForm::showProblems(const GuidelineInputProblems& problems, bool includeMissing)
{
    m_messages->clear();
    for (const auto& p : problems)
        if (includeMissing || !p.missing)
            m_messages->show(p.field, p.message);
}

void GuidelineForm::showError(const core::Error& error)
{
    m_messages->clear();
    m_messages->show(error);
}

void GuidelineForm::clearMessages()
{
    m_messages->clear();
}

void GuidelineForm::showNet(const std::array<std::optional<core::Money>, 2>& net)
{
    for (std::size_t i = 0; i < 2; ++i)
        m_parents[i]->showNet(net[i]);
}

QString GuidelineForm::caseNumber() const
{
    return m_caseNumber->text().trimmed();
}

QString GuidelineForm::parentName(int index) const
{
    return m_parents.at(static_cast<std::size_t>(index))->displayName();
}

QLineEdit* GuidelineForm::addOnEdit(core::AddOnKind kind) const
{
    return m_addOns[static_cast<std::size_t>(kind)];
}

void GuidelineForm::prefill(const GuidelinePrefill& prefill, const QDate& today)
{
    clear(today);
    m_caseNumber->setText(prefill.caseNumber);
    if (prefill.asOf.isValid())
        m_asOf->setDate(prefill.asOf);
    for (std::size_t i = 0; i < 2; ++i)
        m_parents[i]->prefill(prefill.parents[i]);
    if (!prefill.childBirthDates.empty())
        m_children->setBirthDates(prefill.childBirthDates);
    if (prefill.custodialParent && (*prefill.custodialParent == 0 || *prefill.custodialParent == 1))
        m_custodial->setCurrentIndex(*prefill.custodialParent);
    Q_EMIT changed();
}

void GuidelineForm::clear(const QDate& today)
{
    const QSignalBlocker blocker(this);
    m_caseNumber->clear();
    m_asOf->setDate(today);
    for (auto* p : m_parents)
        p->clear();
    m_children->clear();
    m_default->setChecked(false);
    m_custodial->setCurrentIndex(0);
    for (QLineEdit* edit : m_addOns)
        edit->clear();
    m_spousal->clear();
    m_spousalPayer->setCurrentIndex(0);
    m_proportional->setChecked(false);
    m_messages->clear();
}

} // namespace caseledger::ui
