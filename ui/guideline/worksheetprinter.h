#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace caseledger::ui {

// The guideline worksheet on paper: the report name, the case, the run time, the user and
// "Page x of y" on every page (DESIGN §8). The pagination is ui/print/PagePrinter's, shared
// with the supervisor reports.
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
