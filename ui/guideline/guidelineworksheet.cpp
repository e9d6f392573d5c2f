#include "ui/guideline/guidelineworksheet.h"

#include "core/guideline/addonapportionment.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/guideline/guidelineinput.h"

#include <QFont>
#include <QStringList>
#include <QTextDocument>

namespace caseledger::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString esc(std::string_view text)
{
    return toQString(text).toHtmlEscaped();
}

// A table with a header row (repeated on each page it continues onto) and escaped cells.
class Table
{
public:
    explicit Table(const QStringList& headers, const QString& widths = QString())
    {
        m_html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"2\" style=\"border-collapse: collapse; "
                                "border-color: #888888;\"><thead><tr>");
        const QStringList w = widths.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < headers.size(); ++i)
            m_html
                += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\"%1>%2</th>")
                       .arg(i < w.size() ? QStringLiteral(" width=\"%1%\"").arg(w[i]) : QString(),
                           esc(headers[i]));
        m_html += QStringLiteral("</tr></thead>");
    }
    // Cells already escaped, or built from markup this file writes.
    Table& row(const QStringList& cells)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString& cell : cells)
            m_html += QStringLiteral("<td>%1</td>").arg(cell);
        m_html += QStringLiteral("</tr>");
        return *this;
    }
    Table& textRow(const QStringList& cells)
    {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped << esc(cell);
        return row(escaped);
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

QString h2(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size: 13pt; margin-top: 14px;\">%1</h2>")
        .arg(esc(text));
}

QString para(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString percentCell(const std::optional<core::Rational>& percent)
{
    return percent ? percentText(*percent) + QStringLiteral(" %") : QString();
}

} // namespace

QString GuidelineWorksheet::reportName()
{
    return tr("Guideline child support worksheet");
}

QString GuidelineWorksheet::runTimeText(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("MM/dd/yyyy HH:mm t"));
}

QString GuidelineWorksheet::paysText(const core::GuidelineResult& r)
{
    if (!r.payer)
        return tr("Neither parent pays: guideline child support is %1")
            .arg(moneyText(r.monthlySupport));
    return tr("%1 pays %2 %3 a month")
        .arg(toQString(r.payerId()), toQString(r.payeeId()), moneyText(r.monthlySupport));
}

QString GuidelineWorksheet::lawText(const core::GuidelineResult& r)
{
    return tr("Law in force on %1: Fam. Code §4055 %2")
        .arg(dateText(r.asOf), toQString(core::guidelineLawDisplayName(r.law)));
}

QString GuidelineWorksheet::lowIncomeText(const core::GuidelineResult& r)
{
    const core::LowIncomeRange& li = r.lowIncome;
    if (!li.computable)
        return tr("Low-income adjustment (Fam. Code §4055(b)(7)): %1")
            .arg(ErrorText::sentence(li.explanation));
    if (!li.applies || !r.payer || !li.minimum || !li.maximum || !li.threshold)
        return {};
    QString text
        = tr("Low-income adjustment (Fam. Code §4055(b)(7)): the net income of %1, %2 a month, is "
             "below the low-income threshold of %3. The court may set the support anywhere from "
             "%4 to %5 a month.")
              .arg(toQString(r.payerId()), moneyText(r.netIncomes[*r.payer]),
                  moneyText(li.threshold->roundToCents()), moneyText(*li.minimum),
                  moneyText(*li.maximum));
    if (r.law == core::GuidelineLaw::From20240901)
        text += QLatin1Char(' ')
            + tr("The adjustment is a rebuttable presumption; the lowest figure is CS × net / "
                 "threshold.");
    if (li.exceedsHalfOfNet)
        text += QLatin1Char(' ')
            + tr("Even the lowest figure exceeds half of %1's net income, so the guideline may be "
                 "rebutted (Fam. Code §4057(b)(5)).")
                  .arg(toQString(r.payerId()));
    return text;
}

