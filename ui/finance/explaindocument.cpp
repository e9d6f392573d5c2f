#include "ui/finance/explaindocument.h"

#include "ui/common/qtext.h"
#include "ui/finance/financetext.h"

#include <QTextDocument>

namespace caseledger::ui {

QStringList ExplainDocument::lineHeaders()
{
    return {tr("Case"), tr("Entry"), tr("What it paid"), tr("Who receives it"), tr("Amount"),
        tr("Why (the rule)")};
}

std::vector<QStringList> ExplainDocument::lineCells(const core::CollectionExplanation& e)
{
    std::vector<QStringList> rows;
    rows.reserve(e.lines.size());
    for (const auto& l : e.lines)
        rows.push_back({toQString(l.line.caseNumber),
            FinanceText::entryKind(std::string(core::codeOf(l.entry))),
            FinanceText::bucket(l.line.bucket), FinanceText::payee(l.line.payee),
            FinanceText::money(l.line.amount), toQString(l.line.rule)});
    return rows;
}

QString ExplainDocument::summary(const core::CollectionExplanation& e)
{
    const auto& c = e.collection;
    QString text = tr("On %1 the agency received %2 (%3, receipt %4). Below is every part of "
                      "that payment: which case it went to, what it paid, who receives it and "
                      "the rule that decided it.")
                       .arg(FinanceText::date(c.collectedOn), FinanceText::money(c.amount),
                           FinanceText::source(c.source), toQString(c.receiptId));
    if (c.status == core::CollectionStatus::Reversed)
        text += QLatin1Char(' ')
            + tr("This payment was reversed: the lines marked “Payment "
                 "reversed” undo the lines above them.");
    else if (c.status == core::CollectionStatus::Undistributed)
        text += QLatin1Char(' ') + tr("This payment is held in the undistributed queue.");
    return text;
}

QString ExplainDocument::outcome(const core::CollectionExplanation& e)
{
    QStringList parts;
    for (const auto& d : e.disbursements) {
        if (d.amount.isZero())
            continue;
        parts << (d.amount.isNegative()
                ? tr("%1 that was to be sent to the family was cancelled.")
                      .arg(FinanceText::money(-d.amount))
                : tr("%1 is sent to the family on %2.")
                      .arg(FinanceText::money(d.amount), FinanceText::date(d.dueOn)));
    }
    for (const auto& h : e.held)
        if (!h.amount.isZero())
            parts << tr("%1 is held since %2: %3")
                         .arg(FinanceText::money(h.amount), FinanceText::date(h.since),
                             toQString(h.reason));
    if (parts.isEmpty())
        parts << tr("Nothing of this payment is waiting to be sent.");
    return parts.join(QLatin1Char('\n'));
}

std::unique_ptr<QTextDocument> ExplainDocument::document(const core::CollectionExplanation& e)
{
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p>")
              .arg(tr("Where your payment went").toHtmlEscaped(), summary(e).toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr>");
    for (const QString& h : lineHeaders())
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : lineCells(e)) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(c == 4 ? QStringLiteral(" align=\"right\"") : QString(),
                            row.at(c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><h3>%1</h3><p>%2</p>")
                .arg(tr("What happens next").toHtmlEscaped(),
                    outcome(e).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html);
    return doc;
}

} // namespace caseledger::ui
