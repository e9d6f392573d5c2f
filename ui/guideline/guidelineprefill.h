#pragma once

#include "core/base/money.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace caseledger::ui {

// What a caller (the order screen) knows before the calculator opens: plain values, so the
// calculator depends on no casework type. Anything left empty is left for the user to type.
struct GuidelinePrefill
{
    struct Parent
    {
        QString name; // shown in the working and on the worksheet; never an SSN
        std::optional<core::Money> netMonthly; // §4059 net disposable income, if known
        std::optional<core::Money> grossMonthly; // §4058 gross income, if known (net wins)
    };

    QString caseNumber;
    QDate asOf; // invalid: today
    std::array<Parent, 2> parents;
    std::vector<QDate> childBirthDates; // one row per child; an invalid date leaves it blank
    std::optional<int> custodialParent; // 0 or 1, for a default proceeding (§4055(b)(6))
};

} // namespace caseledger::ui
