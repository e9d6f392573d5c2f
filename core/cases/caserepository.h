#pragma once

#include "core/cases/case.h"
#include "core/cases/caselist.h"

#include <map>
#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for cases: the record, the per-county number sequence, the derived columns the
// caseload sorts on, and the caseload list itself.
class CaseRepository
{
public:
    // cases.next_due when the case has no open task: sorts after every real date.
    static constexpr const char* kNoDueDate = "9999-12-31";

    explicit CaseRepository(Database& db)
        : m_db(db)
    { }
    // Reserves `count` consecutive sequence numbers for a county; returns the first.
    std::int64_t reserveSequence(int countyFips, std::int64_t count = 1);

    void insert(const Case& c, const Uuid& device);
    void update(const Case& c, const Uuid& device);
    std::optional<Case> find(const Uuid& id);
    std::optional<Case> findByNumber(const std::string& number);

    // Recomputes the derived party columns (current NCP/alleged father and CP, their sort
    // keys) after participants change, or after a person's name changes.
    void refreshParties(const Uuid& caseId);
    // The same derived columns when the caller knows them (bulk loads).
    void setParties(const Uuid& caseId, const std::optional<Uuid>& ncp,
        const std::string& ncpSortKey, const std::optional<Uuid>& cp, const std::string& cpSortKey);
    void refreshSortKeysOf(const Uuid& personId);

    CaseListPage list(const CaseListQuery& query, Date today);
    std::int64_t count(const CaseListQuery& query, Date today);
    std::vector<PersonCaseLink> casesOfPerson(const Uuid& personId);
    // The cases of several people in one statement (search results).
    std::map<Uuid, std::vector<PersonCaseLink>> casesOfPeople(const std::vector<Uuid>& personIds);
    // Open cases in which the person is NCP or alleged father (locate and income triggers).
    std::vector<Uuid> activeCasesAsNoncustodial(const Uuid& personId);
    // The current NCP or alleged father of a case (finance: the obligor).
    std::optional<Uuid> noncustodialParent(const Uuid& caseId);

private:
    Database& m_db;
};

} // namespace caseledger::core
