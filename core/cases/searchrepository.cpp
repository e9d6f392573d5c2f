#include "core/cases/searchrepository.h"

#include "core/cases/columns.h"
#include "core/cases/phonetic.h"

#include <set>

namespace caseledger::core {

using namespace columns;

namespace {

// An FTS5 string literal: the words hold only letters and digits, but quoting keeps any
// character from being read as query syntax.
std::string quoted(const std::string& word)
{
    std::string out = "\"";
    for (char c : word) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// Every word is a prefix ("chris smith" finds Christopher Smith). The index keeps prefix
// indexes of 2 to 10 characters (schema version 6, core/store/migrationv6.cpp), so a prefix
// of those lengths reads one stored doclist instead of merging those of every word it starts.
std::string matchExpression(const std::vector<std::string>& words, bool soundAlike)
{
    std::string expr;
    for (const auto& w : words) {
        std::string term = "names:" + quoted(w) + "*";
        if (soundAlike)
            term = "(" + term + " OR sounds:" + quoted(phoneticKey(w)) + ")";
        expr += (expr.empty() ? "" : " AND ") + term;
    }
    return expr;
}

constexpr const char* kPersonColumns
    = "p.id, p.given_name, p.middle_name, p.family_name, p.suffix, p.date_of_birth, p.ssn ";

std::vector<SearchRepository::PersonMatch> people(Statement& s)
{
    std::vector<SearchRepository::PersonMatch> out;
    while (s.step())
        out.push_back({s.uuid(0), {s.text(1), s.text(2), s.text(3), s.text(4)}, optionalDate(s, 5),
            s.optionalText(6)});
    return out;
}

std::string fullName(const Statement& s, int column)
{
    if (s.isNull(column + 1))
        return {};
    const std::string given = s.text(column);
    return given.empty() ? s.text(column + 1) : given + " " + s.text(column + 1);
}

} // namespace

SearchRepository::IndexText SearchRepository::indexText(const std::vector<PersonName>& names)
{
    std::set<std::string> words;
    for (const auto& n : names) {
        for (const auto* part : {&n.given, &n.middle, &n.family})
            for (auto& w : nameWords(*part))
                words.insert(std::move(w));
        // "De la Cruz" is also found as "Delacruz", and "Nguyen Thi" as "Nguyenthi".
        const auto familyWords = nameWords(n.family);
        if (familyWords.size() > 1) {
            std::string joined;
            for (const auto& w : familyWords)
                joined += w;
            words.insert(joined);
        }
    }
    IndexText out;
    std::set<std::string> keys;
    for (const auto& w : words) {
        out.names += (out.names.empty() ? "" : " ") + w;
        keys.insert(phoneticKey(w));
    }
    for (const auto& k : keys)
        out.sounds += (out.sounds.empty() ? "" : " ") + k;
    return out;
}

void SearchRepository::indexPerson(const Uuid& personId, const std::vector<PersonName>& names)
{
    auto key = m_db.prepare(
        "INSERT INTO person_search_key (person_id) VALUES (?1) "
        "ON CONFLICT (person_id) DO UPDATE SET person_id = excluded.person_id RETURNING rowid");
    key.bind(1, personId);
    if (!key.step())
        throw Failure(ErrorCode::Internal, "the search key was not assigned");
    const auto row = key.int64(0);
    while (key.step()) { }
    auto remove = m_db.prepare("DELETE FROM person_fts WHERE rowid = ?1");
    remove.bind(1, row).run();
    const auto text = indexText(names);
    auto insert = m_db.prepare("INSERT INTO person_fts (rowid, names, sounds) VALUES (?1, ?2, ?3)");
    insert.bind(1, row).bind(2, text.names).bind(3, text.sounds).run();
}

void SearchRepository::indexNewPerson(const Uuid& personId, const std::vector<PersonName>& names)
{
    auto key = m_db.prepare("INSERT INTO person_search_key (person_id) VALUES (?1)");
    key.bind(1, personId).run();
    const auto text = indexText(names);
    auto insert = m_db.prepare("INSERT INTO person_fts (rowid, names, sounds) VALUES (?1, ?2, ?3)");
    insert.bind(1, m_db.lastInsertRowId()).bind(2, text.names).bind(3, text.sounds).run();
}

void SearchRepository::optimize()
{
    m_db.exec("INSERT INTO person_fts (person_fts) VALUES ('optimize')");
}

std::vector<SearchRepository::PersonMatch> SearchRepository::peopleByName(
    const std::vector<std::string>& words, bool soundAlike, int limit)
{
    if (words.empty())
        return {};
    auto s = m_db.prepare(std::string("SELECT ") + kPersonColumns
        + "FROM person_fts JOIN person_search_key k ON k.rowid = person_fts.rowid "
          "JOIN person p ON p.id = k.person_id "
          "WHERE person_fts MATCH ?1 LIMIT ?2");
    s.bind(1, matchExpression(words, soundAlike)).bind(2, limit);
    return people(s);
}

std::vector<SearchRepository::PersonMatch> SearchRepository::peopleBySsn(
    const std::string& ssn, int limit)
{
    auto s = m_db.prepare(
        std::string("SELECT ") + kPersonColumns + "FROM person p WHERE p.ssn = ?1 LIMIT ?2");
    s.bind(1, ssn).bind(2, limit);
    return people(s);
}

std::vector<SearchRepository::PersonMatch> SearchRepository::peopleByLastFourAndBirth(
    const std::string& lastFour, Date dateOfBirth, int limit)
{
    auto s = m_db.prepare(std::string("SELECT ") + kPersonColumns
        + "FROM person p WHERE p.date_of_birth = ?1 AND substr(p.ssn, 6, 4) = ?2 "
          "AND p.ssn IS NOT NULL LIMIT ?3");
    bindDate(s, 1, dateOfBirth);
    s.bind(2, lastFour).bind(3, limit);
    return people(s);
}

std::vector<SearchRepository::PersonMatch> SearchRepository::peopleByPhone(
    const std::string& digits, int limit)
{
    auto s = m_db.prepare(digits.size() == 7 ? std::string("SELECT DISTINCT ") + kPersonColumns
                + "FROM phone ph JOIN person p ON p.id = ph.person_id WHERE substr(ph.number, 4) = "
                  "?1 LIMIT ?2"
                                             : std::string("SELECT DISTINCT ") + kPersonColumns
                + "FROM phone ph JOIN person p ON p.id = ph.person_id WHERE ph.number = ?1 LIMIT "
                  "?2");
    s.bind(1, digits).bind(2, limit);
    return people(s);
}

std::vector<SearchRepository::CaseMatch> SearchRepository::casesByNumberPrefix(
    const std::string& prefix, int limit)
{
    if (prefix.empty())
        return {};
    // [prefix, prefix with its last character raised by one): an index range, no LIKE.
    std::string upper = prefix;
    upper.back() = static_cast<char>(upper.back() + 1);
    auto s = m_db.prepare(
        "SELECT c.id, c.case_number, c.status, cp.given_name, cp.family_name, ncp.given_name, "
        "ncp.family_name FROM cases c LEFT JOIN person cp ON cp.id = c.cp_id "
        "LEFT JOIN person ncp ON ncp.id = c.ncp_id "
        "WHERE c.case_number >= ?1 AND c.case_number < ?2 ORDER BY c.case_number LIMIT ?3");
    s.bind(1, prefix).bind(2, upper).bind(3, limit);
    std::vector<CaseMatch> out;
    while (s.step())
        out.push_back(
            {s.uuid(0), s.text(1), code<CaseStatus>(s, 2), fullName(s, 3), fullName(s, 5)});
    return out;
}

std::int64_t SearchRepository::indexedPeople()
{
    return m_db.queryInt64("SELECT count(*) FROM person_search_key");
}

} // namespace caseledger::core
