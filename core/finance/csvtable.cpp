#include "core/finance/csvtable.h"

#include "core/base/error.h"
#include "core/base/text.h"

namespace caseledger::core {

namespace {

// Reads one record starting at `pos`; returns false at the end of the text.
bool readRecord(std::string_view text, std::size_t& pos, std::vector<std::string>& fields,
    const std::string& row)
{
    fields.clear();
    if (pos >= text.size())
        return false;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    while (pos < text.size()) {
        const char c = text[pos++];
        if (quoted) {
            if (c != '"') {
                field += c;
            } else if (pos < text.size() && text[pos] == '"') {
                field += '"';
                ++pos;
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\n' || (c == '\r' && pos < text.size() && text[pos] == '\n')) {
            if (c == '\r')
                ++pos;
            fields.push_back(std::move(field));
            return true;
        } else if (c == '"') {
            if (!field.empty() || wasQuoted)
                failValidation(row, row + ": a quote may only open a field");
            quoted = wasQuoted = true;
        } else if (c == '\r') {
            failValidation(row, row + ": a carriage return outside quotes");
        } else {
            if (wasQuoted)
                failValidation(row, row + ": text after a closing quote");
            field += c;
        }
    }
    if (quoted)
        failValidation(row, row + ": a quoted field is not closed");
    fields.push_back(std::move(field));
    return true;
}

} // namespace

CsvTable parseCsv(
    std::string_view text, const std::vector<std::string>& expectedHeader, std::size_t maxBytes)
{
    if (text.size() > maxBytes)
        failValidation("file", "the file is larger than " + std::to_string(maxBytes) + " bytes");
    if (!text::isValidUtf8(text))
        failValidation("file", "the file is not valid UTF-8 text");
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    CsvTable table;
    std::size_t pos = 0;
    if (!readRecord(text, pos, table.header, "row 1"))
        failValidation("row 1", "row 1: the file is empty; it needs a header row");
    if (!expectedHeader.empty() && table.header != expectedHeader) {
        std::string want;
        for (const auto& h : expectedHeader)
            want += (want.empty() ? "" : ",") + h;
        failValidation("row 1", "row 1: the header must be exactly " + want);
    }
    std::vector<std::string> fields;
    for (std::size_t i = 0;; ++i) {
        const std::string row = CsvTable::rowName(i);
        if (!readRecord(text, pos, fields, row))
            break;
        if (fields.size() == 1 && fields[0].empty())
            failValidation(row, row + ": the row is blank");
        if (fields.size() != table.header.size())
            failValidation(row,
                row + ": has " + std::to_string(fields.size()) + " fields; the header has "
                    + std::to_string(table.header.size()));
        table.rows.push_back(fields);
    }
    return table;
}

std::string csvCell(std::string_view value)
{
    std::string cell(value);
    // SECURITY S25: neutralize spreadsheet formulas.
    if (!cell.empty()
        && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t'
            || cell[0] == '\r'))
        cell.insert(cell.begin(), '\'');
    if (cell.find_first_of(",\"\r\n") == std::string::npos)
        return cell;
    std::string quoted = "\"";
    for (const char c : cell)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csvLine(const std::vector<std::string>& cells)
{
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
        line += (i ? "," : "") + csvCell(cells[i]);
    return line + "\r\n";
}

} // namespace caseledger::core
