#pragma once

#include <QWidget>

class QLabel;

namespace caseledger::ui {

class SessionController;

// The first page after sign-in: who is signed in, where, and what to do next. Caseload,
// case, finance, guideline and report pages join it in the Go menu as they are built.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(SessionController& session, QWidget* parent = nullptr);
    ~HomePage() override;

private:
    void refresh();

    SessionController& m_session;
    QLabel* m_greeting = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace caseledger::ui
