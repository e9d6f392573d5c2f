#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/cases/case.h"
#include "core/cases/codes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// The caseload list (DESIGN §7): filtered, sorted and paged in SQL, never by loading all.
enum class CaseStatusFilter : std::uint8_t
{
    Active,
    ClosePending,
    Closed,
    Any
};
template<>
struct EnumCodes<CaseStatusFilter>
{
    static constexpr CodeEntry<CaseStatusFilter> table[] = {
        {CaseStatusFilter::Active, "active", "Open (including closure pending)"},
        {CaseStatusFilter::ClosePending, "close_pending", "Closure pending"},
        {CaseStatusFilter::Closed, "closed", "Closed"},
        {CaseStatusFilter::Any, "any", "All"},
    };
};

enum class CaseSort : std::uint8_t
{
    CaseNumber,
    NcpName,
    CpName,
    OpenedOn,
    NextDue
};
template<>
struct EnumCodes<CaseSort>
{
    static constexpr CodeEntry<CaseSort> table[] = {
        {CaseSort::CaseNumber, "number", "Case number"},
        {CaseSort::NcpName, "ncp", "Noncustodial parent"},
        {CaseSort::CpName, "cp", "Custodial party"},
        {CaseSort::OpenedOn, "opened", "Opened"},
        {CaseSort::NextDue, "due", "Next task due"},
    };
};

struct CaseListQuery
{
    std::optional<Uuid> worker; // assigned worker; nullopt: every worker
    bool unassignedOnly = false;
    CaseStatusFilter status = CaseStatusFilter::Active;
    std::optional<CasePhase> phase;
    bool overdueOnly = false; // an open task is past its due date
    std::optional<int> managingCountyFips;
    CaseSort sort = CaseSort::CaseNumber;
    bool descending = false;
    int offset = 0;
    int limit = 50; // at most kMaxCasePage
    bool withTotal = false; // also count all matching cases (for "1-50 of 7,312")
};
inline constexpr int kMaxCasePage = 500;

struct CaseListRow
{
    Uuid id;
    std::string number;
    CaseStatus status = CaseStatus::Open;
    CasePhase phase = CasePhase::Intake;
    std::string custodialParty; // display names; no SSN, no address
    std::string noncustodialParent;
    int children = 0;
    std::optional<Uuid> workerId;
    std::string workerName;
    std::optional<Date> nextDue;
    bool overdue = false;
    Date openedOn;
    int managingCountyFips = 0;
    bool familyViolence = false; // a participant carries a family violence indicator
};

struct CaseListPage
{
    std::vector<CaseListRow> rows;
    std::optional<std::int64_t> total;
    int offset = 0;
    bool more = false; // another page follows
};

// One case a person takes part in (the person view's "Cases" list).
struct PersonCaseLink
{
    Uuid caseId;
    std::string caseNumber;
    ParticipantRole role = ParticipantRole::Child;
    CaseStatus status = CaseStatus::Open;
};

} // namespace caseledger::core
