#include "core/finance/interest.h"

#include "core/base/error.h"

#include <cstdint>
#include <limits>

namespace caseledger::core {

namespace {

__extension__ typedef __int128 Wide; // exact products of cents, basis points and days

} // namespace

Date interestStartDate(Date due, const RuleSet& rules)
{
    if (rules.interestStart == InterestStart::DayAfterDue)
        return due.addDays(1);
    return due.lastOfMonth().addDays(1); // Family Code §17433.5
}

Money simpleInterest(Money principal, Date from, Date to, int rateBasisPoints)
{
    if (principal.isNegative())
        failValidation("principal", "the principal must not be negative");
    if (rateBasisPoints < 0)
        failValidation("interest_rate_basis_points", "the interest rate must not be negative");
    if (to <= from || principal.isZero() || rateBasisPoints == 0)
        return Money();
    // Whole calendar months from `from`: the difference of the months, one less when the
    // day of the month has not come round yet.
    int months = (to.year() - from.year()) * 12
        + (static_cast<int>(to.month()) - static_cast<int>(from.month()));
    while (months > 0 && from.addMonths(months) > to)
        --months;
    const int days = from.addMonths(months).daysUntil(to);
    // principal x rate/10000 x (months/12 + days/365) = P x r x (365 months + 12 days) / D
    const Wide numerator
        = Wide(principal.cents()) * rateBasisPoints * (Wide(365) * months + Wide(12) * days);
    const Wide denominator = Wide(10000) * 12 * 365;
    const Wide cents = (numerator * 2 + denominator) / (denominator * 2); // halves up
    if (cents > Wide(std::numeric_limits<std::int64_t>::max()))
        throw Failure(ErrorCode::Validation, "the interest is too large to record", "principal");
    return Money::fromCents(static_cast<std::int64_t>(cents));
}

Money installmentInterest(Money principal, Date due, Date through, const RuleSet& rules)
{
    return simpleInterest(
        principal, interestStartDate(due, rules), through, rules.interestRateBasisPoints);
}

} // namespace caseledger::core
