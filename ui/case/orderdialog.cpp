#include "ui/case/orderdialog.h"

#include "ui/case/casefilerows.h"
#include "ui/case/personfields.h"
#include "ui/common/datefield.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"
#include "ui/guideline/guidelineinput.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace caseledger::ui {

namespace {

std::optional<core::Money> amount(const QLineEdit* edit)
{
    QString text = edit->text().trimmed();
    text.remove(QLatin1Char('$')).remove(QLatin1Char(','));
    if (text.isEmpty())
        return core::Money::zero();
    return core::Money::parse(toStdString(text));
}

} // namespace

OrderDialog::OrderDialog(Mode mode, core::Date today, QWidget* parent)
    : RequestDialog(mode == Mode::NewOrder ? tr("Record a support order")
                                           : tr("Record a modification of the order"),
        mode == Mode::NewOrder ? tr("&Record order") : tr("&Record modification"), parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("orderDialog"));
    setIntro(tr("Amounts are per period of the frequency. Accrued arrears are never modified "
                "(45 CFR 303.106): a modification takes effect no earlier than its request "
                "was filed (Family Code §3653(a))."));
    if (mode == Mode::NewOrder) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("orderKindCombo"));
        m_kind->setAccessibleName(tr("Kind of order"));
        for (const auto& entry : core::EnumCodes<core::OrderKind>::table)
            m_kind->addItem(toQString(entry.label), static_cast<int>(entry.value));
        m_courtNumber = lineEdit(QStringLiteral("courtNumberEdit"), tr("Court case number"));
        m_court = lineEdit(QStringLiteral("courtEdit"), tr("Court"));
        addField(tr("&Kind:"), m_kind, "kind");
        addField(tr("Court case &number:"), m_courtNumber, "court case number");
        addField(tr("C&ourt:"), m_court, "court");
    }
    addTermsFields(today);
}

OrderDialog::~OrderDialog() = default;

