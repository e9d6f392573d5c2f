#include "ui/common/requestdialog.h"

#include "ui/common/busybar.h"
#include "ui/common/formmessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseledger::ui {

RequestDialog::RequestDialog(const QString& title, const QString& okText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);
    setModal(true);
    setMinimumWidth(440);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setAccessibleName(tr("Instructions"));
    m_intro->hide();
    m_form = new QFormLayout;
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("dialogMessage"));
    m_general->setAccessibleName(tr("Message"));
    m_messages = std::make_unique<FormMessages>(m_general);

    m_busy = makeBusyBar(this, tr("Working"));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setAccessibleName(QString(okText).remove(QLatin1Char('&')));
    m_okButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_okButton, &QPushButton::clicked, this, &RequestDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

RequestDialog::~RequestDialog() = default;

void RequestDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void RequestDialog::addField(const QString& label, QWidget* editor, const std::string& field)
{
    m_form->addRow(label, editor);
    m_form->addRow(QString(), m_messages->addField(field, editor));
}

void RequestDialog::addRow(QWidget* widget)
{
    m_form->addRow(widget);
}

void RequestDialog::submit()
{
    if (m_working)
        return;
    m_messages->clear();
    if (checkInput())
        Q_EMIT submitted();
}

void RequestDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    m_okButton->setEnabled(!working);
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (auto* item = m_form->itemAt(row, QFormLayout::FieldRole); item && item->widget())
            item->widget()->setEnabled(!working);
}

void RequestDialog::showError(const core::Error& error)
{
    m_messages->show(error);
}

QString RequestDialog::errorText() const
{
    return m_messages->text();
}

} // namespace caseledger::ui