QString GuidelineWorksheet::addOnSharesText(const core::GuidelineResult& r)
{
    const auto pct = core::sharePercentText(r.addOnShare);
    return tr("Add-ons are shared %1 %2 % and %3 %4 %.")
        .arg(toQString(r.parentIds[0]), toQString(pct[0]), toQString(r.parentIds[1]),
            toQString(pct[1]));
}

QString GuidelineWorksheet::infoTable(const core::GuidelineResult& r, const Header& h)
{
    const QString none = tr("none");
    Table t({tr("Case"), tr("As-of date"), tr("Prepared by"), tr("Run at")},
        QStringLiteral("22,18,32,28"));
    t.textRow({h.caseNumber.isEmpty() ? none : h.caseNumber, dateText(r.asOf),
        tr("%1 (%2)").arg(h.preparer, h.userName), runTimeText(h.runTime)});
    return t.html() + para(lawText(r));
}

QString GuidelineWorksheet::resultSection(const core::GuidelineResult& r)
{
    QString html = h2(tr("Result"));
    html += QStringLiteral("<p style=\"font-size: 14pt;\"><b>%1</b></p>").arg(esc(paysText(r)));
    Table perChild({tr("Child"), tr("Birth date"),
                       tr("Allocated support (youngest first, "
                          "§4055(b)(8))")},
        QStringLiteral("20,30,50"));
    for (const auto& c : r.perChild)
        perChild.textRow(
            {tr("Child %1").arg(c.childIndex + 1), dateText(c.birthDate), moneyText(c.amount)});
    html += perChild.html();
    const QString low = lowIncomeText(r);
    if (!low.isEmpty())
        html += QStringLiteral("<p style=\"background-color: #fff4d6;\"><b>%1</b></p>")
                    .arg(esc(low));
    else
        html += para(tr("Low-income adjustment (Fam. Code §4055(b)(7)): %1.")
                         .arg(toQString(r.lowIncome.explanation)));
    html += addOnsTable(r);
    return html;
}

QString GuidelineWorksheet::addOnsTable(const core::GuidelineResult& r)
{
    QString html = para(addOnSharesText(r));
    Table t({tr("Add-on"), tr("Monthly"), toQString(r.parentIds[0]), toQString(r.parentIds[1])},
        QStringLiteral("46,18,18,18"));
    for (const auto& a : r.addOns)
        t.textRow({addOnLabel(a.kind), moneyText(a.total), moneyText(a.shares[0]),
            moneyText(a.shares[1])});
    return html + t.html();
}

QString GuidelineWorksheet::parentsTable(
    const core::GuidelineRequest& request, const core::GuidelineResult& r)
{
    const auto& p = request.parents;
    Table t({tr("Parent"), toQString(p[0].id), toQString(p[1].id)}, QStringLiteral("46,27,27"));
    auto row = [&](const QString& what, const QString& a, const QString& b) {
        t.textRow({what, a, b});
    };
    auto entered = [&](const core::GuidelineParent& parent) {
        return parent.gross ? tr("gross less deductions") : tr("net");
    };
    row(tr("Income entered as"), entered(p[0]), entered(p[1]));
    if (p[0].gross || p[1].gross) {
        auto gross = [](const core::GuidelineParent& parent) {
            return parent.gross ? moneyText(parent.gross->grossMonthly) : QString();
        };
        row(tr("Gross monthly income (§4058)"), gross(p[0]), gross(p[1]));
        for (std::size_t i = 0; i < std::size(core::kDeductionFields); ++i) {
            const auto member = core::kDeductionFields[i].member;
            auto amount = [member](const core::GuidelineParent& parent) {
                return parent.gross ? moneyText(parent.gross->deductions.*member) : QString();
            };
            row(tr("less %1").arg(deductionLabel(i)), amount(p[0]), amount(p[1]));
        }
    }
    row(tr("Net monthly disposable income (§4059)"), moneyText(r.netIncomes[0]),
        moneyText(r.netIncomes[1]));
    row(tr("Time-share (§4055(b)(1)(D))"),
        p[0].timesharePercent ? percentCell(p[0].timesharePercent) : tr("see children"),
        p[1].timesharePercent ? percentCell(p[1].timesharePercent) : tr("see children"));
    return t.html();
}

