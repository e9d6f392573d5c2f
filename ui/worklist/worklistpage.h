#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caseledger::ui {

class ComplianceModel;
class SessionController;
class WorklistModel;

// The worklist page (issue 3, items 2 and 7): the signed-in worker's open tasks, overdue first;
// for a supervisor also the timeframe compliance of everybody's tasks. Enter opens the case.
class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistPage(SessionController& session, QWidget* parent = nullptr);
    ~WorklistPage() override;

    WorklistModel* model() const { return m_model; }
    ComplianceModel* complianceModel() const { return m_compliance; }
    QTableView* table() const { return m_table; }
    QString statusText() const;
    void reload();

Q_SIGNALS:
    void openCaseRequested(const QString& caseNumber);

private:
    QGroupBox* createComplianceBox();
    void sessionClosed();
    void openCurrent();
    void loadCompliance();

    SessionController& m_session;
    WorklistModel* m_model = nullptr;
    ComplianceModel* m_compliance = nullptr;
    QTableView* m_table = nullptr;
    QGroupBox* m_complianceBox = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace caseledger::ui
