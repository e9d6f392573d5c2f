#include "ui/guideline/guidelineinput.h"

#include "core/guideline/guidelineparent.h"
#include "ui/common/qtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QLineEdit>
#include <QRegularExpression>

namespace caseledger::ui {

namespace {

constexpr const char* kContext = "caseledger::ui::GuidelineInput";

} // namespace

QLineEdit* makeMoneyEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(QCoreApplication::translate("caseledger::ui::GuidelineInput", "0.00"));
    edit->setAlignment(Qt::AlignRight);
    edit->setMaxLength(20);
    return edit;
}

QLineEdit* makePercentEdit(
    QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaxLength(12);
    return edit;
}

std::optional<core::Money> readMoney(
    const QLineEdit* edit, const std::string& field, GuidelineInputProblems& problems)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto amount = core::Money::parse(toStdString(text)))
        return amount;
    problems.push_back({field,
        QCoreApplication::translate(
            "caseledger::ui::GuidelineInput", "Enter dollars and cents, such as 1,234.56.")});
    return std::nullopt;
}

std::optional<core::Rational> readPercent(
    const QLineEdit* edit, const std::string& field, GuidelineInputProblems& problems)
{
    QString text = edit->text().trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto percent = core::Rational::parseDecimal(toStdString(text)))
        return percent;
    problems.push_back({field,
        QCoreApplication::translate(
            "caseledger::ui::GuidelineInput", "Enter a percentage such as 20 or 33.5.")});
    return std::nullopt;
}

QString moneyText(core::Money amount)
{
    return toQString(amount.toDisplayString());
}

QString percentText(const core::Rational& percent)
{
    return toQString(percent.toShortDecimal(6));
}

QStringList citationLines(const QString& citation)
{
    // "Fam. Code §4055(b)(7); Lab. Code §1182.12", "Fam. Code §4055, as amended by Stats. 2023
    // ch. 213", "Fam. Code §4061(c), (d) (before 2024-09-01)": at "; ", ", as " and " (word".
    static const QRegularExpression breaks(
        QStringLiteral("(?<=;) |(?<=,) (?=as )| (?=\\([a-z]{2,})"));
    return citation.split(breaks, Qt::SkipEmptyParts);
}

QString dateText(core::Date date)
{
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()))
        .toString(QStringLiteral("MM/dd/yyyy"));
}

QString deductionLabel(std::size_t index)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "State and federal income taxes"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "FICA (Social Security, Medicare)"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Mandatory union dues"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Mandatory retirement"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Health insurance premiums"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Support paid for other children"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Job-related expenses"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Hardship deduction"),
    };
    static_assert(std::size(labels) == std::size(core::kDeductionFields));
    return QCoreApplication::translate(kContext, labels[index]) + QStringLiteral(" (")
        + toQString(core::kDeductionFields[index].section) + QLatin1Char(')');
}

QString addOnLabel(core::AddOnKind kind)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP(
            "caseledger::ui::GuidelineInput", "Child care for employment or job training"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Uninsured health costs"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Educational or special needs"),
        QT_TRANSLATE_NOOP("caseledger::ui::GuidelineInput", "Visitation travel"),
    };
    static_assert(std::size(labels) == core::kAddOnKindCount);
    return QCoreApplication::translate(kContext, labels[static_cast<std::size_t>(kind)])
        + QStringLiteral(" (") + toQString(core::addOnSection(kind)) + QLatin1Char(')');
}

} // namespace caseledger::ui
