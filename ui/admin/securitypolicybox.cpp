#include "ui/admin/securitypolicybox.h"

#include "core/services/databaseservice.h"
#include "ui/common/errortext.h"
#include "ui/shell/sessioncontroller.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

QSpinBox* spinBox(
    QWidget* parent, int minimum, int maximum, const QString& suffix, const QString& accessibleName)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

SecurityPolicyBox::SecurityPolicyBox(SessionController& session, QWidget* parent)
    : QGroupBox(tr("Security policy"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("securityPolicyBox"));
    setAccessibleName(tr("Security policy"));
    // The same bounds as DatabaseService::setPolicy, so the boxes cannot offer what it refuses.
    m_threshold = spinBox(
        this, 3, 10, tr(" failed sign-ins"), tr("Failed sign-ins before an account locks"));
    m_lockoutMinutes = spinBox(this, 1, 24 * 60, tr(" min"), tr("Minutes an account stays locked"));
    m_idleMinutes = spinBox(this, 1, 15, tr(" min"), tr("Idle minutes before the session locks"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesBox"));
    m_apply = new QPushButton(tr("A&pply policy"), this);
    m_apply->setAccessibleName(tr("Apply the security policy"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Security policy status"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Lock an account after:"), m_threshold);
    form->addRow(tr("Keep it locked for:"), m_lockoutMinutes);
    form->addRow(tr("Lock the session when idle for:"), m_idleMinutes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_apply, 0, Qt::AlignRight);

    connect(m_apply, &QPushButton::clicked, this, &SecurityPolicyBox::apply);
    clear();
}

SecurityPolicyBox::~SecurityPolicyBox() = default;

QString SecurityPolicyBox::statusText() const
{
    return m_status->text();
}

void SecurityPolicyBox::setEditable(bool editable)
{
    const bool mayChange = editable && m_session.session().may(core::Action::DatabaseSetPolicy);
    for (QSpinBox* box : {m_threshold, m_lockoutMinutes, m_idleMinutes})
        box->setEnabled(mayChange);
    m_apply->setEnabled(mayChange);
}

void SecurityPolicyBox::clear()
{
    m_loaded = false;
    m_threshold->setValue(5);
    m_lockoutMinutes->setValue(15);
    m_idleMinutes->setValue(15);
    m_status->clear();
    setEditable(false);
}

void SecurityPolicyBox::load()
{
    m_session.run<core::SecurityPolicy>(
        this,
        [](JobContext& job) { return core::DatabaseService(job.workspace).policy(job.session); },
        [this](core::Result<core::SecurityPolicy> policy) {
            if (!policy) {
                m_status->setText(ErrorText::forError(policy.error()));
                return;
            }
            m_threshold->setValue(policy->lockout.threshold);
            m_lockoutMinutes->setValue(policy->lockout.minutes);
            m_idleMinutes->setValue(policy->idleLockMinutes);
            m_loaded = true;
            m_status->clear();
            setEditable(true);
        });
}

void SecurityPolicyBox::apply()
{
    if (!m_loaded)
        return;
    core::SecurityPolicy policy;
    policy.lockout.threshold = m_threshold->value();
    policy.lockout.minutes = m_lockoutMinutes->value();
    policy.idleLockMinutes = m_idleMinutes->value();
    setEditable(false);
    m_session.run<core::Done>(
        this,
        [policy](JobContext& job) {
            return core::DatabaseService(job.workspace).setPolicy(job.session, policy);
        },
        [this, policy](core::Status status) {
            setEditable(true);
            if (!status) {
                m_status->setText(ErrorText::forError(status.error()));
                return;
            }
            m_session.setIdleLockMinutes(policy.idleLockMinutes);
            m_status->setText(tr(
                "Saved. Sessions lock after %n idle minute(s).", nullptr, policy.idleLockMinutes));
        });
}

} // namespace caseledger::ui
