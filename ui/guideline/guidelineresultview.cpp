#include "ui/guideline/guidelineresultview.h"

#include "ui/common/qtext.h"
#include "ui/guideline/guidelineinput.h"
#include "ui/guideline/guidelinestepmodel.h"
#include "ui/guideline/guidelineworksheet.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

QLabel* textLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

GuidelineResultView::GuidelineResultView(QWidget* parent)
    : QWidget(parent)
    , m_model(new GuidelineStepModel(this))
{
    setObjectName(QStringLiteral("guidelineResult"));
    setAccessibleName(tr("Guideline result"));
    m_headline = textLabel(this, QStringLiteral("supportHeadline"), tr("Guideline child support"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_law = textLabel(this, QStringLiteral("lawLabel"), tr("Law in force"));
    m_notes = textLabel(this, QStringLiteral("notesLabel"), tr("Notes on the calculation"));
    m_notes->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_perChild = textLabel(this, QStringLiteral("perChildLabel"), tr("Support per child"));
    m_addOns = textLabel(this, QStringLiteral("addOnsLabel"), tr("Add-on shares"));

    m_lowIncomeBox = new QGroupBox(tr("Low-income adjustment"), this);
    m_lowIncomeBox->setObjectName(QStringLiteral("lowIncomeBox"));
    m_lowIncomeBox->setAccessibleName(tr("Low-income adjustment"));
    m_lowIncome
        = textLabel(m_lowIncomeBox, QStringLiteral("lowIncomeLabel"), tr("Low-income range"));
    auto* lowLayout = new QVBoxLayout(m_lowIncomeBox);
    lowLayout->addWidget(m_lowIncome);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_law);
    layout->addWidget(m_notes);
    layout->addWidget(m_perChild);
    layout->addWidget(m_addOns);
    layout->addWidget(m_lowIncomeBox);
    layout->addStretch(1);
    clear();
}

void GuidelineResultView::showDetails(bool visible)
{
    for (QWidget* w : {static_cast<QWidget*>(m_law), static_cast<QWidget*>(m_perChild),
             static_cast<QWidget*>(m_addOns)})
        w->setVisible(visible);
    if (!visible) {
        m_lowIncomeBox->hide();
        m_notes->hide();
        m_model->clear();
    }
}

void GuidelineResultView::showResult(const core::GuidelineResult& r, const QStringList& notes)
{
    m_headline->setText(GuidelineWorksheet::paysText(r));
    m_law->setText(GuidelineWorksheet::lawText(r));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    QStringList children;
    for (const auto& c : r.perChild)
        children << tr("Child %1 (born %2): %3")
                        .arg(QString::number(c.childIndex + 1), dateText(c.birthDate),
                            moneyText(c.amount));
    m_perChild->setText(tr("Per child, youngest first (§4055(b)(8)):") + QLatin1Char('\n')
        + children.join(QLatin1Char('\n')));
    QStringList addOns {GuidelineWorksheet::addOnSharesText(r)};
    for (const auto& a : r.addOns)
        if (!a.total.isZero())
            addOns << tr("%1 %2: %3 %4, %5 %6")
                          .arg(addOnLabel(a.kind), moneyText(a.total), toQString(r.parentIds[0]),
                              moneyText(a.shares[0]), toQString(r.parentIds[1]),
                              moneyText(a.shares[1]));
    m_addOns->setText(addOns.join(QLatin1Char('\n')));
    const QString low = GuidelineWorksheet::lowIncomeText(r);
    m_lowIncome->setText(low);
    showDetails(true);
    m_lowIncomeBox->setVisible(!low.isEmpty());
    m_model->setSteps(r.steps);
}

void GuidelineResultView::showWaiting(const QString& hint)
{
    m_headline->setText(hint);
    showDetails(false);
}

void GuidelineResultView::showInvalid(const QString& summary)
{
    m_headline->setText(summary);
    showDetails(false);
}

void GuidelineResultView::clear()
{
    showWaiting(tr("Enter both parents' incomes and a time-share."));
}

QString GuidelineResultView::headlineText() const
{
    return m_headline->text();
}

QString GuidelineResultView::perChildText() const
{
    return m_perChild->text();
}

bool GuidelineResultView::lowIncomeShown() const
{
    return !m_lowIncomeBox->isHidden();
}

QString GuidelineResultView::lowIncomeText() const
{
    return m_lowIncome->text();
}

} // namespace caseledger::ui
