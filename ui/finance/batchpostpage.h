#pragma once

#include "core/services/paymentservice.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace caseledger::ui {

class BatchGridModel;
class BatchGridView;
class CaseSectionModel;
class SessionController;

// "Post payments" (issue 4 item 7): a keyboard-first grid of collections, a control total and
// a count typed from the batch's deposit slip that must match the grid before Post is
// enabled, Preview (PaymentService::importCsv dry run: every row's allocation, or the error
// naming the line and the field) and Post (the same call for real: all or nothing, S24).
class BatchPostPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchPostPage(SessionController& session, QWidget* parent = nullptr);
    ~BatchPostPage() override;

    BatchGridModel* grid() const { return m_grid; }
    BatchGridView* gridView() const { return m_view; }
    CaseSectionModel* resultModel() const { return m_results; }
    QLineEdit* controlTotalEdit() const { return m_controlTotal; }
    QLineEdit* controlCountEdit() const { return m_controlCount; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_busy; }
    QString matchText() const;
    QString statusText() const;
    bool isWorking() const { return m_working; }
    // Whether the typed control total and count match the grid.
    bool controlsMatch() const;

    void preview();
    void post();
    // Stops the batch being posted or previewed: nothing of it is posted (S24).
    void cancel();
    void clear();

Q_SIGNALS:
    void posted(int count);

private:
    QPushButton* button(const QString& text, const QString& name, const QString& accessible,
        const QKeySequence& shortcut);
    QWidget* createControls();
    void run(bool dryRun);
    // Hides the bar and Cancel: the batch is over.
    void endWork();
    // Forgets a running batch (the session locked: the job was cancelled) and clears the page.
    void stopWork();
    void showResult(const core::BatchResult& result);
    void showError(const core::Error& error, const std::vector<int>& gridRows);
    void showStatus(const QString& text, bool error = false);
    void updateMatch();

    SessionController& m_session;
    BatchGridModel* m_grid = nullptr;
    BatchGridView* m_view = nullptr;
    CaseSectionModel* m_results = nullptr;
    QLineEdit* m_controlTotal = nullptr;
    QLineEdit* m_controlCount = nullptr;
    QLabel* m_match = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_post = nullptr;
    QPushButton* m_addRow = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_cancel = nullptr;
    QAction* m_cancelAction = nullptr; // Escape, while a batch runs
    QTimer* m_poll = nullptr; // moves the bar while a batch is worked on
    bool m_working = false;
    // The running batch's rows done and in all, written by the database thread.
    struct Progress
    {
        std::atomic<std::size_t> done {0};
        std::atomic<std::size_t> total {0};
        std::atomic<bool> cancelled {false};
    };
    std::shared_ptr<Progress> m_progress;
};

} // namespace caseledger::ui
