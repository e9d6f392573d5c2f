#include "ui/admin/adminpage.h"

#include "core/services/userservice.h"
#include "ui/admin/adduserdialog.h"
#include "ui/admin/auditverificationbox.h"
#include "ui/admin/changeroledialog.h"
#include "ui/admin/ledgerbalancesbox.h"
#include "ui/admin/securitypolicybox.h"
#include "ui/admin/setpassworddialog.h"
#include "ui/admin/usertablemodel.h"
#include "ui/common/dialogjob.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/listtable.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

QPushButton* button(
    QWidget* parent, const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace

AdminPage::AdminPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserTableModel(this))
{
    setObjectName(QStringLiteral("adminPage"));
    setAccessibleName(tr("Administration"));

    m_policy = new SecurityPolicyBox(m_session, this);
    m_audit = new AuditVerificationBox(m_session, this);
    m_ledger = new LedgerBalancesBox(m_session, this);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_policy, 1);
    lower->addWidget(m_audit, 1);
    lower->addWidget(m_ledger, 1);

    auto* title = new QLabel(tr("Administration"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(createUsersBox(), 1);
    layout->addLayout(lower);

    connect(&m_session, &SessionController::unlocked, this, &AdminPage::sessionReady);
    connect(&m_session, &SessionController::locked, this, &AdminPage::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &AdminPage::sessionClosed);
    connect(&m_session, &SessionController::busyChanged, this, &AdminPage::updateActions);
    if (m_session.isUnlocked())
        sessionReady();
    else
        updateActions();
}

QGroupBox* AdminPage::createUsersBox()
{
    auto* box = new QGroupBox(tr("User accounts"), this);
    box->setAccessibleName(tr("User accounts"));
    m_table = makeListTable(box, QStringLiteral("userTable"), tr("User accounts"), 150);
    m_table->setModel(m_model);

    m_add = button(box, tr("&Add user…"), QStringLiteral("addUserButton"), tr("Add a user"));
    m_reset = button(
        box, tr("&Reset password…"), QStringLiteral("resetPasswordButton"), tr("Reset password"));
    m_role
        = button(box, tr("Change r&ole…"), QStringLiteral("changeRoleButton"), tr("Change role"));
    m_disable = button(box, tr("&Disable"), QStringLiteral("disableButton"), tr("Disable account"));
    m_enable = button(box, tr("&Enable…"), QStringLiteral("enableButton"), tr("Enable account"));
    m_reload = button(
        box, tr("Reload lis&t"), QStringLiteral("reloadButton"), tr("Reload the user list"));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("adminStatus"));
    m_status->setAccessibleName(tr("Administration status"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_reset, m_role, m_disable, m_enable})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &AdminPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &AdminPage::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &AdminPage::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &AdminPage::disableUser);
    connect(m_enable, &QPushButton::clicked, this, &AdminPage::enableUser);
    connect(m_reload, &QPushButton::clicked, this, [this] { reloadUsers(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AdminPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdminPage::updateActions);
    return box;
}

AdminPage::~AdminPage() = default;

QString AdminPage::statusText() const
{
    return m_status->text();
}

void AdminPage::reload()
{
    sessionReady();
}

void AdminPage::sessionReady()
{
    m_audit->updateForSession();
    m_ledger->updateForSession();
    if (!m_session.session().may(core::Action::UserList))
        return;
    reloadUsers();
    m_policy->load();
}

void AdminPage::sessionClosed()
{
    // S8: nothing of the locked session stays in memory behind the hidden window.
    m_model->clear();
    m_policy->clear();
    m_audit->abandon();
    m_ledger->abandon();
    m_status->clear();
    updateActions();
}

void AdminPage::reloadUsers(std::optional<core::Uuid> select)
{
    if (!select)
        select = m_model->idAt(m_table->currentIndex());
    m_session.run<std::vector<core::User>>(
        this, [](JobContext& job) { return core::UserService(job.workspace).list(job.session); },
        [this, select](core::Result<std::vector<core::User>> users) {
            if (!users) {
                showStatus(ErrorText::forError(users.error()), true);
                return;
            }
            m_model->setUsers(std::move(users).value());
            if (select)
                m_table->setCurrentIndex(m_model->indexOf(*select));
            updateActions();
        });
}

void AdminPage::updateActions()
{
    const core::Session& s = m_session.session();
    const bool ready = m_session.isUnlocked() && !m_session.isBusy();
    const core::User* user = m_model->userAt(m_table->currentIndex());
    m_add->setEnabled(ready && s.may(core::Action::UserAdd));
    m_reset->setEnabled(ready && user && !user->disabled && s.may(core::Action::UserResetPassword));
    m_role->setEnabled(ready && user && s.may(core::Action::UserSetRole));
    m_disable->setEnabled(ready && user && !user->disabled && user->name != s.userName
        && s.may(core::Action::UserDisable));
    m_enable->setEnabled(ready && user && user->disabled && s.may(core::Action::UserEnable));
    m_reload->setEnabled(ready && s.may(core::Action::UserList));
}

void AdminPage::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

template<class Dialog, class Work>
void AdminPage::runRequestDialog(Dialog* dialog, Work work, const QString& doneText)
{
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); }, std::move(work),
        [this, doneText](const auto&) {
            showStatus(doneText);
            reloadUsers();
        });
}

