#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/guideline/addonkind.h"
#include "core/guideline/rational.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

class QLineEdit;
class QWidget;

namespace caseledger::ui {

// Something wrong with what was typed, found before the core sees the request. `missing`
// problems (a field left empty) are hints while the user is still typing; the others are
// shown beside the field at once.
struct GuidelineInputProblem
{
    std::string field; // the core's name for it: "parents[0].net_monthly_cents"
    QString message;
    bool missing = false;
};
using GuidelineInputProblems = std::vector<GuidelineInputProblem>;

// Line edits for amounts and percentages. Money is typed as dollars-and-cents text and read
// with core::Money::parse: no double ever holds it (STYLE "Data and money").
QLineEdit* makeMoneyEdit(QWidget* parent, const QString& objectName, const QString& accessibleName);
QLineEdit* makePercentEdit(
    QWidget* parent, const QString& objectName, const QString& accessibleName);

// Empty text: nullopt and no problem. Text that is not an amount: nullopt and a problem.
std::optional<core::Money> readMoney(
    const QLineEdit* edit, const std::string& field, GuidelineInputProblems& problems);
// "20", "33.5", "20 %": exact decimals through core::Rational::parseDecimal.
std::optional<core::Rational> readPercent(
    const QLineEdit* edit, const std::string& field, GuidelineInputProblems& problems);

QString moneyText(core::Money amount); // "$1,320.00"
QString dateText(core::Date date); // "04/02/2016", as the dates are typed
QString percentText(const core::Rational& percent); // "33.5"
// A citation as shown and printed: one line per reference ("Fam. Code §4055(b)(7);",
// "Lab. Code §1182.12"), so that no reference is ever broken across lines.
QStringList citationLines(const QString& citation);

// What the user reads for the §4059 deductions (in the order of core::kDeductionFields) and
// the §4062 add-ons.
QString deductionLabel(std::size_t index);
QString addOnLabel(core::AddOnKind kind);

} // namespace caseledger::ui
