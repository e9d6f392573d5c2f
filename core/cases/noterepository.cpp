#include "core/cases/noterepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelect
    = "SELECT id, case_id, person_id, author_id, author_name, written_at, contact_date, kind, "
      "body, corrects_id, hlc FROM note ";

Note readNote(const Statement& s)
{
    Note n;
    n.id = s.uuid(0);
    n.caseId = s.uuid(1);
    n.personId = optionalId(s, 2);
    n.authorId = s.uuid(3);
    n.authorName = s.text(4);
    n.writtenAt = s.text(5);
    n.contactDate = date(s, 6);
    n.kind = code<NoteKind>(s, 7);
    n.text = s.text(8);
    n.correctsNoteId = optionalId(s, 9);
    n.hlc = hlc(s, 10);
    return n;
}

} // namespace

void NoteRepository::insert(const Note& n, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO note (id, case_id, person_id, author_id, author_name, "
                          "written_at, contact_date, "
                          "kind, body, corrects_id, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                          "?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, n.id).bind(2, n.caseId);
    bindId(s, 3, n.personId);
    s.bind(4, n.authorId).bind(5, n.authorName).bind(6, n.writtenAt);
    bindDate(s, 7, n.contactDate);
    bindCode(s, 8, n.kind);
    s.bind(9, n.text);
    bindId(s, 10, n.correctsNoteId);
    s.bind(11, n.hlc.asInt64()).bind(12, device);
    s.run();
}

std::optional<Note> NoteRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readNote(s);
}

std::vector<Note> NoteRepository::forCase(const Uuid& caseId, int limit)
{
    auto s = m_db.prepare(
        std::string(kSelect) + "WHERE case_id = ?1 ORDER BY written_at DESC, id DESC LIMIT ?2");
    s.bind(1, caseId).bind(2, limit);
    std::vector<Note> out;
    while (s.step())
        out.push_back(readNote(s));
    return out;
}

} // namespace caseledger::core
