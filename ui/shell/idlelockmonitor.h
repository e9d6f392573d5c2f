#pragma once

#include "core/base/clock.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace caseledger::ui {

// SECURITY S8: notices when nobody has touched the keyboard, mouse or screen for the idle
// limit. Time is read from the injected wall clock, so a sleeping laptop counts its sleep:
// a QTimer only decides *when to look*, never how long it has been.
class IdleLockMonitor : public QObject
{
    Q_OBJECT

public:
    explicit IdleLockMonitor(const core::Clock& clock, QObject* parent = nullptr);
    ~IdleLockMonitor() override;

    void setLimit(std::chrono::minutes limit) { m_limit = limit; }
    std::chrono::minutes limit() const { return m_limit; }
    void setCheckInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Starts counting from now.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isIdle() const;
    core::Clock::TimePoint lastActivity() const { return m_lastActivity; }

    // Looks at the clock now; emits idleTimeout() once when the limit has passed.
    void check();

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool isInput(const QEvent* event);

    const core::Clock& m_clock;
    QTimer m_timer;
    std::chrono::minutes m_limit {15};
    core::Clock::TimePoint m_lastActivity {};
    bool m_running = false;
};

} // namespace caseledger::ui
