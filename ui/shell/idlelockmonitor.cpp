#include "ui/shell/idlelockmonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace caseledger::ui {

IdleLockMonitor::IdleLockMonitor(const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &IdleLockMonitor::check);
    // An application-wide filter sees input to every window, modal dialogs included, so
    // an open dialog neither hides activity nor keeps the session awake.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleLockMonitor::~IdleLockMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockMonitor::start()
{
    m_lastActivity = m_clock.now();
    m_running = true;
    m_timer.start();
}

void IdleLockMonitor::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleLockMonitor::isIdle() const
{
    return m_running && m_clock.now() - m_lastActivity >= m_limit;
}

void IdleLockMonitor::check()
{
    if (!isIdle())
        return;
    stop();
    Q_EMIT idleTimeout();
}

bool IdleLockMonitor::isInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

bool IdleLockMonitor::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running && isInput(event)) {
        // After a sleep the first touch arrives before the timer fires: the limit may
        // already have passed, and that touch must lock, not count as activity -- nor reach
        // the widget it was meant for.
        if (isIdle()) {
            check();
            return true;
        }
        m_lastActivity = m_clock.now();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace caseledger::ui
