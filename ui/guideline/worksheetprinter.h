#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace caseledger::ui {

// Paginates a document onto a printer or a PDF writer with what DESIGN §8 puts on every
// printed page: the report name, the run time, the user and "Page x of y".
//
// QTextDocument::print() numbers pages but has no header, so the document is laid out for
// the device (its own resolution, so fonts keep their point size; STACK-NOTES: drawn at 300
// dpi without that it comes out tiny) and each page is drawn between a header and a footer.
class WorksheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(caseledger::ui::WorksheetPrinter)

public:
    struct Frame
    {
        QString reportName;
        QString caseText; // "Case 2024-000123", or empty
        QString userText; // "Prepared by Ada Administrator (admin)"
        QString runTime;
    };

    // Paints `document` (not changed: a copy is laid out) and returns the number of pages,
    // 0 when the device could not be painted on.
    static int print(const QTextDocument& document, QPagedPaintDevice& device, const Frame& frame);
    // A US Letter PDF of the document; `pages` receives the page count.
    static QByteArray pdf(const QTextDocument& document, const Frame& frame, int* pages = nullptr);
};

} // namespace caseledger::ui
