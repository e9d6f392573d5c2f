#include "ui/print/pageprinter.h"

#include "core/base/error.h"
#include "core/store/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>

#include <memory>

namespace caseledger::ui {

namespace {

void drawFrame(QPainter& painter, const QRectF& page, qreal band, const PagePrinter::Frame& f,
    int number, int count)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF header(page.left(), page.top(), page.width(), band * 0.6);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, f.title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, f.context);
    const qreal rule = band * 0.7;
    painter.drawLine(QPointF(page.left(), rule), QPointF(page.right(), rule));
    const QRectF footer(page.left(), page.bottom() - band * 0.6, page.width(), band * 0.6);
    painter.drawLine(QPointF(page.left(), page.bottom() - band * 0.7),
        QPointF(page.right(), page.bottom() - band * 0.7));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
        PagePrinter::tr("%1 · run %2").arg(f.userText, f.runTime));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
        PagePrinter::tr("Page %1 of %2").arg(number).arg(count));
    painter.restore();
}

} // namespace

int PagePrinter::print(const QTextDocument& document, QPagedPaintDevice& device, const Frame& frame)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    // The painter's origin is the top left of the printable area, inside the margins.
    const QRectF page(0, 0, device.width(), device.height());
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    const qreal band = QFontMetricsF(small, &device).height() * 2.2;
    // The copy is laid out once, for the device and the page: its (empty) layout gets both
    // before the content arrives. document.clone() would be laid out three times (when its
    // layout is made, for the device, for the page), which was two thirds of a 100-page
    // report's PDF time (issue 6, tests/bench/reports_bench.cpp). A fragment carries text,
    // tables and formats, not a document's resources: a document that ever adds an image
    // with addResource() must add it to this copy as well (none does).
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(QSizeF(page.width(), page.height() - 2 * band));
    doc->setDefaultFont(document.defaultFont());
    doc->setDefaultStyleSheet(document.defaultStyleSheet());
    doc->setDefaultTextOption(document.defaultTextOption());
    doc->setDocumentMargin(document.documentMargin());
    doc->setIndentWidth(document.indentWidth());
    doc->rootFrame()->setFrameFormat(document.rootFrame()->frameFormat());
    QTextCursor(doc.get()).insertFragment(QTextDocumentFragment(&document));
    const qreal body = doc->pageSize().height();
    const int count = doc->pageCount();

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black); // paper is white in any theme
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            device.newPage();
        drawFrame(painter, page, band, frame, i + 1, count);
        painter.save();
        painter.translate(0, band - i * body);
        context.clip = QRectF(0, i * body, page.width(), body);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return count;
}

QByteArray PagePrinter::pdf(
    const QTextDocument& document, const Frame& frame, int* pages, bool landscape)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter),
            landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
            QPageLayout::Millimeter));
        writer.setTitle(frame.title);
        writer.setCreator(QStringLiteral("CaseLedger"));
        count = print(document, writer, frame);
    }
    if (pages)
        *pages = count;
    return count > 0 ? bytes : QByteArray();
}

void PagePrinter::save(const QByteArray& pdf, const std::filesystem::path& path)
{
    if (pdf.isEmpty())
        throw core::Failure(core::ErrorCode::Internal, "the PDF could not be drawn");
    core::writeFileAtomically(path,
        std::span(reinterpret_cast<const std::uint8_t*>(pdf.constData()),
            static_cast<std::size_t>(pdf.size())));
}

} // namespace caseledger::ui
