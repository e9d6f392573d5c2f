#include "ui/admin/verificationbox.h"

#include "ui/common/errortext.h"
#include "ui/shell/sessioncontroller.h"

#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace caseledger::ui {

VerificationBox::VerificationBox(
    SessionController& session, core::Action action, const Names& names, QWidget* parent)
    : QGroupBox(names.title, parent)
    , m_session(session)
    , m_action(action)
    , m_progressAccessible(names.progressAccessible)
{
    setObjectName(names.boxObject);
    setAccessibleName(names.title);
    auto* intro = new QLabel(names.intro, this);
    intro->setWordWrap(true);
    intro->setAccessibleName(names.introAccessible);
    m_verify = new QPushButton(names.button, this);
    m_verify->setObjectName(names.buttonObject);
    m_verify->setAccessibleName(names.buttonAccessible);
    m_result = new QLabel(this);
    m_result->setObjectName(names.resultObject);
    m_result->setAccessibleName(names.resultAccessible);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_buttons = new QVBoxLayout;
    m_buttons->addWidget(m_verify, 0, Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addLayout(m_buttons);

    connect(m_verify, &QPushButton::clicked, this, [this] { verify(); });
}

VerificationBox::~VerificationBox() = default;

QString VerificationBox::resultText() const
{
    return m_result->text();
}

void VerificationBox::clear()
{
    m_result->clear();
    m_result->setStyleSheet(QString());
}

void VerificationBox::abandon()
{
    end(nullptr);
    clear();
}

void VerificationBox::updateForSession()
{
    m_verify->setEnabled(!m_running && m_session.isUnlocked() && m_session.session().may(m_action));
}

std::shared_ptr<VerificationBox::Progress> VerificationBox::begin(
    const QString& title, std::function<QString(std::int64_t, std::int64_t)> label)
{
    m_running = true;
    updateForSession();
    clear();
    auto progress = std::make_shared<Progress>();
    m_progress = new QProgressDialog(label(0, 0), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(title);
    m_progress->setAccessibleName(m_progressAccessible);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a small check ends before the dialog would flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // The dialog's own setValue() runs a nested event loop when it is modal: the bar is set
    // directly instead (STYLE: no nested event loops).
    auto* bar = new QProgressBar(m_progress);
    bar->setRange(0, 0);
    m_progress->setBar(bar);
    connect(m_progress, &QProgressDialog::canceled, this, [progress] { progress->cancel = true; });
    auto* poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, m_progress,
        [dialog = m_progress, bar, progress, label = std::move(label)] {
            const std::int64_t done = progress->done, total = progress->total;
            dialog->setLabelText(label(done, total));
            if (total > 0) { // a known amount of work: a bar that fills
                bar->setRange(0, static_cast<int>(std::min<std::int64_t>(total, INT_MAX)));
                bar->setValue(static_cast<int>(std::min(done, total)));
            }
        });
    poll->start(150);
    return progress;
}

bool VerificationBox::end(const core::Error* error)
{
    m_running = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    updateForSession();
    if (!error)
        return true;
    m_result->setText(error->code == core::ErrorCode::Cancelled ? tr("Verification was cancelled.")
                                                                : ErrorText::forError(*error));
    m_result->setStyleSheet(QString());
    return false;
}

void VerificationBox::showResult(const QString& text, bool intact)
{
    m_result->setText(text);
    m_result->setStyleSheet(intact ? QStringLiteral("color: #1b6e20; font-weight: 600;")
                                   : QStringLiteral("color: #b3261e; font-weight: 600;"));
}

} // namespace caseledger::ui
