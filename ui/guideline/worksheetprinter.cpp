#include "ui/guideline/worksheetprinter.h"

#include "ui/print/pageprinter.h"

namespace caseledger::ui {

namespace {

// The worksheet's frame on the shared pagination (ui/print): the case goes top right.
PagePrinter::Frame pageFrame(const WorksheetPrinter::Frame& f)
{
    return {f.reportName, f.caseText, f.userText, f.runTime};
}

} // namespace

int WorksheetPrinter::print(
    const QTextDocument& document, QPagedPaintDevice& device, const Frame& frame)
{
    return PagePrinter::print(document, device, pageFrame(frame));
}

QByteArray WorksheetPrinter::pdf(const QTextDocument& document, const Frame& frame, int* pages)
{
    return PagePrinter::pdf(document, pageFrame(frame), pages);
}

} // namespace caseledger::ui
