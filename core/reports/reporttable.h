#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// What a report returns (DESIGN §8): a plain table that any renderer (screen, text, CSV, JSON,
// PDF) can show without knowing the report. Numbers stay numbers: counts, cents, basis points.
enum class ColumnType : std::uint8_t
{
    Text,
    Count,
    Money, // int64 cents
    Percent, // basis points: 7950 is 79.50 %
    Date, // ISO text
    Ratio, // hundredths: 499 is 4.99
};

struct ReportColumn
{
    std::string key; // stable, for JSON: "met_on_time"
    std::string title; // shown: "Met on time"
    ColumnType type = ColumnType::Text;
};

struct ReportCell
{
    std::int64_t value = 0; // numeric columns
    std::string text; // Text and Date columns
    bool empty = false; // no value ("—"): e.g. a ratio with a zero denominator
    bool suppressed = false; // measures.md: a small count shown as "<11"
    // A cell whose kind differs from its column's (the measures report mixes counts, money
    // and percentages in its value columns).
    std::optional<ColumnType> type;
    // Names the list of cases behind a number (ReportService::drill); empty: none (totals of
    // aggregate-only reports, text cells).
    std::string drill;

    static ReportCell ofText(std::string text);
    static ReportCell ofNumber(std::int64_t value, std::string drill = {});
    static ReportCell none();
};

struct ReportRow
{
    std::vector<ReportCell> cells;
};

struct ReportTable
{
    std::string name; // registry name: "caseload"
    std::string title; // "Caseload by worker, phase and status"
    std::string parameters; // human-readable parameters, for headers and the audit record
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    std::optional<ReportRow> totals;
    std::vector<std::string> footnotes;

    int columnIndex(std::string_view key) const; // -1 when absent
};

ColumnType cellType(const ReportCell& cell, ColumnType columnType);

// A cell as text, the same in every renderer: "1,234", "$12.50", "79.50 %", "4.99", "<11", "—".
// Without grouping (CSV) numbers stay numbers: "1234", "12.50".
std::string formatCell(const ReportCell& cell, ColumnType type, bool groupDigits = true);

} // namespace caseledger::core
