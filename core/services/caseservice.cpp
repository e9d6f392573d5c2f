#include "core/services/caseservice.h"

#include "core/access/disclosureguard.h"
#include "core/access/userrepository.h"
#include "core/base/text.h"
#include "core/cases/assistancerepository.h"
#include "core/cases/casenumber.h"
#include "core/cases/caserepository.h"
#include "core/cases/contactrepository.h"
#include "core/cases/noterepository.h"
#include "core/cases/orderrepository.h"
#include "core/cases/participantrepository.h"
#include "core/cases/personrepository.h"
#include "core/cases/taskrepository.h"
#include "core/finance/balancerepository.h"
#include "core/services/changefields.h"
#include "core/services/servicesupport.h"
#include "core/services/taskscheduler.h"
#include "core/services/workspace.h"

#include <algorithm>

namespace caseledger::core {

using namespace servicesupport;

namespace {

bool isNoncustodial(ParticipantRole r)
{
    return r == ParticipantRole::NoncustodialParent || r == ParticipantRole::AllegedFather;
}

// A worker a case can be assigned to: an enabled caseworker or supervisor.
User requireWorker(Operation& op, std::string_view ref)
{
    UserRepository users(op.db());
    std::optional<User> u;
    if (auto id = Uuid::parse(ref))
        u = users.findById(*id);
    else
        u = users.findByName(text::toLowerAscii(text::trim(ref)));
    if (!u)
        throw Failure(ErrorCode::NotFound, "there is no such user", "worker");
    if (u->disabled || (u->role != Role::Caseworker && u->role != Role::Supervisor))
        failValidation("worker", "cases are assigned to enabled caseworkers and supervisors");
    return *u;
}

void validateNewParticipant(
    Operation& op, const NewParticipant& np, const std::vector<Participant>& existing)
{
    const Person person = requirePerson(op, np.personId, "participant");
    for (const auto& p : existing)
        if (p.personId == np.personId && !p.to)
            failValidation("participant",
                "this person already takes part in the case as " + std::string(labelOf(p.role)));
    if (np.role == ParticipantRole::Child && !person.dateOfBirth)
        failValidation(
            "participant", "a child needs a date of birth (it sets the emancipation date)");
    if (np.role == ParticipantRole::NoncustodialParent)
        for (const auto& p : existing)
            if (p.role == ParticipantRole::NoncustodialParent && !p.to)
                failValidation("participant",
                    "the case already has a noncustodial parent; end that role first");
    if (np.expectedGraduation && !np.fullTimeHighSchoolStudent)
        failValidation("expected graduation", "is only for a full-time high-school student");
}

Participant insertParticipant(Operation& op, const Case& c, const NewParticipant& np, Date from)
{
    Participant p;
    p.id = newId(op);
    p.caseId = c.id;
    p.personId = np.personId;
    p.role = np.role;
    p.from = from;
    p.fullTimeHighSchoolStudent = np.fullTimeHighSchoolStudent;
    p.expectedGraduation = np.expectedGraduation;
    p.hlc = op.hlc();
    ParticipantRepository(op.db()).insert(p, device(op));
    op.recordChange("participant", p.id, {}, changefields::of(p));
    return p;
}

void validateOpenRequest(const OpenCaseRequest& r, Date today)
{
    if (!countyByFips(r.countyFips))
        failValidation(
            "county", "is not a California county FIPS code (e.g. 6037 for Los Angeles)");
    if (r.applicationDate)
        requireNotFuture(*r.applicationDate, today, "application date");
    const auto has = [&](ParticipantRole role) {
        return std::any_of(r.participants.begin(), r.participants.end(),
            [&](const auto& p) { return p.role == role; });
    };
    if (!has(ParticipantRole::CustodialParty))
        failValidation("participants", "a case needs a custodial party");
    if (!has(ParticipantRole::Child))
        failValidation("participants", "a case needs at least one child");
}

// 45 CFR 303.11(b)(1)-(2) turn on the arrears. Once the case has a ledger its balances are the
// record, and a figure typed by the worker does not outvote them; the worker's figure counts
// only for a case whose debt was never charged here (arrears from before CaseLedger).
void ledgerArrears(Operation& op, const Case& c, const CloseRequest& r, ClosureFacts& f)
{
    const auto buckets = BalanceRepository(op.db()).buckets(c.id);
    if (buckets.empty()) {
        f.arrears = r.arrears;
        f.assignedArrears = r.assignedArrears;
        return;
    }
    Money arrears;
    Money assigned;
    for (const auto& b : buckets) {
        if (!b.bucket.isArrears())
            continue;
        const Money owed = std::max(b.owed(), Money());
        arrears += owed;
        if (isAssigned(b.bucket.category))
            assigned += owed;
    }
    f.arrears = arrears;
    f.assignedArrears = assigned;
}

// What the system knows for a 303.11(b) check.
ClosureFacts closureFacts(Operation& op, const Case& c, const CloseRequest& r)
{
    ClosureFacts f;
    f.today = today(op);
    for (const auto& o : OrderRepository(op.db()).forCase(c.id))
        f.currentSupportOrder = f.currentSupportOrder || o.currentSupportOn(f.today);
    ledgerArrears(op, c, r, f);
    f.arrearsUnenforceable = r.arrearsUnenforceable;
    f.assistanceToday = AssistanceRepository(op.db()).statusOn(c.id, f.today);
    PersonRepository people(op.db());
    for (const auto& p : ParticipantRepository(op.db()).forCase(c.id)) {
        if (!isNoncustodial(p.role) || p.to)
            continue;
        f.hasNoncustodialParty = true;
        const auto person = people.find(p.personId);
        if (person && person->deceasedOn)
            f.ncpDeceased = true;
        if (person && p.role == ParticipantRole::NoncustodialParent)
            f.locateSituation = !person->ssn ? LocateSituation::InsufficientInformation
                : person->ssnVerified        ? LocateSituation::AutomatedLocatePossible
                                             : LocateSituation::SsnUnverifiable;
    }
    // Diligent efforts run since the first locate task after the NCP was last found, as long
    // as a locate task is still open.
    auto tasks = TaskRepository(op.db()).forCase(c.id);
    std::sort(tasks.begin(), tasks.end(),
        [](const Task& a, const Task& b) { return a.triggerDate < b.triggerDate; });
    std::optional<Date> since;
    bool searching = false;
    for (const auto& t : tasks) {
        if (t.rule != TaskRule::Locate && t.rule != TaskRule::LocateRepeat)
            continue;
        if (t.outcome == "located") {
            since.reset();
            searching = false;
            continue;
        }
        if (!since)
            since = t.triggerDate;
        searching = searching || t.status == TaskStatus::Open;
    }
    if (searching)
        f.locateSince = since;
    return f;
}

void addNote(Operation& op, const Case& c, std::string text)
{
    Note n;
    n.id = newId(op);
    n.caseId = c.id;
    n.authorId = op.session().userId;
    n.authorName
        = op.session().displayName.empty() ? op.session().userName : op.session().displayName;
    n.writtenAt = formatUtc(op.now());
    n.contactDate = today(op);
    n.kind = NoteKind::Action;
    n.text = std::move(text);
    n.hlc = op.hlc();
    NoteRepository(op.db()).insert(n, device(op));
    op.recordChange("note", n.id, {}, changefields::of(n));
}

void saveCase(Operation& op, Case& c, const nlohmann::json& changed)
{
    const Hlc base = c.hlc;
    c.hlc = op.hlc();
    CaseRepository(op.db()).update(c, device(op));
    op.recordChange("case", c.id, base, changed);
}

} // namespace

Result<Case> CaseService::open(const Session& session, const OpenCaseRequest& request)
{
    return m_ws.perform(session, Action::CaseOpen, [&](Operation& op) {
        const Date now = today(op);
        validateOpenRequest(request, now);
        std::vector<Participant> added;
        for (const auto& np : request.participants) {
            validateNewParticipant(op, np, added);
            Participant seen;
            seen.personId = np.personId;
            seen.role = np.role;
            seen.from = now;
            added.push_back(seen);
        }
        Case c;
        c.id = newId(op);
        op.target("case", c.id.toString());
        if (!text::trim(request.assignedWorker).empty())
            c.assignedWorker = requireWorker(op, request.assignedWorker).id;
        else if (session.role == Role::Caseworker)
            c.assignedWorker = session.userId;
        const auto& county = *countyByFips(request.countyFips);
        c.number = formatCaseNumber(county, CaseRepository(op.db()).reserveSequence(county.fips));
        c.originCountyFips = c.managingCountyFips = county.fips;
        c.source = request.source;
        c.applicationDate = request.applicationDate.value_or(now);
        c.openedOn = now;
        c.hlc = op.hlc();
        CaseRepository(op.db()).insert(c, device(op));
        op.recordChange("case", c.id, {}, changefields::of(c));
        bool located = false;
        for (const auto& np : request.participants) {
            insertParticipant(op, c, np, now);
            if (isNoncustodial(np.role)
                && ContactRepository(op.db()).hasCurrentAddress(np.personId, now))
                located = true;
        }
        CaseRepository(op.db()).refreshParties(c.id);
        AssistancePeriod a {newId(op), c.id, request.assistance, c.applicationDate, op.hlc()};
        AssistanceRepository(op.db()).insert(a, device(op));
        op.recordChange("assistance_period", a.id, {}, changefields::of(a));
        TaskScheduler(op).caseOpened(c, located);
        op.describe("opened case " + c.number + " (" + std::string(codeOf(c.source)) + ", "
            + std::to_string(request.participants.size()) + " participants)");
        return c;
    });
}

Result<CaseFile> CaseService::view(const Session& session, std::string_view caseRef)
{
    return m_ws.perform(session, Action::CaseView, [&](Operation& op) {
        const Case c = requireCase(op, caseRef);
        DisclosureGuard guard(op.db(), today(op));
        CaseFile file = loadCaseFile(op.db(), c, today(op), guard);
        file.history = m_ws.audit().forObject("case", c.id.toString(), 200);
        op.describe("viewed case " + c.number);
        return file;
    });
}

Result<CaseListPage> CaseService::list(const Session& session, const CaseListQuery& query)
{
    return m_ws.perform(session, Action::CaseList, [&](Operation& op) {
        auto page = CaseRepository(op.db()).list(query, today(op));
        op.target("case", "*");
        op.describe("listed " + std::to_string(page.rows.size()) + " cases from row "
            + std::to_string(page.offset) + " (" + std::string(codeOf(query.status))
            + (query.overdueOnly ? ", overdue" : "") + (query.worker ? ", one worker" : "") + ")");
        return page;
    });
}

Result<Case> CaseService::assign(const Session& session, std::string_view caseRef,
    std::string_view worker, std::optional<int> managingCountyFips)
{
    return m_ws.perform(session, Action::CaseAssign, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        requireActive(c);
        std::string who = "unassigned";
        if (text::trim(worker).empty()) {
            c.assignedWorker.reset();
        } else {
            const User u = requireWorker(op, worker);
            c.assignedWorker = u.id;
            who = u.name;
        }
        if (managingCountyFips) {
            if (!countyByFips(*managingCountyFips))
                failValidation("county", "is not a California county FIPS code");
            c.managingCountyFips = *managingCountyFips; // the number keeps its original prefix
        }
        saveCase(op, c,
            {{"assigned_worker",
                 c.assignedWorker ? nlohmann::json(c.assignedWorker->toString())
                                  : nlohmann::json()},
                {"managing_county", c.managingCountyFips}});
        TaskScheduler(op).reassign(c);
        op.describe("case " + c.number + " assigned to " + who + ", managing county "
            + std::to_string(c.managingCountyFips));
        return c;
    });
}

