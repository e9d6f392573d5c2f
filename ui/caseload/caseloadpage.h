#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caseledger::ui {

class CaseListModel;
class SessionController;

// The caseload page (issue 3, item 7): my cases or all cases, filtered by phase, status and
// overdue tasks. The filters become a core CaseListQuery: filtering and sorting happen in SQL,
// and the table fetches rows a page at a time (DESIGN §7). Enter or a double click opens a case.
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        Mine,
        All,
        Unassigned
    };

    explicit CaseloadPage(SessionController& session, QWidget* parent = nullptr);
    ~CaseloadPage() override;

    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;
    void setScope(Scope scope);
    void reload();
    // The open-case form (issue 3, item 7); a new case opens when it is done.
    void newCase();

Q_SIGNALS:
    // The user asked to open this case (a case number).
    void openCaseRequested(const QString& caseNumber);

private:
    QWidget* createFilters();
    void sessionReady();
    void sessionClosed();
    void openCurrent();
    void updateStatus();

    SessionController& m_session;
    CaseListModel* m_model = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_phase = nullptr;
    QCheckBox* m_overdue = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace caseledger::ui
