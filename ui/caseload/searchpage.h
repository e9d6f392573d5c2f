#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace caseledger::ui {

class SearchResultModel;
class SessionController;

// The results of the one search box (issue 3, items 4 and 7): people and cases by name
// (accent-insensitive and sound-alike: "Hernandes" finds "Hernández"), case number, SSN last
// four with date of birth, phone. Enter or a double click opens the case of the current hit.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(SessionController& session, QWidget* parent = nullptr);
    ~SearchPage() override;

    // Runs the search off the GUI thread; the results replace the previous ones.
    void search(const QString& text);
    SearchResultModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void openCaseRequested(const QString& caseNumber);

private:
    void openCurrent();
    void sessionClosed();

    SessionController& m_session;
    SearchResultModel* m_model = nullptr;
    QLineEdit* m_query = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    bool m_searching = false;
    quint64 m_generation = 0;
};

} // namespace caseledger::ui