Result<Participant> CaseService::addParticipant(
    const Session& session, std::string_view caseRef, const NewParticipant& np)
{
    return m_ws.perform(session, Action::CaseUpdate, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        requireActive(c);
        const auto existing = ParticipantRepository(op.db()).forCase(c.id);
        validateNewParticipant(op, np, existing);
        op.target("case", c.id.toString());
        const Participant p = insertParticipant(op, c, np, today(op));
        CaseRepository(op.db()).refreshParties(c.id);
        if (isNoncustodial(np.role)) {
            const bool located
                = ContactRepository(op.db()).hasCurrentAddress(np.personId, today(op));
            TaskScheduler(op).record(
                c, located ? CaseEvent::NcpLocated : CaseEvent::LocateNeeded, today(op));
        }
        op.describe("added a " + std::string(labelOf(np.role)) + " to case " + c.number);
        return p;
    });
}

Result<Participant> CaseService::endParticipant(
    const Session& session, const Uuid& participantId, Date on)
{
    return m_ws.perform(session, Action::CaseUpdate, [&](Operation& op) {
        ParticipantRepository participants(op.db());
        auto p = participants.find(participantId);
        if (!p)
            throw Failure(ErrorCode::NotFound, "there is no such participant", "participant");
        const Case c = requireCase(op, p->caseId);
        requireActive(c);
        if (p->to)
            failValidation("participant", "this role has already ended");
        if (on < p->from)
            failValidation("end date", "is before the role began");
        const Hlc base = p->hlc;
        p->to = on;
        p->hlc = op.hlc();
        participants.update(*p, device(op));
        op.recordChange("participant", p->id, base, {{"to", on.toIso()}});
        CaseRepository(op.db()).refreshParties(c.id);
        op.describe("ended a " + std::string(labelOf(p->role)) + " role in case " + c.number);
        return *p;
    });
}

