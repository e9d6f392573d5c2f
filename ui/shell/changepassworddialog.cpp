#include "ui/shell/changepassworddialog.h"

#include "core/services/userservice.h"
#include "ui/common/busybar.h"
#include "ui/common/formmessages.h"
#include "ui/common/secret.h"
#include "ui/shell/sessioncontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

QLineEdit* passwordEdit(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(
    SessionController& session, Reason reason, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_reason(reason)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change your password"));
    setAccessibleName(tr("Change your password"));
    setModal(true);
    setMinimumWidth(440);

    auto* intro = new QLabel(reason == Reason::Required
            ? tr("You signed in with a temporary password. Choose your own password before "
                 "you continue.")
            : tr("Choose a new password for your account."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Instructions"));
    auto* rules = new QLabel(
        tr("At least 12 characters; a short sentence is easy to remember. Common passwords "
           "are refused."),
        this);
    rules->setWordWrap(true);
    rules->setAccessibleName(tr("Password rules"));

    m_currentEdit
        = passwordEdit(this, QStringLiteral("currentPasswordEdit"), tr("Current password"));
    m_newEdit = passwordEdit(this, QStringLiteral("newPasswordEdit"), tr("New password"));
    m_confirmEdit
        = passwordEdit(this, QStringLiteral("confirmPasswordEdit"), tr("Repeat the new password"));

    auto* general = new QLabel(this);
    general->setAccessibleName(tr("Message"));
    m_messages = std::make_unique<FormMessages>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_currentEdit);
    form->addRow(QString(), m_messages->addField("current password", m_currentEdit));
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(QString(), m_messages->addField("new password", m_newEdit));
    m_messages->alias("password", "new password");
    form->addRow(tr("&Repeat new password:"), m_confirmEdit);
    form->addRow(QString(), m_messages->addField("repeat", m_confirmEdit));

    m_busy = makeBusyBar(this, tr("Changing the password"));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("&Change password"), QDialogButtonBox::AcceptRole);
    m_okButton->setAccessibleName(tr("Change password"));
    m_okButton->setDefault(true);
    m_otherButton = reason == Reason::Required
        ? buttons->addButton(tr("&Sign out"), QDialogButtonBox::RejectRole)
        : buttons->addButton(QDialogButtonBox::Cancel);
    m_otherButton->setAccessibleName(reason == Reason::Required ? tr("Sign out") : tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_okButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_otherButton, &QPushButton::clicked, this, &QDialog::reject);
    if (reason == Reason::Required)
        connect(this, &QDialog::rejected, this, &ChangePasswordDialog::signOutRequested);
    m_currentEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::submit()
{
    if (m_working)
        return;
    m_messages->clear();
    if (m_newEdit->text() != m_confirmEdit->text()) {
        m_messages->showFor("repeat", tr("The two new passwords are not the same."));
        return;
    }
    auto current = std::make_shared<core::SecureBytes>(secretFromText(m_currentEdit->text()));
    auto next = std::make_shared<core::SecureBytes>(secretFromText(m_newEdit->text()));
    setWorking(true);
    m_session.run<core::Done>(
        this,
        [current, next](JobContext& job) {
            return core::UserService(job.workspace)
                .changeOwnPassword(job.session, current->view(), next->view());
        },
        [this](core::Status status) {
            setWorking(false);
            if (!status) {
                m_messages->show(status.error());
                return;
            }
            m_currentEdit->clear();
            m_newEdit->clear();
            m_confirmEdit->clear();
            if (m_reason == Reason::Required)
                m_session.passwordChanged();
            accept();
        });
}

void ChangePasswordDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    m_okButton->setEnabled(!working);
    m_otherButton->setEnabled(!working);
    for (auto* edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->setEnabled(!working);
}

} // namespace caseledger::ui
