#include "core/services/searchservice.h"

#include "core/access/masking.h"
#include "core/cases/caserepository.h"
#include "core/cases/phonetic.h"
#include "core/cases/searchrepository.h"
#include "core/services/workspace.h"

#include <algorithm>
#include <set>

namespace caseledger::core {

namespace {

using PersonMatch = SearchRepository::PersonMatch;
using CaseMatch = SearchRepository::CaseMatch;

// Initials ("M Hernandez"): a one-letter word must begin one of the person's name words.
bool initialsMatch(const PersonName& name, const std::vector<std::string>& initials)
{
    if (initials.empty())
        return true;
    const auto words = nameWords(name.given + " " + name.middle + " " + name.family);
    return std::all_of(initials.begin(), initials.end(), [&](const std::string& i) {
        return std::any_of(
            words.begin(), words.end(), [&](const std::string& w) { return w.rfind(i, 0) == 0; });
    });
}

bool full(SearchResult& out, int limit)
{
    if (static_cast<int>(out.hits.size()) < limit)
        return false;
    out.more = true;
    return true;
}

void addPeople(SearchResult& out, const std::vector<PersonMatch>& matches, SearchMatch how,
    int limit, const std::vector<std::string>& initials = {})
{
    for (const auto& p : matches) {
        const bool seen = std::any_of(
            out.hits.begin(), out.hits.end(), [&](const SearchHit& h) { return h.id == p.id; });
        if (seen || !initialsMatch(p.name, initials))
            continue;
        if (full(out, limit))
            return;
        SearchHit h;
        h.kind = SearchHit::Kind::Person;
        h.matchedBy = how;
        h.id = p.id;
        h.displayName = p.name.display();
        h.dateOfBirth = p.dateOfBirth;
        h.ssnMasked = maskSsn(p.ssn); // S13: the full SSN never leaves the search
        out.hits.push_back(std::move(h));
    }
}

void addCases(SearchResult& out, const std::vector<CaseMatch>& matches, int limit)
{
    for (const auto& c : matches) {
        if (full(out, limit))
            return;
        SearchHit h;
        h.kind = SearchHit::Kind::Case;
        h.matchedBy = SearchMatch::CaseNumber;
        h.id = c.id;
        h.displayName = c.number;
        h.caseNumber = c.number;
        h.caseStatus = c.status;
        h.custodialParty = c.custodialParty;
        h.noncustodialParent = c.noncustodialParent;
        out.hits.push_back(std::move(h));
    }
}

// Each person's cases, for all the people found, in one statement.
void attachCases(Database& db, SearchResult& out)
{
    std::vector<Uuid> people;
    for (const auto& h : out.hits)
        if (h.kind == SearchHit::Kind::Person)
            people.push_back(h.id);
    auto cases = CaseRepository(db).casesOfPeople(people);
    for (auto& h : out.hits)
        if (h.kind == SearchHit::Kind::Person)
            h.cases = std::move(cases[h.id]);
}

void searchNames(Database& db, SearchResult& out, const SearchQuery& q, int limit)
{
    // One-letter words are initials: checked on the candidates, not sent to the index
    // (a one-letter prefix matches a large part of any county).
    std::vector<std::string> words, initials;
    for (const auto& w : q.words)
        (w.size() == 1 ? initials : words).push_back(w);
    if (words.empty())
        std::swap(words, initials);
    SearchRepository index(db);
    // Names that match as typed come first; sound-alikes fill the rest.
    const int fetch = limit + 1 + (initials.empty() ? 0 : limit * 4);
    addPeople(out, index.peopleByName(words, false, fetch), SearchMatch::Name, limit, initials);
    if (static_cast<int>(out.hits.size()) < limit && !out.more)
        addPeople(out, index.peopleByName(words, true, fetch + limit), SearchMatch::SoundAlike,
            limit, initials);
}

} // namespace

SearchResult runSearch(Database& db, const SearchQuery& q, int limit)
{
    SearchResult out;
    out.kind = q.kind;
    SearchRepository index(db);
    switch (q.kind) {
    case SearchKind::Empty:
        break;
    case SearchKind::Name:
        searchNames(db, out, q, limit);
        break;
    case SearchKind::CaseNumber:
        addCases(out, index.casesByNumberPrefix(q.caseNumberPrefix, limit + 1), limit);
        break;
    case SearchKind::SsnLastFourAndBirth:
        addPeople(out, index.peopleByLastFourAndBirth(q.lastFour, *q.dateOfBirth, limit + 1),
            SearchMatch::SsnLastFourAndBirth, limit);
        break;
    case SearchKind::Ssn:
        addPeople(out, index.peopleBySsn(q.ssn, limit + 1), SearchMatch::Ssn, limit);
        break;
    case SearchKind::Phone:
        addPeople(out, index.peopleByPhone(q.phone, limit + 1), SearchMatch::Phone, limit);
        break;
    case SearchKind::CaseNumberOrSsn:
        if (!q.caseNumberPrefix.empty())
            addCases(out, index.casesByNumberPrefix(q.caseNumberPrefix, limit + 1), limit);
        addPeople(out, index.peopleBySsn(q.ssn, limit + 1), SearchMatch::Ssn, limit);
        break;
    }
    attachCases(db, out);
    return out;
}

Result<SearchResult> SearchService::search(const Session& session, std::string_view text, int limit)
{
    return m_ws.perform(session, Action::Search, [&](Operation& op) {
        const auto query = parseSearchText(text);
        auto result = runSearch(op.db(), query, std::clamp(limit, 1, 200));
        op.target("search", "*");
        // S10: what was searched for can be an SSN or a name; the audit records only the kind.
        static constexpr const char* kinds[] = {"empty", "name", "case number",
            "SSN last four and date of birth", "phone", "SSN", "case number or SSN"};
        op.describe(std::string("search by ") + kinds[static_cast<int>(query.kind)] + ": "
            + std::to_string(result.hits.size()) + " result(s)");
        return result;
    });
}

} // namespace caseledger::core
