#pragma once

#include "core/cases/note.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for the append-only case notes (the table refuses UPDATE and DELETE).
class NoteRepository
{
public:
    explicit NoteRepository(Database& db)
        : m_db(db)
    { }
    void insert(const Note& n, const Uuid& device);
    std::optional<Note> find(const Uuid& id);
    std::vector<Note> forCase(const Uuid& caseId, int limit = 500); // newest first

private:
    Database& m_db;
};

} // namespace caseledger::core
