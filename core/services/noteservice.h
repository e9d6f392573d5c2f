#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/note.h"

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

class Workspace;

struct NewNoteRequest
{
    NoteKind kind = NoteKind::General;
    std::optional<Date> contactDate; // default today
    std::string text;
    std::optional<Uuid> personId; // whom the contact was with
    std::optional<Uuid> correctsNoteId;
};

// Case notes (45 CFR 303.2(c)): append-only; a correction is a new note naming the old one.
// Notes are read with the case file.
class NoteService
{
public:
    explicit NoteService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<Note> add(
        const Session& session, std::string_view caseRef, const NewNoteRequest& request);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
