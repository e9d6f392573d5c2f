#include "ui/shell/homepage.h"

#include "ui/admin/usertablemodel.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

#include <QLabel>
#include <QVBoxLayout>

namespace caseledger::ui {

HomePage::HomePage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("homePage"));
    setAccessibleName(tr("Home"));
    m_greeting = new QLabel(this);
    m_greeting->setAccessibleName(tr("Greeting"));
    QFont font = m_greeting->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_greeting->setFont(font);
    m_details = new QLabel(this);
    m_details->setAccessibleName(tr("Session details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    auto* hint = new QLabel(
        tr("Use the list on the left or the Go menu (Alt+1, Alt+2, …) to move between pages. "
           "Ctrl+L locks CaseLedger when you leave your desk; it also locks by itself when "
           "idle and when the screen locks."),
        this);
    hint->setAccessibleName(tr("How to move around"));
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_greeting);
    layout->addWidget(m_details);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(&m_session, &SessionController::unlocked, this, &HomePage::refresh);
    connect(&m_session, &SessionController::locked, this, &HomePage::refresh);
    connect(&m_session, &SessionController::signedOut, this, &HomePage::refresh);
    connect(&m_session, &SessionController::idleLockMinutesChanged, this, &HomePage::refresh);
    refresh();
}

HomePage::~HomePage() = default;

void HomePage::refresh()
{
    if (!m_session.isUnlocked()) {
        m_greeting->clear();
        m_details->clear();
        return;
    }
    const core::Session& s = m_session.session();
    m_greeting->setText(tr("Welcome, %1").arg(toQString(s.displayName)));
    m_details->setText(
        tr("Signed in as %1, %2.\nDatabase: %3\nThe session locks after %n idle minute(s).",
            nullptr, m_session.idleLockMinutes())
            .arg(
                toQString(s.userName), UserTableModel::roleText(s.role), m_session.databasePath()));
}

} // namespace caseledger::ui
