#pragma once

#include "ui/common/requestdialog.h"

#include <optional>
#include <string>

class QLineEdit;

namespace caseledger::ui {

// What a one-line dialog asks for: a reason, an authority, an outcome, a name.
struct ReasonPrompt
{
    QString objectName;
    QString title;
    QString okText;
    QString intro;
    QString label; // with its mnemonic, e.g. tr("&Reason:")
    std::string field; // the field the core names in its messages, e.g. "reason"
    QString placeholder; // an example
    QString missing; // what to say when nothing was entered
};

// A dialog that asks for one line of text that the core records with the action (a reason for
// the audit log, the authority for an override, a task's outcome). Empty input is refused
// here, naming the field; everything else is checked by the service.
class ReasonDialog : public RequestDialog
{
    Q_OBJECT

public:
    ReasonDialog(const ReasonPrompt& prompt, QWidget* parent = nullptr);
    ~ReasonDialog() override;

    std::optional<std::string> request() const;
    void setText(const QString& text);

protected:
    bool checkInput() override;

private:
    QLineEdit* m_edit = nullptr;
    std::string m_field;
    QString m_missing;
};

} // namespace caseledger::ui
