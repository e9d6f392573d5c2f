#include "ui/print/reportpdf.h"

#include "ui/print/pageprinter.h"
#include "ui/print/reportdocument.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace caseledger::ui {

namespace {

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    static int argc = 1;
    static char name[] = "caseledger-cli";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv); // lives until the process ends
}

} // namespace

std::string reportPdf(const core::ReportTable& table, const core::RenderHeader& header, int* pages)
{
    ensureGuiApplication();
    const auto doc = reportDocument(table, header);
    const auto f = reportFrameText(table, header);
    const PagePrinter::Frame frame {
        f.title, f.parameters, PagePrinter::tr("Run by %1").arg(f.user), f.runTime};
    // Wide tables (the collections report has 14 columns) print across the page.
    const bool landscape = table.columns.size() > 7;
    const QByteArray bytes = PagePrinter::pdf(*doc, frame, pages, landscape);
    return bytes.toStdString();
}

} // namespace caseledger::ui
