#include "core/reports/reportrenderers.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace caseledger::core {

namespace {

std::vector<std::string> textRow(const ReportTable& t, const ReportRow& row, bool group)
{
    std::vector<std::string> out;
    for (std::size_t c = 0; c < t.columns.size() && c < row.cells.size(); ++c)
        out.push_back(formatCell(row.cells[c], t.columns[c].type, group));
    return out;
}

std::size_t width(const std::string& s)
{
    // Display width in code points (UTF-8 continuation bytes do not count).
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(),
        [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& s, std::size_t w, bool right)
{
    const std::string pad(w > width(s) ? w - width(s) : 0, ' ');
    return right ? pad + s : s + pad;
}

} // namespace

std::string renderText(const ReportTable& t, const RenderHeader& h)
{
    std::vector<std::vector<std::string>> lines;
    std::vector<std::string> head;
    for (const auto& c : t.columns)
        head.push_back(c.title);
    lines.push_back(head);
    for (const auto& r : t.rows)
        lines.push_back(textRow(t, r, true));
    if (t.totals)
        lines.push_back(textRow(t, *t.totals, true));
    std::vector<std::size_t> widths(t.columns.size(), 0);
    for (const auto& l : lines)
        for (std::size_t c = 0; c < l.size(); ++c)
            widths[c] = std::max(widths[c], width(l[c]));
    std::string out
        = t.title + "\nParameters: " + t.parameters + "\nRun " + h.runAt + " by " + h.user + "\n\n";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 1 || (t.totals && i + 1 == lines.size()))
            for (std::size_t c = 0; c < widths.size(); ++c)
                out += std::string(widths[c], '-') + (c + 1 < widths.size() ? "  " : "\n");
        for (std::size_t c = 0; c < lines[i].size(); ++c) {
            const bool right = i > 0 && t.columns[c].type != ColumnType::Text
                && t.columns[c].type != ColumnType::Date;
            out += padded(lines[i][c], widths[c], right) + (c + 1 < lines[i].size() ? "  " : "");
        }
        out += "\n";
    }
    for (const auto& f : t.footnotes)
        out += "\n* " + f;
    return out + (t.footnotes.empty() ? "" : "\n");
}

std::string csvField(const std::string& text)
{
    std::string v = text;
    // SECURITY S25: never let a spreadsheet read a cell as a formula.
    if (!v.empty()
        && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t'
            || v[0] == '\r'))
        v.insert(0, "'");
    if (v.find_first_of(",\"\r\n") == std::string::npos)
        return v;
    std::string quoted = "\"";
    for (char c : v)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

namespace {

// A number as a spreadsheet reads it: no grouping, no unit; a minus sign stays a number.
std::string csvNumber(const ReportCell& cell, ColumnType type)
{
    if (cell.suppressed || cell.empty || type == ColumnType::Text || type == ColumnType::Date)
        return csvField(formatCell(cell, type, false));
    std::string s = formatCell(cell, type, false);
    if (type == ColumnType::Percent)
        s = s.substr(0, s.size() - 2); // " %"
    return s;
}

std::string csvLine(const std::vector<std::string>& fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + fields[i];
    return out + "\r\n";
}

} // namespace

std::string renderCsv(const ReportTable& t, const RenderHeader& h)
{
    std::string out = csvLine({csvField(t.title)})
        + csvLine({csvField("Parameters"), csvField(t.parameters)})
        + csvLine({csvField("Run"), csvField(h.runAt), csvField(h.user)});
    std::vector<std::string> head;
    for (const auto& c : t.columns)
        head.push_back(csvField(c.title));
    out += csvLine(head);
    auto row = [&](const ReportRow& r) {
        std::vector<std::string> fields;
        for (std::size_t c = 0; c < t.columns.size() && c < r.cells.size(); ++c)
            fields.push_back(csvNumber(r.cells[c], cellType(r.cells[c], t.columns[c].type)));
        out += csvLine(fields);
    };
    for (const auto& r : t.rows)
        row(r);
    if (t.totals)
        row(*t.totals);
    for (const auto& f : t.footnotes)
        out += csvLine({csvField("Note"), csvField(f)});
    return out;
}

namespace {

std::string_view typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return "text";
    case ColumnType::Count:
        return "count";
    case ColumnType::Money:
        return "money_cents";
    case ColumnType::Percent:
        return "percent_basis_points";
    case ColumnType::Date:
        return "date";
    case ColumnType::Ratio:
        return "ratio_hundredths";
    }
    return "text";
}

nlohmann::json jsonRow(const ReportTable& t, const ReportRow& r)
{
    auto out = nlohmann::json::object();
    for (std::size_t c = 0; c < t.columns.size() && c < r.cells.size(); ++c) {
        const auto& cell = r.cells[c];
        const auto type = cellType(cell, t.columns[c].type);
        nlohmann::json v;
        if (cell.suppressed)
            v = "<11";
        else if (cell.empty)
            v = nullptr;
        else if (type == ColumnType::Text || type == ColumnType::Date)
            v = cell.text;
        else
            v = cell.value;
        if (cell.type && !cell.suppressed && !cell.empty)
            v = {{"value", v}, {"type", typeName(type)}};
        out[t.columns[c].key] = v;
        if (!cell.drill.empty())
            out["drill"][t.columns[c].key] = cell.drill;
    }
    return out;
}

} // namespace

std::string renderJson(const ReportTable& t, const RenderHeader& h)
{
    nlohmann::json j = {{"report", t.name}, {"title", t.title}, {"parameters", t.parameters},
        {"run_at", h.runAt}, {"user", h.user}, {"footnotes", t.footnotes}};
    j["columns"] = nlohmann::json::array();
    for (const auto& c : t.columns)
        j["columns"].push_back({{"key", c.key}, {"title", c.title}, {"type", typeName(c.type)}});
    j["rows"] = nlohmann::json::array();
    for (const auto& r : t.rows)
        j["rows"].push_back(jsonRow(t, r));
    j["totals"] = t.totals ? jsonRow(t, *t.totals) : nlohmann::json(nullptr);
    return j.dump(2) + "\n";
}

} // namespace caseledger::core
