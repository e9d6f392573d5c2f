#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <filesystem>

class QPagedPaintDevice;
class QTextDocument;

namespace caseledger::ui {

// Paginates a document onto a printer or a PDF writer with what DESIGN §8 puts on every
// printed page: the report name, its parameters, the run time, the user and "Page x of y".
// Shared by the guideline worksheet and the supervisor reports; needs Qt Gui only (the CLI
// links it for PDF reports, never Qt Widgets).
//
// QTextDocument::print() numbers pages but has no header, so the document is laid out for
// the device (its own resolution, so fonts keep their point size; STACK-NOTES: drawn at 300
// dpi without that it comes out tiny) and each page is drawn between a header and a footer.
class PagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(caseledger::ui::PagePrinter)

public:
    struct Frame
    {
        QString title; // the report name, top left
        QString context; // top right: a case ("Case 2024-000123") or the report's parameters
        QString userText; // "Prepared by Ada Administrator (admin)"
        QString runTime;
    };

    // Paints `document` (not changed: a copy is laid out) and returns the number of pages,
    // 0 when the device could not be painted on.
    static int print(const QTextDocument& document, QPagedPaintDevice& device, const Frame& frame);
    // A US Letter PDF of the document (landscape for wide tables); `pages` receives the count.
    static QByteArray pdf(const QTextDocument& document, const Frame& frame, int* pages = nullptr,
        bool landscape = false);
    // Writes `pdf` (from pdf() above) to `path` whole or not at all (SECURITY S22: a temporary
    // file, then a rename; a failure leaves an old file alone). An empty `pdf` -- nothing could
    // be drawn -- and a failed write throw core::Failure.
    static void save(const QByteArray& pdf, const std::filesystem::path& path);
};

} // namespace caseledger::ui
