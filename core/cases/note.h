#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"

#include <optional>
#include <string>

namespace caseledger::core {

// 45 CFR 303.2(c): every contact, action and result is recorded with its date and author.
enum class NoteKind : std::uint8_t
{
    Contact,
    Action,
    Result,
    General
};
template<>
struct EnumCodes<NoteKind>
{
    static constexpr CodeEntry<NoteKind> table[] = {
        {NoteKind::Contact, "contact", "Contact"},
        {NoteKind::Action, "action", "Action"},
        {NoteKind::Result, "result", "Result"},
        {NoteKind::General, "general", "Note"},
    };
};

// Notes are append-only: a correction is a new note that names the note it corrects.
struct Note
{
    Uuid id;
    Uuid caseId;
    std::optional<Uuid> personId; // whom the contact was with, if anyone
    Uuid authorId;
    std::string authorName;
    std::string writtenAt; // UTC instant
    Date contactDate; // when the contact or action happened
    NoteKind kind = NoteKind::General;
    std::string text;
    std::optional<Uuid> correctsNoteId;
    Hlc hlc;
};

inline constexpr std::size_t kMaxNoteCharacters = 20'000;

} // namespace caseledger::core
