#pragma once

#include "core/services/caseservice.h"
#include "ui/common/requestdialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace caseledger::ui {

// Closing a case (issue 3, item 3): one of the 45 CFR 303.11(b) criteria and the worker's
// explanation, which becomes a case note. The service checks what the records can show
// (e.g. (b)(1): no current order and arrears under $500, from the ledger) and, for the criteria
// that need it, starts the 60-day notice (303.11(d)(4)) instead of closing at once.
class CloseCaseDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit CloseCaseDialog(const QString& caseNumber, QWidget* parent = nullptr);
    ~CloseCaseDialog() override;

    std::optional<core::CloseRequest> request() const;

protected:
    bool checkInput() override;

private:
    void showReasonInfo();

    QComboBox* m_reason = nullptr;
    QLabel* m_info = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
};

} // namespace caseledger::ui
