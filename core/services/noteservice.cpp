#include "core/services/noteservice.h"

#include "core/access/disclosureguard.h"
#include "core/cases/noterepository.h"
#include "core/cases/participantrepository.h"
#include "core/services/changefields.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

namespace caseledger::core {

using namespace servicesupport;

Result<Note> NoteService::add(
    const Session& session, std::string_view caseRef, const NewNoteRequest& r)
{
    return m_ws.perform(session, Action::NoteAdd, [&](Operation& op) {
        const Case c = requireCase(op, caseRef);
        Note n;
        n.id = newId(op);
        n.caseId = c.id;
        n.kind = r.kind;
        n.text = cleanText(r.text, "text", kMaxNoteCharacters, true, true);
        n.contactDate
            = requireNotFuture(r.contactDate.value_or(today(op)), today(op), "contact date");
        if (r.personId) {
            bool inCase = false;
            for (const auto& p : ParticipantRepository(op.db()).forCase(c.id))
                inCase = inCase || p.personId == *r.personId;
            if (!inCase)
                failValidation("person", "the contact must be a participant of case " + c.number);
            n.personId = r.personId;
        }
        NoteRepository notes(op.db());
        if (r.correctsNoteId) {
            const auto old = notes.find(*r.correctsNoteId);
            if (!old || old->caseId != c.id)
                failValidation("corrects", "the corrected note must be a note of case " + c.number);
            n.correctsNoteId = r.correctsNoteId;
        }
        n.authorId = session.userId;
        n.authorName = session.displayName.empty() ? session.userName : session.displayName;
        n.writtenAt = formatUtc(op.now());
        n.hlc = op.hlc();
        notes.insert(n, device(op));
        op.recordChange("note", n.id, {}, changefields::of(n));
        // S10: the audit names the note, never its text.
        op.describe(std::string(n.correctsNoteId ? "correction note " : "note ") + n.id.toString()
            + " added to case " + c.number);
        // What comes back is shown like any read of the note (S13, S14).
        DisclosureGuard guard(op.db(), today(op));
        n.text = guard.redactCaseText(c.id, n.text);
        return n;
    });
}

} // namespace caseledger::core
