#include "core/finance/disbursement.h"

namespace caseledger::core {

Date disbursementDueDate(Date received, CollectionSource source, AssistanceStatus status,
    bool passThrough, const RuleSet& rules, const BusinessCalendar& calendar)
{
    const DisbursementTiming& t = rules.disbursement;
    if (source == CollectionSource::FederalTaxOffset) // 45 CFR 303.72(h)
        return received.addDays(t.federalTaxOffsetCalendarDays);
    if (status == AssistanceStatus::Current && !passThrough && t.currentAssistanceAfterMonthEnd)
        return calendar.addBusinessDays(received.lastOfMonth(), t.businessDays);
    return calendar.addBusinessDays(received, t.businessDays); // 45 CFR 302.32(b)
}

std::optional<Date> disbursementDueDate(const AllocationLine& line, const Collection& collection,
    AssistanceStatus status, const RuleSet& rules, const BusinessCalendar& calendar)
{
    if (line.payee != Payee::Family)
        return std::nullopt;
    return disbursementDueDate(collection.date, collection.source, status,
        line.disposition == Disposition::CurrentPassThrough, rules, calendar);
}

} // namespace caseledger::core
