#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/cases/case.h"
#include "core/cases/person.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;

// The search index and its queries (issue 3 item 4). Names go through FTS5 (folded words
// and sound-alike keys); numbers through B-tree indexes: case numbers by range, SSN and
// date of birth, phone numbers.
class SearchRepository
{
public:
    // A person found, with what a result line shows (the service masks the SSN). Read in the
    // same statement as the match: one statement per search, not one per hit.
    struct PersonMatch
    {
        Uuid id;
        PersonName name;
        std::optional<Date> dateOfBirth;
        std::optional<std::string> ssn;
    };
    struct CaseMatch
    {
        Uuid id;
        std::string number;
        CaseStatus status = CaseStatus::Open;
        std::string custodialParty;
        std::string noncustodialParent;
    };

    explicit SearchRepository(Database& db)
        : m_db(db)
    { }
    // Replaces the person's entry with every name they have gone by.
    void indexPerson(const Uuid& personId, const std::vector<PersonName>& names);
    // A person who has never been indexed (bulk loads): two statements instead of three.
    void indexNewPerson(const Uuid& personId, const std::vector<PersonName>& names);
    // Merges the name index's segments into one (FTS5 'optimize'), after a bulk load.
    void optimize();
    // The words and sound keys one person's names put in the index (the generator uses it too).
    struct IndexText
    {
        std::string names;
        std::string sounds;
    };
    static IndexText indexText(const std::vector<PersonName>& names);

    // Every word must match. Exact: each word as a prefix of a name word. Sound-alike: each
    // word as a prefix or by its sound key. People in index order, at most `limit`.
    std::vector<PersonMatch> peopleByName(
        const std::vector<std::string>& words, bool soundAlike, int limit);
    std::vector<PersonMatch> peopleBySsn(const std::string& ssn, int limit);
    std::vector<PersonMatch> peopleByLastFourAndBirth(
        const std::string& lastFour, Date dateOfBirth, int limit);
    // Ten digits, or the seven-digit local number.
    std::vector<PersonMatch> peopleByPhone(const std::string& digits, int limit);
    // Case numbers from "19-0000123" up to the prefix's end ("19-00001" matches 19-0000100..199).
    std::vector<CaseMatch> casesByNumberPrefix(const std::string& prefix, int limit);

    std::int64_t indexedPeople();

private:
    Database& m_db;
};

} // namespace caseledger::core
