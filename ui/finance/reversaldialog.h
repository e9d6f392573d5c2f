#pragma once

#include "core/services/ledgerservice.h"
#include "ui/common/requestdialog.h"

#include <optional>
#include <string>

class QLineEdit;

namespace caseledger::ui {

// Reversing a collection (a bounced check, distribution.md §6): shows what will be undone --
// every allocation line still standing and what already went to the family -- and asks for
// the reason, which is required and goes into the ledger and the audit log.
class ReversalDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit ReversalDialog(
        const core::CollectionExplanation& explanation, QWidget* parent = nullptr);
    ~ReversalDialog() override;

    // The reason given; nullopt while it is blank.
    std::optional<std::string> request() const;
    // What the dialog says will be undone.
    QString undoText() const { return m_undoText; }

protected:
    bool checkInput() override;

private:
    static QString describeUndo(const core::CollectionExplanation& e);

    QLineEdit* m_reason = nullptr;
    QString m_undoText;
};

} // namespace caseledger::ui
