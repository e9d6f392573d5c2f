#include "ui/admin/ledgerbalancesbox.h"

#include "core/services/ledgerservice.h"
#include "ui/common/dialogjob.h"
#include "ui/common/qtext.h"
#include "ui/common/reasondialog.h"
#include "ui/finance/financetext.h"
#include "ui/shell/sessioncontroller.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

constexpr int kDescribed = 5; // differences written out; the CLI lists a hundred

QString differenceText(const core::KeptBalanceDifference& d)
{
    const QString of = d.installment
        ? LedgerBalancesBox::tr("installment of %1").arg(FinanceText::date(*d.installment))
        : d.unapplied ? LedgerBalancesBox::tr("held unapplied")
                      : LedgerBalancesBox::tr("all months");
    // An administrator does not read cases (S6): the service leaves the case out.
    const QString which = d.caseNumber.empty()
        ? LedgerBalancesBox::tr("A case")
        : LedgerBalancesBox::tr("Case %1").arg(toQString(d.caseNumber));
    QString text = LedgerBalancesBox::tr("%1, %2 (%3): kept %4, ledger %5.")
                       .arg(which, toQString(d.bucket), of, FinanceText::money(d.kept),
                           FinanceText::money(d.ledger));
    if (d.keptEnteredOn != d.ledgerEnteredOn) {
        const auto month = [](const std::optional<core::Date>& m) {
            return m ? FinanceText::date(*m) : LedgerBalancesBox::tr("never");
        };
        text += QLatin1Char(' ')
            + LedgerBalancesBox::tr("Moved into the bucket: kept %1, ledger %2.")
                  .arg(month(d.keptEnteredOn), month(d.ledgerEnteredOn));
    }
    return text;
}

} // namespace

LedgerBalancesBox::LedgerBalancesBox(SessionController& session, QWidget* parent)
    : VerificationBox(session, core::Action::LedgerVerify,
        {tr("Ledger balances"),
            tr("Posting and accrual read each case's balances from sums kept beside the "
               "ledger. Verification adds up every ledger entry again and compares."),
            tr("About ledger balance verification"), tr("Verify &ledger balances"),
            tr("Verify the ledger balances"), tr("Ledger balance verification result"),
            tr("Ledger balance verification progress"), QStringLiteral("ledgerBalancesBox"),
            QStringLiteral("verifyLedgerButton"), QStringLiteral("ledgerResult")},
        parent)
{
    m_rebuild = new QPushButton(tr("Re&build from the ledger…"), this);
    m_rebuild->setObjectName(QStringLiteral("rebuildLedgerButton"));
    m_rebuild->setAccessibleName(tr("Rebuild the kept balances from the ledger"));
    buttonRow()->addWidget(m_rebuild, 0, Qt::AlignRight);
    connect(m_rebuild, &QPushButton::clicked, this, &LedgerBalancesBox::askRebuild);
    updateForSession();
}

void LedgerBalancesBox::updateForSession()
{
    VerificationBox::updateForSession();
    if (!m_rebuild)
        return;
    // Only an administrator rebuilds: the button is not there for anyone else.
    const bool may = m_session.isUnlocked() && m_session.session().may(core::Action::LedgerRebuild);
    m_rebuild->setVisible(may);
    m_rebuild->setEnabled(may && !isRunning());
}

QString LedgerBalancesBox::describe(const core::KeptBalanceCheck& result)
{
    if (result.ok())
        return tr("The kept balances agree with the ledger: %L1 cases, %L2 installment balances "
                  "and %L3 other sums checked.")
            .arg(result.cases)
            .arg(result.installments)
            .arg(result.bucketSums);
    QString text;
    if (result.differences > 0)
        text = tr("The kept balances differ from the ledger in %L1 sums; posting and accrual "
                  "would read wrong balances for these cases.")
                   .arg(result.differences);
    if (result.reportSumDifferences > 0) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        QStringList tables;
        for (const auto& t : result.reportSumTablesWrong)
            tables << QString::fromStdString(t);
        text += tr("The sums the reports read differ from the ledger in %L1 rows (%2); reports "
                   "would show wrong figures.")
                    .arg(result.reportSumDifferences)
                    .arg(tables.join(QStringLiteral(", ")));
    }
    int shown = 0;
    for (const auto& d : result.listed) {
        if (shown++ == kDescribed)
            break;
        text += QLatin1Char('\n') + differenceText(d);
    }
    if (result.differences > kDescribed)
        text += QLatin1Char('\n') + tr("…and %L1 more.").arg(result.differences - kDescribed);
    return text + QLatin1Char('\n')
        + tr("The ledger's entries are the record: an administrator can rebuild the kept "
             "balances from them.");
}

void LedgerBalancesBox::verify()
{
    if (isRunning() || !m_session.isUnlocked())
        return;
    auto progress = begin(tr("Verify ledger balances"), [](std::int64_t done, std::int64_t total) {
        return total ? tr("Adding up the ledger again… %L1 of %L2 cases.").arg(done).arg(total)
                     : tr("Adding up the ledger again…");
    });
    m_session.run<core::KeptBalanceCheck>(
        this,
        [progress](JobContext& job) {
            auto keepGoing = [&](std::int64_t done, std::int64_t total) {
                progress->done = done;
                progress->total = total;
                return !progress->cancel && !job.cancelled();
            };
            return core::LedgerService(job.workspace).verifyKeptBalances(job.session, keepGoing);
        },
        [this](core::Result<core::KeptBalanceCheck> result) {
            if (succeeded(result))
                showResult(describe(*result), result->ok());
        });
}

void LedgerBalancesBox::askRebuild()
{
    if (isRunning() || !m_session.isUnlocked())
        return;
    auto* dialog = new ReasonDialog(
        {QStringLiteral("rebuildReasonDialog"), tr("Rebuild from the ledger"), tr("Re&build"),
            tr("The kept balances are recomputed from every ledger entry; the entries do not "
               "change. The reason is recorded in the audit log with your name."),
            tr("&Reason:"), "reason", tr("for example: verification found 3 differences"),
            tr("Enter why the kept balances are rebuilt.")},
        this);
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [](JobContext& job, const std::string& why) {
            return core::LedgerService(job.workspace).rebuildKeptBalances(job.session, why);
        },
        [this](const core::KeptBalanceRebuild& rebuilt) {
            showResult(tr("Rebuilt from the ledger: %L1 installment balances, %L2 other sums and "
                          "%L3 rows of the reports' sums. The next accrual replans %L4 cases "
                          "from their orders.")
                           .arg(rebuilt.installments)
                           .arg(rebuilt.bucketSums)
                           .arg(rebuilt.reportSums)
                           .arg(rebuilt.marksDropped),
                true);
        });
}

} // namespace caseledger::ui