Result<Case> CaseService::setPhase(
    const Session& session, std::string_view caseRef, CasePhase phase)
{
    return m_ws.perform(session, Action::CaseUpdate, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        requireActive(c);
        const auto was = c.phase;
        c.phase = phase;
        saveCase(op, c, {{"phase", codeOf(phase)}});
        op.describe("case " + c.number + " phase " + std::string(codeOf(was)) + " -> "
            + std::string(codeOf(phase)));
        return c;
    });
}

Result<AssistancePeriod> CaseService::setAssistance(
    const Session& session, std::string_view caseRef, AssistanceStatus status, Date from)
{
    return m_ws.perform(session, Action::CaseUpdate, [&](Operation& op) {
        const Case c = requireCase(op, caseRef);
        requireActive(c);
        AssistanceRepository history(op.db());
        for (const auto& p : history.forCase(c.id))
            if (p.from == from)
                failValidation("from",
                    "the case already has an assistance status starting on " + from.toIso());
        AssistancePeriod a {newId(op), c.id, status, from, op.hlc()};
        history.insert(a, device(op));
        op.recordChange("assistance_period", a.id, {}, changefields::of(a));
        op.describe("case " + c.number + " assistance " + std::string(codeOf(status)) + " from "
            + from.toIso());
        return a;
    });
}

