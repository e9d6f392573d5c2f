#include "core/services/casefile.h"

#include "core/access/disclosureguard.h"
#include "core/access/userrepository.h"
#include "core/cases/assistancerepository.h"
#include "core/cases/casenumber.h"
#include "core/cases/emancipation.h"
#include "core/cases/familyviolencerepository.h"
#include "core/cases/noterepository.h"
#include "core/cases/orderrepository.h"
#include "core/cases/parentagerepository.h"
#include "core/cases/participantrepository.h"
#include "core/cases/personrepository.h"
#include "core/cases/taskrepository.h"
#include "core/guideline/guidelinecalculationrepository.h"

#include <algorithm>

namespace caseledger::core {

namespace {

std::string countyName(int fips)
{
    const auto* c = countyByFips(fips);
    return c ? std::string(c->name) : std::to_string(fips);
}

std::vector<Parentage> recordsOf(const std::vector<Parentage>& all, const Uuid& childId)
{
    std::vector<Parentage> out;
    for (const auto& p : all)
        if (p.childId == childId)
            out.push_back(p);
    return out;
}

} // namespace

std::optional<Date> CaseFile::lastEmancipation() const
{
    std::optional<Date> last;
    for (const auto& p : people) {
        if (p.participant.role != ParticipantRole::Child)
            continue;
        if (!p.emancipation)
            return std::nullopt;
        last = std::max(last.value_or(*p.emancipation), *p.emancipation);
    }
    return last;
}

CaseFile loadCaseFile(Database& db, const Case& record, Date today, DisclosureGuard& guard)
{
    CaseFile f;
    f.record = record;
    f.countyName = countyName(record.managingCountyFips);
    f.originCountyName = countyName(record.originCountyFips);
    if (record.assignedWorker)
        if (auto u = UserRepository(db).findById(*record.assignedWorker))
            f.assignedWorkerName = u->displayName;
    f.parentage = ParentageRepository(db).forChildrenOfCase(record.id);
    guard.preloadCase(record.id);
    PersonRepository people(db);
    for (auto& participant : ParticipantRepository(db).forCase(record.id)) {
        const auto person = people.find(participant.personId);
        if (!person)
            throw Failure(ErrorCode::Damaged,
                "a participant of case " + record.number + " has no person record");
        CaseParticipantView v {participant, loadPersonProfile(db, *person, guard, false), {}, {}};
        if (participant.role == ParticipantRole::Child) {
            if (person->dateOfBirth)
                v.emancipation = emancipationDate(*person->dateOfBirth,
                    participant.fullTimeHighSchoolStudent, participant.expectedGraduation);
            v.parentageStatus = childParentageStatus(recordsOf(f.parentage, person->id));
        }
        f.people.push_back(std::move(v));
    }
    f.assistance = AssistanceRepository(db).forCase(record.id);
    f.assistanceToday = assistanceStatusOn(f.assistance, today);
    f.orders = OrderRepository(db).forCase(record.id);
    for (const auto& o : f.orders)
        f.currentSupportOrder = f.currentSupportOrder || o.currentSupportOn(today);
    f.calculations = GuidelineCalculationRepository(db).forCase(record.id);
    f.notes = NoteRepository(db).forCase(record.id);
    for (auto& n : f.notes)
        n.text = guard.redactCaseText(record.id, n.text);
    f.tasks = TaskRepository(db).forCase(record.id);
    f.familyViolence = FamilyViolenceRepository(db).caseHasIndicator(record.id, today);
    return f;
}

} // namespace caseledger::core
