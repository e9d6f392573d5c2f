#pragma once

#include "core/base/error.h"

#include <QDialog>

#include <memory>
#include <string>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace caseledger::ui {

class FormMessages;

// The frame of a dialog that asks for one request (STYLE "GUI": dialogs return a value;
// callers never reach into their widgets). The OK button checks the input and emits
// submitted(); the caller reads the subclass's request(), runs the service off the GUI
// thread with setWorking(true), and then either accept()s or calls showError(), which puts
// the message next to the field the core named (SECURITY S26).
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    RequestDialog(const QString& title, const QString& okText, QWidget* parent = nullptr);
    ~RequestDialog() override;

    void setWorking(bool working);
    bool isWorking() const { return m_working; }
    void showError(const core::Error& error);
    QString errorText() const;

Q_SIGNALS:
    void submitted();

protected:
    void setIntro(const QString& text);
    // Adds "label: editor" and, under it, the line where messages about `field` appear.
    void addField(const QString& label, QWidget* editor, const std::string& field);
    void addRow(QWidget* widget);
    FormMessages& messages() { return *m_messages; }
    // Checks what can be checked here (two passwords equal) and says what is wrong.
    virtual bool checkInput() { return true; }

private:
    void submit();

    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_general = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    std::unique_ptr<FormMessages> m_messages;
    bool m_working = false;
};

} // namespace caseledger::ui
