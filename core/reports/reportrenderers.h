#pragma once

#include "core/reports/reporttable.h"

#include <string>

namespace caseledger::core {

// Who ran a report and when: the header of every rendering (DESIGN §8).
struct RenderHeader
{
    std::string runAt; // UTC, "2026-11-02 14:05 UTC"
    std::string user; // sign-in name of who ran it
};

// Plain-text table for the terminal (`report NAME --format table`).
std::string renderText(const ReportTable& table, const RenderHeader& header);

// CSV (RFC 4180, CRLF line ends). SECURITY S25: a cell starting with = + - @ tab or CR gets a
// leading apostrophe so that a spreadsheet never runs it as a formula; numbers are written
// plainly (cents as dollars "1234.56", percentages as "79.50"), a negative number is kept as a
// number. The header and footnotes are comment-free rows so the file opens cleanly.
std::string renderCsv(const ReportTable& table, const RenderHeader& header);
// One CSV field, neutralized and quoted as needed (exposed for tests).
std::string csvField(const std::string& text);

// JSON: {report, title, parameters, run_at, user, columns:[{key,title,type}], rows:[{key:value}],
// totals, footnotes}. Numbers are numbers: counts, cents ("..._cents"), basis points.
std::string renderJson(const ReportTable& table, const RenderHeader& header);

} // namespace caseledger::core
