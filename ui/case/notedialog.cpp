#include "ui/case/notedialog.h"

#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace caseledger::ui {

NoteDialog::NoteDialog(QWidget* parent)
    : RequestDialog(tr("Add a case note"), tr("&Add note"), parent)
{
    setObjectName(QStringLiteral("noteDialog"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("noteKindCombo"));
    m_kind->setAccessibleName(tr("Kind of note"));
    for (const auto& entry : core::EnumCodes<core::NoteKind>::table)
        m_kind->addItem(toQString(entry.label), static_cast<int>(entry.value));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    addField(tr("&Kind:"), m_kind, "kind");
    addField(tr("&Note:"), m_text, "text");
    m_text->setFocus();
}

NoteDialog::~NoteDialog() = default;

void NoteDialog::setCorrecting(const core::Uuid& noteId, const QString& originalText)
{
    m_corrects = noteId;
    setWindowTitle(tr("Correct a case note"));
    setAccessibleName(windowTitle());
    setIntro(tr("The note stays as it was written; your correction is added after it and names "
                "it. The note being corrected:\n%1")
                 .arg(originalText));
}

bool NoteDialog::checkInput()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        messages().showFor("text", tr("Write the note."));
        return false;
    }
    return true;
}

std::optional<core::NewNoteRequest> NoteDialog::request() const
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return std::nullopt;
    core::NewNoteRequest r;
    r.kind = static_cast<core::NoteKind>(m_kind->currentData().toInt());
    r.text = toStdString(m_text->toPlainText());
    r.correctsNoteId = m_corrects;
    return r;
}

} // namespace caseledger::ui
