#include "core/base/businesscalendar.h"

#include <algorithm>

namespace caseledger::core {

using namespace std::chrono;

namespace {

Holiday federal(std::string name, Date date)
{
    // 5 U.S.C. §6103(b) and Executive Order 11582.
    std::optional<Date> observed = date;
    if (date.weekday() == Saturday)
        observed = date.addDays(-1);
    else if (date.weekday() == Sunday)
        observed = date.addDays(1);
    return {std::move(name), date, observed, Jurisdiction::Federal};
}

Holiday state(std::string name, Date date, bool observedFridayIfSaturday = false)
{
    // Built without reassigning an optional: GCC 12 reports a false maybe-uninitialized there.
    if (date.weekday() == Saturday && !observedFridayIfSaturday)
        return {std::move(name), date, std::nullopt, Jurisdiction::CaliforniaState};
    const Date observed = date.weekday() == Sunday     ? date.addDays(1)
                        : date.weekday() == Saturday ? date.addDays(-1)
                                                     : date;
    return {std::move(name), date, observed, Jurisdiction::CaliforniaState};
}

} // namespace

std::vector<Holiday> federalHolidays(int year)
{
    std::vector<Holiday> list;
    list.push_back(federal("New Year's Day", Date::fromYmd(year, 1, 1)));
    list.push_back(federal("Birthday of Martin Luther King, Jr.", nthWeekdayOfMonth(year, 1, Monday, 3)));
    list.push_back(federal("Washington's Birthday", nthWeekdayOfMonth(year, 2, Monday, 3)));
    list.push_back(federal("Memorial Day", nthWeekdayOfMonth(year, 5, Monday, -1)));
    if (year >= 2021) // Juneteenth National Independence Day Act, Pub. L. 117-17
        list.push_back(federal("Juneteenth National Independence Day", Date::fromYmd(year, 6, 19)));
    list.push_back(federal("Independence Day", Date::fromYmd(year, 7, 4)));
    list.push_back(federal("Labor Day", nthWeekdayOfMonth(year, 9, Monday, 1)));
    list.push_back(federal("Columbus Day", nthWeekdayOfMonth(year, 10, Monday, 2)));
    list.push_back(federal("Veterans Day", Date::fromYmd(year, 11, 11)));
    list.push_back(federal("Thanksgiving Day", nthWeekdayOfMonth(year, 11, Thursday, 4)));
    list.push_back(federal("Christmas Day", Date::fromYmd(year, 12, 25)));
    return list;
}

std::vector<Holiday> californiaStateHolidays(int year)
{
    std::vector<Holiday> list;
    const Date thanksgiving = nthWeekdayOfMonth(year, 11, Thursday, 4);
    list.push_back(state("New Year's Day", Date::fromYmd(year, 1, 1)));
    list.push_back(state("Martin Luther King Jr. Day", nthWeekdayOfMonth(year, 1, Monday, 3)));
    list.push_back(state("Presidents' Day", nthWeekdayOfMonth(year, 2, Monday, 3)));
    list.push_back(state("Cesar Chavez Day", Date::fromYmd(year, 3, 31)));
    list.push_back(state("Memorial Day", nthWeekdayOfMonth(year, 5, Monday, -1)));
    list.push_back(state("Independence Day", Date::fromYmd(year, 7, 4)));
    list.push_back(state("Labor Day", nthWeekdayOfMonth(year, 9, Monday, 1)));
    list.push_back(state("Veterans Day", Date::fromYmd(year, 11, 11), /*observedFridayIfSaturday=*/true));
    list.push_back(state("Thanksgiving Day", thanksgiving));
    list.push_back(state("Day after Thanksgiving", thanksgiving.addDays(1)));
    list.push_back(state("Christmas Day", Date::fromYmd(year, 12, 25)));
    return list;
}

BusinessCalendar::BusinessCalendar()
{
    for (int year = 1980; year <= 2100; ++year) {
        for (const auto& list : {federalHolidays(year), californiaStateHolidays(year)})
            for (const auto& h : list)
                if (h.observed)
                    m_closed.push_back(*h.observed);
    }
    std::sort(m_closed.begin(), m_closed.end());
    m_closed.erase(std::unique(m_closed.begin(), m_closed.end()), m_closed.end());
}

const BusinessCalendar& BusinessCalendar::california()
{
    static const BusinessCalendar calendar;
    return calendar;
}

bool BusinessCalendar::isHoliday(Date date) const
{
    return std::binary_search(m_closed.begin(), m_closed.end(), date);
}

Date BusinessCalendar::nextBusinessDayOnOrAfter(Date date) const
{
    while (!isBusinessDay(date))
        date = date.addDays(1);
    return date;
}

Date BusinessCalendar::addBusinessDays(Date from, int n) const
{
    Date date = from;
    if (n == 0)
        return nextBusinessDayOnOrAfter(date);
    while (n > 0) {
        date = date.addDays(1);
        if (isBusinessDay(date))
            --n;
    }
    return date;
}

} // namespace caseledger::core