void AdminPage::addUser()
{
    runRequestDialog(
        new AddUserDialog(this),
        [](JobContext& job, const core::NewUserRequest& request) {
            return core::UserService(job.workspace).add(job.session, request);
        },
        tr("The user was added. Give them the temporary password in person."));
}

void AdminPage::resetPassword()
{
    const core::User* user = m_model->userAt(m_table->currentIndex());
    if (!user)
        return;
    runRequestDialog(
        new SetPasswordDialog(SetPasswordDialog::Purpose::Reset, toQString(user->name), this),
        [](JobContext& job, const SetPasswordRequest& request) {
            return core::UserService(job.workspace)
                .resetPassword(job.session, request.userName, request.password);
        },
        tr("The password of %1 was reset; they must change it at the next sign-in.")
            .arg(toQString(user->name)));
}

void AdminPage::enableUser()
{
    const core::User* user = m_model->userAt(m_table->currentIndex());
    if (!user)
        return;
    runRequestDialog(
        new SetPasswordDialog(SetPasswordDialog::Purpose::Enable, toQString(user->name), this),
        [](JobContext& job, const SetPasswordRequest& request) {
            return core::UserService(job.workspace)
                .enable(job.session, request.userName, request.password);
        },
        tr("The account of %1 is enabled again.").arg(toQString(user->name)));
}

void AdminPage::changeRole()
{
    const core::User* user = m_model->userAt(m_table->currentIndex());
    if (!user)
        return;
    runRequestDialog(
        new ChangeRoleDialog(*user, this),
        [](JobContext& job, const RoleChangeRequest& request) {
            return core::UserService(job.workspace)
                .setRole(job.session, request.userName, request.role, request.grants);
        },
        tr("The role of %1 was changed.").arg(toQString(user->name)));
}

void AdminPage::disableUser()
{
    const core::User* user = m_model->userAt(m_table->currentIndex());
    if (!user)
        return;
    const QString name = toQString(user->name);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Disable account"),
        tr("Disable the account of %1 (%2)? They can no longer sign in; their key slot is "
           "removed. An administrator can enable the account again with a new password.")
            .arg(toQString(user->displayName), name),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Disable account"));
    QPushButton* yes = box->addButton(tr("&Disable account"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, [this, name] {
        m_session.run<core::Done>(
            this,
            [user = toStdString(name)](JobContext& job) {
                return core::UserService(job.workspace).disable(job.session, user);
            },
            [this, name](core::Status status) {
                if (!status) {
                    showStatus(ErrorText::forError(status.error()), true);
                    return;
                }
                showStatus(tr("The account of %1 is disabled.").arg(name));
                reloadUsers();
            });
    });
    box->open();
}

} // namespace caseledger::ui
