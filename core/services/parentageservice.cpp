#include "core/services/parentageservice.h"

#include "core/cases/caserepository.h"
#include "core/cases/orderrepository.h"
#include "core/cases/parentagerepository.h"
#include "core/cases/participantrepository.h"
#include "core/services/changefields.h"
#include "core/services/servicesupport.h"
#include "core/services/taskscheduler.h"
#include "core/services/workspace.h"

#include <algorithm>

namespace caseledger::core {

using namespace servicesupport;

namespace {

// The day parentage became established, from its evidence when not given.
std::optional<Date> establishedDate(const Parentage& p, Date today)
{
    if (p.status != ParentageStatus::Established)
        return std::nullopt;
    if (p.establishedOn)
        return p.establishedOn;
    switch (p.method) {
    case ParentageMethod::VoluntaryDeclaration:
        return std::max(*p.declarationSignedByMother, *p.declarationSignedByParent);
    case ParentageMethod::GeneticTest:
        return p.testDate;
    case ParentageMethod::Judgment:
        return p.judgmentDate;
    default:
        return today;
    }
}

void requireChildOfCase(Operation& op, const Case& c, const Uuid& childId)
{
    for (const auto& p : ParticipantRepository(op.db()).forCase(c.id))
        if (p.personId == childId && p.role == ParticipantRole::Child)
            return;
    failValidation("child", "this person is not a child in case " + c.number);
}

// Parentage established for every child: the case moves on to establishing an order.
void advancePhase(Operation& op, Case& c)
{
    if (c.phase != CasePhase::Parentage)
        return;
    const auto records = ParentageRepository(op.db()).forChildrenOfCase(c.id);
    for (const auto& p : ParticipantRepository(op.db()).forCase(c.id)) {
        if (p.role != ParticipantRole::Child || p.to)
            continue;
        std::vector<Parentage> mine;
        std::copy_if(records.begin(), records.end(), std::back_inserter(mine),
            [&](const Parentage& r) { return r.childId == p.personId; });
        if (childParentageStatus(mine) != ParentageStatus::Established)
            return;
    }
    const Hlc base = c.hlc;
    c.phase = CasePhase::Establishment;
    c.hlc = op.hlc();
    CaseRepository(op.db()).update(c, device(op));
    op.recordChange("case", c.id, base, {{"phase", codeOf(c.phase)}});
}

} // namespace

Result<Parentage> ParentageService::record(const Session& session, const RecordParentageRequest& r)
{
    return m_ws.perform(session, Action::ParentageRecord, [&](Operation& op) {
        Case c = requireCase(op, r.caseRef);
        requireActive(c);
        requirePerson(op, r.childId, "child");
        if (r.parentId)
            requirePerson(op, *r.parentId, "parent");
        op.target("case", c.id.toString());
        requireChildOfCase(op, c, r.childId);
        ParentageRepository repo(op.db());
        const auto existing = repo.findFor(r.childId, r.parentId);
        Parentage p = r.facts;
        p.id = existing ? existing->id : newId(op);
        p.childId = r.childId;
        p.parentId = r.parentId;
        p.caseId = c.id;
        p.testProbability = cleanText(p.testProbability, "test probability", 20, false);
        p.testLab = cleanText(p.testLab, "test laboratory", 120, false);
        p.courtCaseNumber = cleanText(p.courtCaseNumber, "court case number", 40, false);
        p.presumptionBasis = cleanText(p.presumptionBasis, "presumption basis", 200, false);
        validateParentage(p, today(op));
        p.establishedOn = establishedDate(p, today(op));
        p.hlc = op.hlc();
        if (existing)
            repo.update(p, device(op));
        else
            repo.insert(p, device(op));
        op.recordChange("parentage", p.id, existing ? existing->hlc : Hlc {}, changefields::of(p));
        advancePhase(op, c);
        op.describe("parentage recorded on case " + c.number + ": " + std::string(codeOf(p.status))
            + " (" + std::string(codeOf(p.method)) + ")");
        return p;
    });
}

Result<Parentage> ParentageService::rescind(
    const Session& session, const Uuid& parentageId, Date on)
{
    return m_ws.perform(session, Action::ParentageRecord, [&](Operation& op) {
        ParentageRepository repo(op.db());
        auto p = repo.find(parentageId);
        if (!p)
            throw Failure(ErrorCode::NotFound, "there is no such parentage record", "parentage");
        requireNotFuture(on, today(op), "rescinded on");
        const bool orderEntered
            = p->caseId && !OrderRepository(op.db()).forCase(*p->caseId).empty();
        if (!canRescind(*p, on, orderEntered)) {
            const auto deadline = rescissionDeadline(*p);
            failValidation("rescinded on",
                !deadline ? "only a voluntary declaration of parentage can be rescinded"
                    : orderEntered
                    ? "an order was entered; the declaration can be set aside only by a court"
                    : "the 60-day rescission period ended on " + deadline->toIso());
        }
        if (p->caseId)
            requireCase(op, *p->caseId);
        const Hlc base = p->hlc;
        p->rescindedOn = on;
        p->status = ParentageStatus::Alleged;
        p->establishedOn.reset();
        p->hlc = op.hlc();
        repo.update(*p, device(op));
        op.recordChange(
            "parentage", p->id, base, {{"rescinded_on", on.toIso()}, {"status", "alleged"}});
        op.describe("voluntary declaration of parentage rescinded");
        return *p;
    });
}

} // namespace caseledger::core