QLineEdit* OrderDialog::lineEdit(const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

void OrderDialog::addTermsFields(core::Date today)
{
    m_effective = lineEdit(QStringLiteral("effectiveEdit"), tr("Effective date"));
    m_effective->setText(toQString(today.toIso()));
    m_signedOn = lineEdit(QStringLiteral("signedOnEdit"), tr("Signed on"));
    m_signedOn->setPlaceholderText(tr("YYYY-MM-DD, optional"));
    addField(tr("&Effective:"), m_effective, "effective date");
    addField(tr("&Signed on:"), m_signedOn, "signed on");
    if (m_mode == Mode::Modification) {
        m_filedOn = lineEdit(QStringLiteral("filedOnEdit"), tr("Request filed on"));
        m_filedOn->setPlaceholderText(DateField::placeholder());
        addField(tr("Request &filed on:"), m_filedOn, "request filed on");
    }
    m_current = makeMoneyEdit(this, QStringLiteral("currentSupportEdit"), tr("Child support"));
    m_medical = makeMoneyEdit(this, QStringLiteral("medicalSupportEdit"), tr("Medical support"));
    m_spousal = makeMoneyEdit(this, QStringLiteral("spousalSupportEdit"), tr("Spousal support"));
    m_arrears = makeMoneyEdit(this, QStringLiteral("arrearsPaymentEdit"), tr("Arrears payment"));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequencyCombo"));
    m_frequency->setAccessibleName(tr("Frequency"));
    for (const auto& entry : core::EnumCodes<core::OrderFrequency>::table)
        m_frequency->addItem(toQString(entry.label), static_cast<int>(entry.value));
    m_insurance = lineEdit(QStringLiteral("insuranceEdit"), tr("Health insurance terms"));
    addField(tr("C&hild support:"), m_current, "current support");
    addField(tr("&Medical support:"), m_medical, "medical support");
    addField(tr("S&pousal support:"), m_spousal, "spousal support");
    addField(tr("&Arrears payment:"), m_arrears, "arrears payment");
    addField(tr("Fre&quency:"), m_frequency, "frequency");
    addField(tr("Health &insurance:"), m_insurance, "health insurance");

    auto* guidelineRow = new QWidget(this);
    m_guideline = new QPushButton(tr("&Guideline calculation…"), guidelineRow);
    m_guideline->setObjectName(QStringLiteral("guidelineButton"));
    m_guideline->setAccessibleName(tr("Open the guideline calculator for this order"));
    m_guidelineLabel = new QLabel(tr("No guideline calculation attached."), guidelineRow);
    m_guidelineLabel->setObjectName(QStringLiteral("guidelineLabel"));
    m_guidelineLabel->setAccessibleName(tr("Attached guideline calculation"));
    m_guidelineLabel->setWordWrap(true);
    auto* layout = new QHBoxLayout(guidelineRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_guideline);
    layout->addWidget(m_guidelineLabel, 1);
    addField(tr("Guideline:"), guidelineRow, "guideline calculation");
    connect(m_guideline, &QPushButton::clicked, this, &OrderDialog::guidelineRequested);
}

void OrderDialog::setGuidelineCalculation(const core::GuidelineCalculation& calc)
{
    m_calculation = calc.id;
    m_guidelineLabel->setText(tr("Attached: %1").arg(CaseFileRows::calculationText(calc)));
    // Guideline support is monthly (Fam. Code §4055); it fills the amount only for a monthly
    // order whose amount is still empty -- the order may differ from guideline (§4056).
    const auto frequency = static_cast<core::OrderFrequency>(m_frequency->currentData().toInt());
    if (m_current->text().trimmed().isEmpty() && frequency == core::OrderFrequency::Monthly)
        m_current->setText(toQString(calc.monthlySupport.toString()));
}

void OrderDialog::startFrom(const core::OrderVersion& current)
{
    const auto show = [](QLineEdit* edit, core::Money amount) {
        edit->setText(amount.isZero() ? QString() : toQString(amount.toString()));
    };
    show(m_current, current.currentSupport);
    show(m_medical, current.medicalSupport);
    show(m_spousal, current.spousalSupport);
    show(m_arrears, current.arrearsPayment);
    m_frequency->setCurrentIndex(m_frequency->findData(static_cast<int>(current.frequency)));
    m_insurance->setText(toQString(current.healthInsurance));
}

QString OrderDialog::guidelineText() const
{
    return m_guidelineLabel->text();
}

bool OrderDialog::checkInput()
{
    if (m_courtNumber && m_kind->currentData().toInt() == static_cast<int>(core::OrderKind::Court)
        && m_courtNumber->text().trimmed().isEmpty()) {
        messages().showFor("court case number", tr("Enter the court case number."));
        return false;
    }
    const std::pair<QLineEdit*, const char*> dates[] = {{m_effective, "effective date"},
        {m_signedOn, "signed on"}, {m_filedOn, "request filed on"}};
    for (const auto& [edit, field] : dates) {
        if (!edit)
            continue;
        const bool required = edit == m_effective;
        if ((required || !edit->text().trimmed().isEmpty()) && !parseDateText(edit->text())) {
            messages().showFor(field, DateField::formatMessage());
            return false;
        }
    }
    const std::pair<QLineEdit*, const char*> amounts[]
        = {{m_current, "current support"}, {m_medical, "medical support"},
            {m_spousal, "spousal support"}, {m_arrears, "arrears payment"}};
    for (const auto& [edit, field] : amounts)
        if (!amount(edit)) {
            messages().showFor(field, tr("Enter an amount such as 1,320.00."));
            return false;
        }
    return true;
}

std::optional<core::OrderTerms> OrderDialog::terms() const
{
    const auto effective = parseDateText(m_effective->text());
    const auto current = amount(m_current);
    const auto medical = amount(m_medical);
    const auto spousal = amount(m_spousal);
    const auto arrears = amount(m_arrears);
    if (!effective || !current || !medical || !spousal || !arrears)
        return std::nullopt;
    core::OrderTerms t;
    t.effective = *effective;
    t.signedOn = parseDateText(m_signedOn->text());
    if (m_filedOn)
        t.requestFiledOn = parseDateText(m_filedOn->text());
    t.currentSupport = *current;
    t.medicalSupport = *medical;
    t.spousalSupport = *spousal;
    t.arrearsPayment = *arrears;
    t.frequency = static_cast<core::OrderFrequency>(m_frequency->currentData().toInt());
    t.healthInsurance = toStdString(m_insurance->text().trimmed());
    t.guidelineCalculationId = m_calculation;
    return t;
}

std::optional<core::NewOrderRequest> OrderDialog::newOrder() const
{
    auto t = terms();
    if (!t || !m_kind)
        return std::nullopt;
    core::NewOrderRequest r;
    r.kind = static_cast<core::OrderKind>(m_kind->currentData().toInt());
    r.courtCaseNumber = toStdString(m_courtNumber->text().trimmed());
    r.court = toStdString(m_court->text().trimmed());
    r.terms = *t;
    return r;
}

} // namespace caseledger::ui
