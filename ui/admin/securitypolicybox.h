#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace caseledger::ui {

class SessionController;

// The sign-in lockout (SECURITY S7) and the idle lock (S8) of this database. The limits
// are the core's: the idle lock is 1 to 15 minutes -- an administrator may lower it, nobody
// may raise it past 15.
class SecurityPolicyBox : public QGroupBox
{
    Q_OBJECT

public:
    SecurityPolicyBox(SessionController& session, QWidget* parent = nullptr);
    ~SecurityPolicyBox() override;

    void load();
    void clear();
    QString statusText() const;

private:
    void apply();
    void setEditable(bool editable);

    SessionController& m_session;
    QSpinBox* m_threshold = nullptr;
    QSpinBox* m_lockoutMinutes = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_status = nullptr;
    bool m_loaded = false;
};

} // namespace caseledger::ui
