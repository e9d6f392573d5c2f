#include "ui/print/reportdocument.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace caseledger::ui {

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString rowHtml(const core::ReportTable& t, const core::ReportRow& row, bool total)
{
    QString html = QStringLiteral("<tr>");
    for (std::size_t c = 0; c < t.columns.size() && c < row.cells.size(); ++c) {
        const auto type = core::cellType(row.cells[c], t.columns[c].type);
        const bool right = type != core::ColumnType::Text && type != core::ColumnType::Date;
        QString cell = text(core::formatCell(row.cells[c], t.columns[c].type));
        if (total)
            cell = QStringLiteral("<b>") + cell + QStringLiteral("</b>");
        html += (right ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + cell
            + QStringLiteral("</td>");
    }
    return html + QStringLiteral("</tr>");
}

} // namespace

std::unique_ptr<QTextDocument> reportDocument(
    const core::ReportTable& t, const core::RenderHeader& header)
{
    QString html = QStringLiteral("<h2>") + text(t.title) + QStringLiteral("</h2><p>")
        + QCoreApplication::translate("caseledger::ui::ReportDocument", "Parameters: %1")
              .arg(text(t.parameters))
        + QStringLiteral("<br/>")
        + QCoreApplication::translate("caseledger::ui::ReportDocument", "Run %1 by %2")
              .arg(text(header.runAt), text(header.user))
        + QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         "width=\"100%\"><thead><tr>");
    for (const auto& c : t.columns)
        html += QStringLiteral("<th>") + text(c.title) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>");
    for (const auto& r : t.rows)
        html += rowHtml(t, r, false);
    if (t.totals)
        html += rowHtml(t, *t.totals, true);
    html += QStringLiteral("</table>");
    for (const auto& f : t.footnotes)
        html += QStringLiteral("<p><small>* ") + text(f) + QStringLiteral("</small></p>");
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    return doc;
}

ReportFrameText reportFrameText(const core::ReportTable& t, const core::RenderHeader& header)
{
    return {QString::fromStdString(t.title), QString::fromStdString(t.parameters),
        QString::fromStdString(header.user), QString::fromStdString(header.runAt)};
}

} // namespace caseledger::ui
