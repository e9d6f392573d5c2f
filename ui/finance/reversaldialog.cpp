#include "ui/finance/reversaldialog.h"

#include "core/finance/ledgertypes.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"
#include "ui/finance/financetext.h"

#include <QLineEdit>

#include <algorithm>
#include <tuple>

namespace caseledger::ui {

ReversalDialog::ReversalDialog(const core::CollectionExplanation& explanation, QWidget* parent)
    : RequestDialog(tr("Reverse a payment"), tr("&Reverse payment"), parent)
{
    setObjectName(QStringLiteral("reversalDialog"));
    m_undoText = describeUndo(explanation);
    setIntro(m_undoText);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reversalReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the reversal"));
    m_reason->setPlaceholderText(tr("For example: check returned unpaid by the bank"));
    m_reason->setMaxLength(500);
    addField(tr("R&eason:"), m_reason, "reason");
    m_reason->setFocus();
}

ReversalDialog::~ReversalDialog() = default;

QString ReversalDialog::describeUndo(const core::CollectionExplanation& e)
{
    const auto& c = e.collection;
    QStringList lines;
    lines << tr("Receipt %1: %2 received on %3 will be reversed. These parts are undone:")
                 .arg(toQString(c.receiptId), FinanceText::money(c.amount),
                     FinanceText::date(c.collectedOn));
    // The lines still standing (reversals and back-outs negate lines written before them),
    // netted per case, bucket and payee: paid-ahead money applied later moved between buckets.
    core::Money standing;
    std::vector<std::pair<std::tuple<std::string, std::string, core::Payee>, core::AllocationLine>>
        parts;
    for (const auto& l : core::activeLines(e.lines)) {
        standing += l.line.amount;
        const auto key = std::tuple(l.line.caseNumber, l.line.bucket.code(), l.line.payee);
        auto it = std::find_if(
            parts.begin(), parts.end(), [&](const auto& p) { return p.first == key; });
        if (it == parts.end())
            parts.push_back({key, l.line});
        else
            it->second.amount += l.line.amount;
    }
    for (const auto& [key, part] : parts)
        if (!part.amount.isZero())
            lines << tr("• case %1, %2, %3: %4")
                         .arg(toQString(part.caseNumber), FinanceText::bucket(part.bucket),
                             FinanceText::payee(part.payee), FinanceText::money(part.amount));
    core::Money sent;
    for (const auto& d : e.disbursements)
        sent += d.amount;
    if (sent.isPositive())
        // distribution.md §6: money the family already has becomes an overpayment receivable.
        lines << tr("Payments to the family of %1 are cancelled if not yet sent; what was "
                    "already sent becomes an overpayment to recover.")
                     .arg(FinanceText::money(sent));
    if (c.status == core::CollectionStatus::Reversed || standing.isZero())
        lines << tr("This payment has already been reversed.");
    return lines.join(QLatin1Char('\n'));
}

bool ReversalDialog::checkInput()
{
    if (m_reason->text().trimmed().isEmpty()) {
        messages().showFor("reason", tr("Give the reason for the reversal."));
        return false;
    }
    return true;
}

std::optional<std::string> ReversalDialog::request() const
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return std::nullopt;
    return toStdString(reason);
}

} // namespace caseledger::ui