Result<ClosureCheck> CaseService::checkClosure(
    const Session& session, std::string_view caseRef, const CloseRequest& request)
{
    return m_ws.perform(session, Action::CaseView, [&](Operation& op) {
        const Case c = requireCase(op, caseRef);
        auto check = core::checkClosure(request.reason, closureFacts(op, c, request));
        op.describe("checked closure of case " + c.number + " under 45 CFR 303.11(b)("
            + std::to_string(closureReasonNumber(request.reason))
            + "): " + (check.allowed ? "allowed" : "not allowed"));
        return check;
    });
}

Result<CloseResult> CaseService::close(
    const Session& session, std::string_view caseRef, const CloseRequest& request)
{
    return m_ws.perform(session, Action::CaseClose, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        if (c.status != CaseStatus::Open)
            failValidation("case",
                "case " + c.number + " is " + std::string(labelOf(c.status))
                    + "; only an open case can be closed");
        const std::string explanation
            = cleanText(request.explanation, "explanation", 2000, true, true);
        CloseResult result;
        result.check = core::checkClosure(request.reason, closureFacts(op, c, request));
        if (!result.check.allowed)
            failValidation(result.check.field.empty() ? "reason" : result.check.field,
                result.check.explanation);
        const auto& info = closureReasonInfo(request.reason);
        const Date now = today(op);
        c.closureReason = request.reason;
        TaskScheduler scheduler(op);
        if (info.needsNotice) {
            // 45 CFR 303.11(d)(4): notice now; the case closes when the 60 days have passed.
            c.status = CaseStatus::ClosePending;
            c.closureNoticeOn = now;
            saveCase(op, c, changefields::of(c));
            result.noticeTask
                = scheduler.schedule(c, TaskRule::ClosureNotice, "closure_notice_sent", now);
            result.pendingNotice = true;
        } else {
            c.status = CaseStatus::Closed;
            c.closedOn = now;
            saveCase(op, c, changefields::of(c));
            scheduler.cancelOpenTasks(c, now, "case closed");
        }
        const std::string rule
            = "45 CFR 303.11(b)(" + std::to_string(closureReasonNumber(request.reason)) + ")";
        addNote(op, c,
            "Closure under " + rule + " (" + std::string(info.text) + "): " + explanation
                + (result.check.checkedBySystem ? "\nVerified: " + result.check.explanation : ""));
        op.describe("case " + c.number
            + (result.pendingNotice ? " closure notice sent under " : " closed under ") + rule);
        result.record = c;
        return result;
    });
}

Result<Case> CaseService::reopen(
    const Session& session, std::string_view caseRef, std::string_view reason)
{
    return m_ws.perform(session, Action::CaseReopen, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        const std::string why = cleanText(reason, "reason", 2000, true, true);
        const Date now = today(op);
        if (c.status == CaseStatus::Open)
            failValidation("case", "case " + c.number + " is open");
        const bool wasPending = c.status == CaseStatus::ClosePending;
        if (wasPending)
            for (auto& t : TaskRepository(op.db()).openForCase(c.id, TaskRule::ClosureNotice))
                TaskScheduler(op).cancel(t, now, "closure withdrawn");
        c.status = CaseStatus::Open;
        c.closureReason.reset();
        c.closureNoticeOn.reset();
        c.closedOn.reset();
        c.reopenedOn = now;
        saveCase(op, c, changefields::of(c));
        addNote(op, c, (wasPending ? "Closure withdrawn: " : "Case reopened: ") + why);
        op.describe(wasPending ? "closure of case " + c.number + " withdrawn"
                               : "case " + c.number + " reopened");
        return c;
    });
}

} // namespace caseledger::core
