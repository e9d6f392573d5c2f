#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/base/money.h"
#include "core/cases/case.h"
#include "core/cases/caselist.h"
#include "core/cases/casenumber.h"
#include "core/cases/closure.h"
#include "core/services/casefile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

class Workspace;

struct NewParticipant
{
    Uuid personId;
    ParticipantRole role = ParticipantRole::Child;
    bool fullTimeHighSchoolStudent = false;
    std::optional<Date> expectedGraduation;
};

struct OpenCaseRequest
{
    int countyFips = kDefaultCountyFips; // the county that opens it: the number's prefix
    CaseSource source = CaseSource::Application;
    std::optional<Date> applicationDate; // received; default today
    AssistanceStatus assistance = AssistanceStatus::Never;
    std::string assignedWorker; // sign-in name or user id; empty: the acting caseworker
    std::vector<NewParticipant> participants; // at least a custodial party and a child
};

struct CloseRequest
{
    ClosureReason reason = ClosureReason::RecipientRequests;
    std::string explanation; // becomes a case note
    // Facts the finance ledger will supply later; until then the worker enters them.
    std::optional<Money> arrears;
    std::optional<Money> assignedArrears;
    bool arrearsUnenforceable = false;
};

struct CloseResult
{
    Case record;
    ClosureCheck check;
    bool pendingNotice = false; // 45 CFR 303.11(d)(4): closes when the 60-day notice period ends
    std::optional<Task> noticeTask;
};

// Cases: opening, the case file, the caseload, assignment, people, phase, assistance,
// closure and reopening. `caseRef` is a case number ("19-0000123") or a case id.
class CaseService
{
public:
    explicit CaseService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<Case> open(const Session& session, const OpenCaseRequest& request);
    // The whole case for its window; one audit record per view (S9).
    Result<CaseFile> view(const Session& session, std::string_view caseRef);
    Result<CaseListPage> list(const Session& session, const CaseListQuery& query);
    // A supervisor assigns a worker (sign-in name or user id; empty = unassigned) and may
    // move the case to another managing county -- its number stays (California practice).
    Result<Case> assign(const Session& session, std::string_view caseRef, std::string_view worker,
        std::optional<int> managingCountyFips = {});
    Result<Participant> addParticipant(
        const Session& session, std::string_view caseRef, const NewParticipant& p);
    Result<Participant> endParticipant(const Session& session, const Uuid& participantId, Date on);
    Result<Case> setPhase(const Session& session, std::string_view caseRef, CasePhase phase);
    Result<AssistancePeriod> setAssistance(
        const Session& session, std::string_view caseRef, AssistanceStatus status, Date from);
    // Whether a 303.11(b) criterion holds now, without closing (the closure form shows it).
    Result<ClosureCheck> checkClosure(
        const Session& session, std::string_view caseRef, const CloseRequest& request);
    Result<CloseResult> close(
        const Session& session, std::string_view caseRef, const CloseRequest& request);
    // Reopens a closed case, or cancels a pending closure (the recipient answered the notice).
    Result<Case> reopen(const Session& session, std::string_view caseRef, std::string_view reason);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
