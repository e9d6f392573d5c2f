#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// A strictly parsed CSV file (RFC 4180: comma separated, double quotes, CRLF or LF) for the
// imports of SECURITY S24 (payments, assistance grants). Rows are numbered as a spreadsheet
// shows them: the header is row 1, the first data row is row 2.
struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // data rows, each with header.size() fields

    static constexpr std::size_t kFirstDataRow = 2;
    static std::string rowName(std::size_t dataIndex) // "row 3"
    {
        return "row " + std::to_string(dataIndex + kFirstDataRow);
    }
};

// Refuses (Failure, Validation, naming the row) text over `maxBytes`, text that is not UTF-8,
// a quote in the middle of a field, an unterminated quote, a row with a different number of
// fields than the header, and a header other than `expectedHeader` (when given). A UTF-8 byte
// order mark and a final line break are accepted; blank lines are refused.
CsvTable parseCsv(std::string_view text, const std::vector<std::string>& expectedHeader = {},
    std::size_t maxBytes = std::size_t {256} << 20);

// One CSV cell for an export: SECURITY S25, a cell starting with = + - @ tab or CR gets a
// leading apostrophe so that a spreadsheet shows it as text; then quoted when needed.
std::string csvCell(std::string_view value);
// A line of cells, each through csvCell, ending in CRLF.
std::string csvLine(const std::vector<std::string>& cells);

} // namespace caseledger::core
