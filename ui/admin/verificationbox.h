#pragma once

#include "core/access/permissions.h"
#include "core/base/error.h"

#include <QGroupBox>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QVBoxLayout;

namespace caseledger::ui {

class SessionController;

// A check that reads the whole database off the GUI thread (the audit chain, the ledger's kept
// balances): a group with what it proves, a button, a progress dialog that can cancel, and the
// result in words -- green when intact, red when not. Subclasses start the job and say the
// result; this class keeps the run's state, and forgets it when the session locks.
class VerificationBox : public QGroupBox
{
    Q_OBJECT

public:
    ~VerificationBox() override;

    virtual void verify() = 0;
    void clear();
    // The session locked or signed out: its result will not come; forget the run.
    void abandon();
    virtual void updateForSession();
    QString resultText() const;
    bool isRunning() const { return m_running; }

protected:
    struct Names
    {
        QString title, intro, introAccessible, button, buttonAccessible, resultAccessible,
            progressAccessible;
        QString boxObject, buttonObject, resultObject;
    };
    VerificationBox(
        SessionController& session, core::Action action, const Names& names, QWidget* parent);

    // What a running job reports: `done` of `total` (0: not known), and whether to cancel.
    struct Progress
    {
        std::atomic<std::int64_t> done {0};
        std::atomic<std::int64_t> total {0};
        std::atomic<bool> cancel {false};
    };
    // Shows the progress dialog (after a moment) and returns what the job reports into;
    // `label(done, total)` words it, and a known total fills the bar.
    std::shared_ptr<Progress> begin(
        const QString& title, std::function<QString(std::int64_t, std::int64_t)> label);
    // The job ended: the dialog goes; an error (a cancel too) is said, and false returned.
    template<class T>
    bool succeeded(const core::Result<T>& outcome)
    {
        return end(outcome.ok() ? nullptr : &outcome.error());
    }
    void showResult(const QString& text, bool intact);

    QVBoxLayout* buttonRow() const { return m_buttons; }

    SessionController& m_session;

private:
    bool end(const core::Error* error);

    core::Action m_action;
    QPushButton* m_verify = nullptr;
    QLabel* m_result = nullptr;
    QVBoxLayout* m_buttons = nullptr;
    QString m_progressAccessible;
    QPointer<QProgressDialog> m_progress;
    bool m_running = false;
};

} // namespace caseledger::ui
