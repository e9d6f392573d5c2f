#include "ui/admin/auditverificationbox.h"

#include "core/services/auditservice.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

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
    : QGroupBox(tr("Audit log"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("auditVerificationBox"));
    setAccessibleName(tr("Audit log"));
    auto* intro = new QLabel(
        tr("Every action is recorded in a chained, signed log. Verification proves that no "
           "record was changed, removed, inserted or reordered."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("About audit verification"));
    m_verify = new QPushButton(tr("&Verify audit log"), this);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verify->setAccessibleName(tr("Verify the audit log"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setAccessibleName(tr("Audit verification result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_verify, 0, Qt::AlignRight);

    connect(m_verify, &QPushButton::clicked, this, &AuditVerificationBox::verify);
    updateForSession();
}

AuditVerificationBox::~AuditVerificationBox() = default;

QString AuditVerificationBox::resultText() const
{
    return m_result->text();
}

void AuditVerificationBox::clear()
{
    m_result->clear();
    m_result->setStyleSheet(QString());
}

void AuditVerificationBox::abandon()
{
    m_running = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    clear();
    updateForSession();
}

void AuditVerificationBox::updateForSession()
{
    m_verify->setEnabled(
        !m_running && m_session.isUnlocked() && m_session.session().may(core::Action::AuditVerify));
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
    if (m_running || !m_session.isUnlocked())
        return;
    m_running = true;
    updateForSession();
    clear();
    auto checked = std::make_shared<std::atomic<std::int64_t>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);

    m_progress = new QProgressDialog(tr("Checking the audit log…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Verify audit log"));
    m_progress->setAccessibleName(tr("Audit verification progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a small log is checked before the dialog would flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto* poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, m_progress, [progress = m_progress, checked] {
        progress->setLabelText(
            tr("Checking the audit log… %L1 records so far.").arg(checked->load()));
    });
    poll->start(150);

    m_session.run<core::AuditVerification>(
        this,
        [checked, cancel](JobContext& job) {
            auto keepGoing = [&](std::int64_t rows) {
                checked->store(rows);
                return !cancel->load() && !job.cancelled();
            };
            return core::AuditService(job.workspace).verify(job.session, keepGoing);
        },
        [this](core::Result<core::AuditVerification> result) { finish(result); });
}

void AuditVerificationBox::finish(const core::Result<core::AuditVerification>& result)
{
    m_running = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    updateForSession();
    if (!result) {
        m_result->setText(result.error().code == core::ErrorCode::Cancelled
                ? tr("Verification was cancelled.")
                : ErrorText::forError(result.error()));
        m_result->setStyleSheet(QString());
        return;
    }
    m_result->setText(describe(result.value()));
    m_result->setStyleSheet(result->ok ? QStringLiteral("color: #1b6e20; font-weight: 600;")
                                       : QStringLiteral("color: #b3261e; font-weight: 600;"));
}

} // namespace caseledger::ui
