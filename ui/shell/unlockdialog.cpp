#include "ui/shell/unlockdialog.h"

#include "ui/common/appsettings.h"
#include "ui/common/busybar.h"
#include "ui/common/errortext.h"
#include "ui/common/secret.h"
#include "ui/shell/sessioncontroller.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseledger::ui {

UnlockDialog::UnlockDialog(SessionController& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setAccessibleName(tr("Unlock CaseLedger"));
    setModal(true);
    setMinimumWidth(460);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setAccessibleName(tr("Instructions"));
    auto* logo = new QLabel(this);
    logo->setAccessibleName(tr("CaseLedger logo"));
    logo->setPixmap(QIcon(QStringLiteral(":/icons/caseledger.svg")).pixmap(48, 48));
    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(m_intro, 1);
    QFormLayout* form = createForm();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_message->hide();

    m_busy = makeBusyBar(this, tr("Unlocking"));

    m_buttons = new QDialogButtonBox(this);
    m_unlockButton = m_buttons->addButton(tr("Un&lock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_unlockButton->setDefault(true);
    m_signOutButton = m_buttons->addButton(tr("&Sign out"), QDialogButtonBox::ResetRole);
    m_signOutButton->setAccessibleName(tr("Sign out so that someone else can sign in"));
    auto* closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    closeButton->setAccessibleName(tr("Close this window"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &UnlockDialog::chooseDatabase);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::submit);
    connect(m_signOutButton, &QPushButton::clicked, this, &UnlockDialog::signOutRequested);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

UnlockDialog::~UnlockDialog() = default;

QFormLayout* UnlockDialog::createForm()
{
    m_databaseEdit = new QLineEdit(this);
    m_databaseEdit->setObjectName(QStringLiteral("databaseEdit"));
    m_databaseEdit->setAccessibleName(tr("Database file"));
    m_databaseEdit->setPlaceholderText(tr("Path to a CaseLedger database (.cldb)"));
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setAccessibleName(tr("Choose the database file"));
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databaseEdit, 1);
    databaseRow->addWidget(m_browseButton);

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setAccessibleName(tr("User name"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Database file:"), databaseRow);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(databaseRow)))
        label->setBuddy(m_databaseEdit);
    return form;
}

QString UnlockDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UnlockDialog::prepareSignIn(const QString& databasePath)
{
    m_relock = false;
    setWindowTitle(tr("Sign in to CaseLedger"));
    m_intro->setText(tr("Open the agency's encrypted database with your user name and password."));
    const QString path
        = databasePath.isEmpty() ? AppSettings::lastDatabase().value() : databasePath;
    m_databaseEdit->setText(path);
    m_databaseEdit->setReadOnly(false);
    m_browseButton->setEnabled(true);
    m_userEdit->setText(AppSettings::lastUserName().value());
    m_userEdit->setReadOnly(false);
    m_passwordEdit->clear();
    m_signOutButton->hide();
    m_message->hide();
    if (path.isEmpty())
        m_databaseEdit->setFocus();
    else if (m_userEdit->text().isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

void UnlockDialog::prepareRelock(const QString& userName)
{
    m_relock = true;
    setWindowTitle(tr("CaseLedger is locked"));
    m_intro->setText(
        tr("The session of %1 was locked and the database closed. Enter the password to continue, "
           "or sign out so that someone else can sign in.")
            .arg(userName));
    m_databaseEdit->setText(m_session.databasePath());
    m_databaseEdit->setReadOnly(true);
    m_browseButton->setEnabled(false);
    m_userEdit->setText(userName);
    m_userEdit->setReadOnly(true);
    m_passwordEdit->clear();
    m_signOutButton->show();
    m_message->hide();
    m_passwordEdit->setFocus();
}

void UnlockDialog::chooseDatabase()
{
    // open(), not exec(): an idle lock must be able to close this too (S8).
    auto* chooser
        = new QFileDialog(this, tr("Choose the CaseLedger database"), m_databaseEdit->text());
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAccessibleName(tr("Choose the CaseLedger database"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters({tr("CaseLedger databases (*.cldb)"), tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_databaseEdit->setText(file);
        m_userEdit->setFocus();
    });
    chooser->open();
}

void UnlockDialog::submit()
{
    if (m_working)
        return;
    const QString path = m_databaseEdit->text().trimmed();
    const QString user = m_userEdit->text().trimmed();
    QLineEdit* missing = path.isEmpty()    ? m_databaseEdit
        : user.isEmpty()                   ? m_userEdit
        : m_passwordEdit->text().isEmpty() ? m_passwordEdit
                                           : nullptr;
    if (missing) {
        m_message->setText(missing == m_databaseEdit ? tr("Choose the database file.")
                : missing == m_userEdit              ? tr("Enter your user name.")
                                                     : tr("Enter your password."));
        m_message->show();
        missing->setFocus();
        return;
    }
    core::SecureBytes password = secretFromText(m_passwordEdit->text());
    m_passwordEdit->clear(); // the field does not keep the password while the key is derived (S4)
    setWorking(true);
    m_session.signIn(this, path, user, std::move(password),
        [this](const core::Status& status) { finish(status); });
}

void UnlockDialog::finish(const core::Status& status)
{
    setWorking(false);
    if (status) {
        if (!m_relock) {
            AppSettings::lastDatabase().setValue(m_databaseEdit->text().trimmed());
            AppSettings::lastUserName().setValue(m_userEdit->text().trimmed());
        }
        m_message->hide();
        accept();
        return;
    }
    const core::Error& error = status.error();
    m_message->setText(ErrorText::forError(error));
    m_message->show();
    m_passwordEdit->clear();
    if (error.code == core::ErrorCode::NotFound && !m_relock)
        m_databaseEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

void UnlockDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    m_unlockButton->setEnabled(!working);
    m_signOutButton->setEnabled(!working);
    m_passwordEdit->setEnabled(!working);
    m_userEdit->setEnabled(!working);
    m_databaseEdit->setEnabled(!working);
    m_browseButton->setEnabled(!working && !m_relock);
    if (working)
        m_message->hide();
}

} // namespace caseledger::ui
