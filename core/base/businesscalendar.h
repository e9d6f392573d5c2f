#pragma once

#include "core/base/date.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

enum class Jurisdiction { Federal, CaliforniaState };

struct Holiday
{
    std::string name;
    Date date;                    // the day the law names
    std::optional<Date> observed; // the weekday offices close, if any
    Jurisdiction jurisdiction = Jurisdiction::Federal;
};

// 5 U.S.C. §6103: eleven holidays; one on a Saturday is observed the Friday before, one on a
// Sunday the Monday after (so New Year's Day 2028 is observed on 2027-12-31).
std::vector<Holiday> federalHolidays(int year);

// The State of California's paid holidays as published by CalHR (Gov. Code §19853):
// a Sunday holiday is observed the following Monday; a Saturday holiday is not observed on
// a weekday (employees get holiday credit) except Veterans Day, observed the Friday before.
std::vector<Holiday> californiaStateHolidays(int year);

// Business days for deadlines (45 CFR 302.32 disbursement, 303.100 withholding notices):
// Monday to Friday, except observed federal and California state holidays.
class BusinessCalendar
{
public:
    BusinessCalendar();
    static const BusinessCalendar& california();

    bool isHoliday(Date date) const;
    bool isBusinessDay(Date date) const { return !date.isWeekend() && !isHoliday(date); }
    // The n-th business day after `from` (n >= 0; n == 0 gives the first business day on or after).
    Date addBusinessDays(Date from, int n) const;
    Date nextBusinessDayOnOrAfter(Date date) const;

private:
    std::vector<Date> m_closed; // sorted observed closures, 1980..2100
};

} // namespace caseledger::core