QString GuidelineWorksheet::childrenTable(const core::GuidelineRequest& request)
{
    const auto& p = request.parents;
    const bool perChild = !p[0].timeshareByChildPercent.empty();
    QStringList headers {tr("Child"), tr("Birth date")};
    if (perChild)
        headers << tr("Time-share of %1").arg(toQString(p[0].id))
                << tr("Time-share of %1").arg(toQString(p[1].id));
    Table t(headers);
    for (std::size_t c = 0; c < request.children.size(); ++c) {
        QStringList cells {tr("Child %1").arg(c + 1), dateText(request.children[c].birthDate)};
        for (std::size_t i = 0; perChild && i < 2; ++i)
            cells << (c < p[i].timeshareByChildPercent.size()
                    ? percentCell(p[i].timeshareByChildPercent[c])
                    : QString());
        t.textRow(cells);
    }
    return t.html();
}

QString GuidelineWorksheet::otherInputsTable(
    const core::GuidelineRequest& request, const core::GuidelineResult& r)
{
    Table t({tr("Input"), tr("Value")}, QStringLiteral("46,54"));
    t.textRow({tr("Default proceeding without time-share evidence (§4055(b)(6))"),
        request.defaultProceeding
            ? tr("yes; custodial parent: %1").arg(toQString(request.custodialParentId))
            : tr("no")});
    for (auto kind : core::kAllAddOnKinds)
        t.textRow({addOnLabel(kind), moneyText(request.addOns[static_cast<std::size_t>(kind)])});
    t.textRow({tr("Spousal support (§4061(c))"),
        request.spousalSupport ? tr("%1 a month, paid by %2")
                                     .arg(moneyText(request.spousalSupport->monthly),
                                         toQString(request.spousalSupport->payerId))
                               : tr("none")});
    if (r.law == core::GuidelineLaw::Before20240901)
        t.textRow({tr("Add-ons before 09/01/2024 (§4061(a), (b))"),
            request.proportionalAddOns ? tr("in proportion to net incomes, as a parent asked")
                                       : tr("one half each")});
    return t.html();
}

QString GuidelineWorksheet::stepsTable(const core::GuidelineResult& r)
{
    // No fixed widths: the one-line citations set the width of their column, and the step and
    // its value share the rest.
    Table t({tr("#"), tr("Step"), tr("Value"), tr("Authority")});
    int n = 0;
    for (const auto& s : r.steps) {
        // Each reference stays on one line (it is what a reader looks up); long citations
        // break only between references.
        QString citation;
        for (const QString& line : citationLines(toQString(s.citation)))
            citation += QStringLiteral("<p style=\"white-space: nowrap; margin: 0px;\">%1</p>")
                            .arg(esc(line));
        t.row({QString::number(++n), esc(s.what), esc(s.value), citation});
    }
    return t.html();
}

QString GuidelineWorksheet::html(
    const core::GuidelineRequest& request, const core::GuidelineResult& r, const Header& header)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"font-size: 17pt;\">%1</h1>").arg(esc(reportName()));
    html += infoTable(r, header);
    html += resultSection(r);
    html += h2(tr("Inputs"));
    html += parentsTable(request, r);
    html += QStringLiteral("<p></p>") + childrenTable(request);
    html += QStringLiteral("<p></p>") + otherInputsTable(request, r);
    // The working starts on a page of its own: its table reads best unbroken.
    html += QStringLiteral("<h2 style=\"font-size: 13pt; page-break-before: always;\">%1</h2>")
                .arg(esc(tr("Working, step by step")));
    html += stepsTable(r);
    html += para(tr("Exact arithmetic; only final amounts are rounded to the cent, half away from "
                    "zero. The fraction and K are shown to six decimals."));
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> GuidelineWorksheet::document(const core::GuidelineRequest& request,
    const core::GuidelineResult& result, const Header& header)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, reportName());
    doc->setHtml(html(request, result, header));
    return doc;
}

} // namespace caseledger::ui
