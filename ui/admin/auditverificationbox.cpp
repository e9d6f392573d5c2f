#include "ui/admin/auditverificationbox.h"

#include "core/services/auditservice.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

namespace caseledger::ui {

namespace {

QString faultText(const std::string& fault)
{
    if (fault == "changed")
        return AuditVerificationBox::tr("the record was changed after it was written");
    if (fault == "inserted")
        return AuditVerificationBox::tr("a record was inserted");
    if (fault == "missing")
        return AuditVerificationBox::tr("a record is missing");
    if (fault == "reordered")
        return AuditVerificationBox::tr("records are out of order");
    if (fault == "truncated")
        return AuditVerificationBox::tr("the log was cut short");
    if (fault == "bad_checkpoint")
        return AuditVerificationBox::tr("a signed checkpoint does not match the log");
    return toQString(fault);
}

} // namespace

AuditVerificationBox::AuditVerificationBox(SessionController& session, QWidget* parent)
    : VerificationBox(session, core::Action::AuditVerify,
        {tr("Audit log"),
            tr("Every action is recorded in a chained, signed log. Verification proves that no "
               "record was changed, removed, inserted or reordered."),
            tr("About audit verification"), tr("&Verify audit log"), tr("Verify the audit log"),
            tr("Audit verification result"), tr("Audit verification progress"),
            QStringLiteral("auditVerificationBox"), QStringLiteral("verifyAuditButton"),
            QStringLiteral("auditResult")},
        parent)
{
    updateForSession();
}

QString AuditVerificationBox::describe(const core::AuditVerification& result)
{
    if (result.ok)
        return tr("The audit log is intact: %L1 records and %L2 signed checkpoints checked; none "
                  "was changed, "
                  "removed, inserted or reordered.")
            .arg(result.checked)
            .arg(result.checkpoints);
    QString text
        = tr("The audit log is damaged at record %1: %2.")
              .arg(result.firstBadSeq ? QString::number(*result.firstBadSeq) : tr("(unknown)"),
                  faultText(result.fault));
    if (!result.detail.empty())
        text += QLatin1Char(' ') + ErrorText::sentence(result.detail);
    return text + QLatin1Char(' ')
        + tr("Keep this database as it is and tell your security officer.");
}

void AuditVerificationBox::verify()
{
    if (isRunning() || !m_session.isUnlocked())
        return;
    auto progress = begin(tr("Verify audit log"), [](std::int64_t done, std::int64_t) {
        return done ? tr("Checking the audit log… %L1 records so far.").arg(done)
                    : tr("Checking the audit log…");
    });
    m_session.run<core::AuditVerification>(
        this,
        [progress](JobContext& job) {
            auto keepGoing = [&](std::int64_t rows) {
                progress->done = rows;
                return !progress->cancel && !job.cancelled();
            };
            return core::AuditService(job.workspace).verify(job.session, keepGoing);
        },
        [this](core::Result<core::AuditVerification> result) {
            if (succeeded(result))
                showResult(describe(*result), result->ok);
        });
}

} // namespace caseledger::ui
