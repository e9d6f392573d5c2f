#pragma once

#include "core/reports/reportrenderers.h"
#include "core/reports/reporttable.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace caseledger::ui {

// A report table as a document for print preview, printing and PDF (DESIGN §8): the title,
// the parameters, the table with its totals row in bold, and the footnotes. Every cell goes
// through core::formatCell, so the page shows what the screen and the CSV show ("<11").
std::unique_ptr<QTextDocument> reportDocument(
    const core::ReportTable& table, const core::RenderHeader& header);

// The page frame for a report: its title, its parameters, who ran it and when.
struct ReportFrameText
{
    QString title;
    QString parameters;
    QString user;
    QString runTime;
};
ReportFrameText reportFrameText(const core::ReportTable& table, const core::RenderHeader& header);

} // namespace caseledger::ui
