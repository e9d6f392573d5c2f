#pragma once

#include "core/audit/auditlog.h"
#include "core/cases/case.h"
#include "core/cases/note.h"
#include "core/cases/parentage.h"
#include "core/cases/supportorder.h"
#include "core/cases/task.h"
#include "core/guideline/guidelinecalculation.h"
#include "core/services/personprofile.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;
class DisclosureGuard;

struct CaseParticipantView
{
    Participant participant;
    PersonProfile person;
    std::optional<Date> emancipation; // children with a date of birth
    std::optional<ParentageStatus> parentageStatus; // children
};

// Everything the case window's tabs show (Summary, People, Parentage, Orders, Notes, Tasks,
// History), read in one service call that writes one audit record.
struct CaseFile
{
    Case record;
    std::string countyName; // managing county
    std::string originCountyName; // the county of the number's prefix
    std::string assignedWorkerName;
    std::vector<CaseParticipantView> people; // CP, NCP, alleged fathers, children
    std::vector<AssistancePeriod> assistance;
    AssistanceStatus assistanceToday = AssistanceStatus::Never;
    std::vector<Parentage> parentage;
    std::vector<SupportOrder> orders;
    // Saved guideline calculations, newest first; an order version names the one it rests on
    // (issue 5, item 3: shown with the order).
    std::vector<GuidelineCalculation> calculations;
    bool currentSupportOrder = false;
    std::vector<Note> notes; // newest first; SSN-shaped text masked (S13)
    std::vector<Task> tasks; // open first, by due date
    std::vector<AuditRecord> history; // who viewed and changed the case, newest first
    bool familyViolence = false;

    // When the case's orders end by themselves (Family Code §3901): the latest emancipation
    // date of its children; none when a child has no date of birth to reckon it from.
    std::optional<Date> lastEmancipation() const;
};

// Reads a case file through the repositories (no audit, no history: the service adds both).
// The benchmark calls it directly to compare an encrypted with a plain database.
CaseFile loadCaseFile(Database& db, const Case& record, Date today, DisclosureGuard& guard);

} // namespace caseledger::core
