#include "core/base/date.h"

#include "core/base/error.h"

#include <cstdio>

namespace caseledger::core {

namespace ch = std::chrono;

Date::Date(ch::year_month_day ymd)
{
    if (!ymd.ok())
        throw Failure(ErrorCode::Validation, "not a valid date", "date");
    m_days = ch::sys_days{ymd};
}

Date Date::fromYmd(int y, unsigned m, unsigned d)
{
    return Date(ch::year_month_day{ch::year{y}, ch::month{m}, ch::day{d}});
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (std::size_t i = 0; i < lengths[p]; ++i) {
            const char c = text[starts[p] + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const ch::year_month_day ymd{ch::year{parts[0]}, ch::month{static_cast<unsigned>(parts[1])},
                                 ch::day{static_cast<unsigned>(parts[2])}};
    if (!ymd.ok() || parts[0] < 1)
        return std::nullopt;
    return Date(ymd);
}

std::string Date::toIso() const
{
    const auto d = ymd();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buffer;
}

bool Date::isWeekend() const
{
    const auto wd = weekday();
    return wd == ch::Saturday || wd == ch::Sunday;
}

Date Date::addMonths(int months) const
{
    const auto d = ymd();
    const ch::year_month ym = ch::year_month{d.year(), d.month()} + ch::months{months};
    const auto last = ch::year_month_day_last{ym.year(), ch::month_day_last{ym.month()}}.day();
    return Date(ch::year_month_day{ym.year(), ym.month(), std::min(d.day(), last)});
}

Date Date::firstOfMonth() const
{
    const auto d = ymd();
    return Date(ch::year_month_day{d.year(), d.month(), ch::day{1}});
}

Date Date::lastOfMonth() const
{
    const auto d = ymd();
    return Date(ch::year_month_day{ch::year_month_day_last{d.year(), ch::month_day_last{d.month()}}});
}

int Date::yearsUntil(Date on) const
{
    int years = on.year() - year();
    if (on.month() < month() || (on.month() == month() && on.day() < day()))
        --years;
    return years;
}

Date nthWeekdayOfMonth(int y, unsigned m, ch::weekday wd, int n)
{
    if (n == -1)
        return Date(ch::year_month_day{ch::year_month_weekday_last{ch::year{y}, ch::month{m}, ch::weekday_last{wd}}});
    return Date(ch::year_month_day{ch::year_month_weekday{ch::year{y}, ch::month{m}, ch::weekday_indexed{wd, static_cast<unsigned>(n)}}});
}

} // namespace caseledger::core
