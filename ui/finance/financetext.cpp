#include "ui/finance/financetext.h"

#include "ui/common/qtext.h"

namespace caseledger::ui {

QString FinanceText::money(core::Money amount)
{
    // Money::toString is "-1234.56": digits grouped by three here, never through a double.
    QString text = toQString(amount.toString());
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    for (qsizetype i = (dot < 0 ? text.size() : dot) - 3; i > 0; i -= 3)
        text.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + text;
}

QString FinanceText::date(core::Date date)
{
    return toQString(date.toIso());
}

QString FinanceText::bucket(const core::Bucket& bucket)
{
    const QString category = toQString(core::labelOf(bucket.category));
    switch (bucket.kind) {
    case core::BucketKind::CurrentChild:
        return tr("Child support for the month");
    case core::BucketKind::CurrentMedical:
        return tr("Medical support for the month");
    case core::BucketKind::CurrentSpousal:
        return tr("Spousal support for the month");
    case core::BucketKind::ArrearsPrincipal:
        return tr("Past-due support: %1").arg(category);
    case core::BucketKind::ArrearsInterest:
        return tr("Interest on past-due support: %1").arg(category);
    case core::BucketKind::Future:
        return tr("Future months");
    }
    return toQString(bucket.code());
}

QString FinanceText::payee(core::Payee payee)
{
    switch (payee) {
    case core::Payee::Family:
        return tr("The family");
    case core::Payee::RetainedFederal:
        return tr("Kept to repay public assistance (federal share)");
    case core::Payee::RetainedState:
        return tr("Kept to repay public assistance (state share)");
    case core::Payee::Held:
        return tr("Held for now");
    }
    return toQString(core::labelOf(payee));
}

QString FinanceText::entryKind(const std::string& kind)
{
    if (kind == "accrual")
        return tr("Support due");
    if (kind == "adjustment")
        return tr("Order change");
    if (kind == "conversion")
        return tr("Unpaid support becomes past due");
    if (kind == "interest")
        return tr("Interest");
    if (kind == "reassignment")
        return tr("Assigned past-due support kept within the aid to repay");
    if (kind == "allocation")
        return tr("Payment applied");
    if (kind == "reversal")
        return tr("Payment reversed");
    if (kind == "backout")
        return tr("Backed out to redistribute");
    if (kind == "reapply")
        return tr("Redistributed");
    if (kind == "credit")
        return tr("Paid ahead, applied when due");
    if (kind == "disbursement")
        return tr("Sent to the family");
    return toQString(kind);
}

QString FinanceText::source(core::CollectionSource source)
{
    return toQString(core::labelOf(source));
}

QString FinanceText::status(core::CollectionStatus status)
{
    return toQString(core::labelOf(status));
}

} // namespace caseledger::ui
