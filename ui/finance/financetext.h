#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/finance/allocationline.h"
#include "core/finance/bucket.h"
#include "core/finance/ledgertypes.h"

#include <QCoreApplication>
#include <QString>

namespace caseledger::ui {

// The words of the money screens, in one place: amounts as "$1,234.56", buckets and payees
// in terms a parent understands (issue 4 item 7: the explanation is printed for a parent).
class FinanceText
{
    Q_DECLARE_TR_FUNCTIONS(caseledger::ui::FinanceText)

public:
    static QString money(core::Money amount); // "$1,234.56", "-$12.00"
    static QString date(core::Date date); // ISO, as every other screen shows dates
    static QString bucket(const core::Bucket& bucket);
    static QString payee(core::Payee payee);
    static QString entryKind(const std::string& kind); // "accrual" -> "Support due"
    static QString source(core::CollectionSource source);
    static QString status(core::CollectionStatus status);
};

} // namespace caseledger::ui
