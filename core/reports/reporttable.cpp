#include "core/reports/reporttable.h"

#include "core/base/money.h"

namespace caseledger::core {

ReportCell ReportCell::ofText(std::string text)
{
    ReportCell c;
    c.text = std::move(text);
    return c;
}

ReportCell ReportCell::ofNumber(std::int64_t value, std::string drill)
{
    ReportCell c;
    c.value = value;
    c.drill = std::move(drill);
    return c;
}

ReportCell ReportCell::none()
{
    ReportCell c;
    c.empty = true;
    return c;
}

int ReportTable::columnIndex(std::string_view key) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return static_cast<int>(i);
    return -1;
}

namespace {

std::string grouped(std::int64_t v, bool group)
{
    const bool negative = v < 0;
    const std::uint64_t magnitude
        = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::string digits = std::to_string(magnitude);
    if (group)
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
            digits.insert(static_cast<std::size_t>(i), ",");
    return negative ? "-" + digits : digits;
}

// Two decimals of a value kept in hundredths (basis points are hundredths of a percent).
std::string hundredths(std::int64_t v)
{
    const bool negative = v < 0;
    const std::int64_t a = negative ? -v : v;
    std::string frac = std::to_string(a % 100);
    if (frac.size() < 2)
        frac.insert(0, "0");
    return (negative ? "-" : "") + std::to_string(a / 100) + "." + frac;
}

} // namespace

ColumnType cellType(const ReportCell& cell, ColumnType columnType)
{
    return cell.type.value_or(columnType);
}

std::string formatCell(const ReportCell& cell, ColumnType columnType, bool groupDigits)
{
    const ColumnType type = cellType(cell, columnType);
    if (cell.suppressed)
        return "<11";
    if (cell.empty)
        return "—";
    switch (type) {
    case ColumnType::Text:
    case ColumnType::Date:
        return cell.text;
    case ColumnType::Count:
        return grouped(cell.value, groupDigits);
    case ColumnType::Money: // "$12,672,434.94" to read; "12672434.94" for a spreadsheet
        return groupDigits ? Money::fromCents(cell.value).toDisplayString()
                           : Money::fromCents(cell.value).toString();
    case ColumnType::Percent:
        return hundredths(cell.value) + " %";
    case ColumnType::Ratio:
        return hundredths(cell.value);
    }
    return {};
}

} // namespace caseledger::core
