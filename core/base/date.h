#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

// A calendar date without a time zone (DESIGN §3: dates are ISO "YYYY-MM-DD").
// Always a valid date: construction from invalid parts fails.
class Date
{
public:
    Date() = default; // 1970-01-01
    explicit Date(std::chrono::year_month_day ymd);
    explicit Date(std::chrono::sys_days days)
        : m_days(days)
    {
    }
    static Date fromYmd(int year, unsigned month, unsigned day); // Failure when invalid
    static std::optional<Date> parseIso(std::string_view text);  // strict "YYYY-MM-DD"

    std::string toIso() const;
    std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{m_days}; }
    std::chrono::sys_days sysDays() const { return m_days; }
    int year() const { return static_cast<int>(ymd().year()); }
    unsigned month() const { return static_cast<unsigned>(ymd().month()); }
    unsigned day() const { return static_cast<unsigned>(ymd().day()); }
    std::chrono::weekday weekday() const { return std::chrono::weekday{m_days}; }
    bool isWeekend() const;

    Date addDays(int days) const { return Date(m_days + std::chrono::days{days}); }
    // Same day of month, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
    Date addMonths(int months) const;
    Date addYears(int years) const { return addMonths(years * 12); }
    Date firstOfMonth() const;
    Date lastOfMonth() const;
    int daysUntil(Date later) const { return static_cast<int>((later.m_days - m_days).count()); }
    // Whole years from this date to `on` (an age).
    int yearsUntil(Date on) const;

    auto operator<=>(const Date&) const = default;

private:
    std::chrono::sys_days m_days{};
};

// The n-th (1-based) given weekday of a month, or the last one when n == -1.
Date nthWeekdayOfMonth(int year, unsigned month, std::chrono::weekday weekday, int n);

} // namespace caseledger::core
