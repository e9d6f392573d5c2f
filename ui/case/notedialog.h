#pragma once

#include "core/services/noteservice.h"
#include "ui/common/requestdialog.h"

#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace caseledger::ui {

// A case note (45 CFR 303.2(c)): append-only; what was done or said, and when.
class NoteDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit NoteDialog(QWidget* parent = nullptr);
    ~NoteDialog() override;

    std::optional<core::NewNoteRequest> request() const;
    // Notes are never edited (45 CFR 303.2(c)): a correction is a new note naming the old one.
    void setCorrecting(const core::Uuid& noteId, const QString& originalText);

protected:
    bool checkInput() override;

private:
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_text = nullptr;
    std::optional<core::Uuid> m_corrects;
};

} // namespace caseledger::ui
