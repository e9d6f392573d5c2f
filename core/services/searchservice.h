#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/caselist.h"
#include "core/cases/searchquery.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

enum class SearchMatch : std::uint8_t
{
    Name,
    SoundAlike,
    CaseNumber,
    SsnLastFourAndBirth,
    Ssn,
    Phone
};
template<>
struct EnumCodes<SearchMatch>
{
    static constexpr CodeEntry<SearchMatch> table[] = {
        {SearchMatch::Name, "name", "Name"},
        {SearchMatch::SoundAlike, "sound_alike", "Sounds like"},
        {SearchMatch::CaseNumber, "case_number", "Case number"},
        {SearchMatch::SsnLastFourAndBirth, "ssn4_dob", "SSN last four and date of birth"},
        {SearchMatch::Ssn, "ssn", "SSN"},
        {SearchMatch::Phone, "phone", "Phone"},
    };
};

// One line of the search results: a person (with their cases) or a case (with its parties).
// Nothing here is whereabouts; the SSN is masked (S13).
struct SearchHit
{
    enum class Kind : std::uint8_t
    {
        Person,
        Case
    };
    Kind kind = Kind::Person;
    SearchMatch matchedBy = SearchMatch::Name;
    Uuid id; // person or case id
    // Person
    std::string displayName;
    std::optional<Date> dateOfBirth;
    std::string ssnMasked;
    std::vector<PersonCaseLink> cases;
    // Case
    std::string caseNumber;
    CaseStatus caseStatus = CaseStatus::Open;
    std::string custodialParty;
    std::string noncustodialParent;
};

struct SearchResult
{
    SearchKind kind = SearchKind::Empty;
    std::vector<SearchHit> hits;
    bool more = false; // there were more matches than the limit
};

// The one search box (issue 3 item 4).
class SearchService
{
public:
    explicit SearchService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<SearchResult> search(const Session& session, std::string_view text, int limit = 25);

private:
    Workspace& m_ws;
};

// The search itself on a database, without the service door: the benchmark times it on an
// encrypted and a plain copy.
SearchResult runSearch(class Database& db, const SearchQuery& query, int limit);

} // namespace caseledger::core
