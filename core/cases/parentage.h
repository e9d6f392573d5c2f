#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// casework.md "Parentage": per child and candidate parent.
enum class ParentageStatus : std::uint8_t
{
    Unknown,
    Alleged,
    Established,
    Excluded
};
template<>
struct EnumCodes<ParentageStatus>
{
    static constexpr CodeEntry<ParentageStatus> table[] = {
        {ParentageStatus::Unknown, "unknown", "Unknown"},
        {ParentageStatus::Alleged, "alleged", "Alleged"},
        {ParentageStatus::Established, "established", "Established"},
        {ParentageStatus::Excluded, "excluded", "Excluded by genetic test"},
    };
};

enum class ParentageMethod : std::uint8_t
{
    None,
    VoluntaryDeclaration,
    GeneticTest,
    Judgment,
    Presumption
};
template<>
struct EnumCodes<ParentageMethod>
{
    static constexpr CodeEntry<ParentageMethod> table[] = {
        {ParentageMethod::None, "none", "None yet"},
        {ParentageMethod::VoluntaryDeclaration, "declaration",
            "Voluntary Declaration of Parentage"},
        {ParentageMethod::GeneticTest, "genetic_test", "Genetic testing"},
        {ParentageMethod::Judgment, "judgment", "Court judgment"},
        {ParentageMethod::Presumption, "presumption", "Presumed parent (marriage)"},
    };
};

enum class GeneticTestResult : std::uint8_t
{
    Inclusion,
    Exclusion,
    Inconclusive
};
template<>
struct EnumCodes<GeneticTestResult>
{
    static constexpr CodeEntry<GeneticTestResult> table[] = {
        {GeneticTestResult::Inclusion, "inclusion", "Not excluded (inclusion)"},
        {GeneticTestResult::Exclusion, "exclusion", "Excluded"},
        {GeneticTestResult::Inconclusive, "inconclusive", "Inconclusive"},
    };
};

struct Parentage
{
    Uuid id;
    Uuid childId;
    std::optional<Uuid> parentId; // the alleged or established parent, when known
    std::optional<Uuid> caseId; // the case in which it was recorded
    ParentageStatus status = ParentageStatus::Unknown;
    ParentageMethod method = ParentageMethod::None;
    std::optional<Date> establishedOn;
    // Voluntary Declaration of Parentage (Family Code §7573, §7575)
    std::optional<Date> declarationSignedByMother;
    std::optional<Date> declarationSignedByParent;
    std::optional<Date> rescindedOn;
    // Genetic test (Family Code §7550 ff.; the agency pays and may recover the cost)
    std::optional<GeneticTestResult> testResult;
    std::string testProbability; // "99.99" as reported by the lab
    std::string testLab;
    std::optional<Date> testDate;
    // Judgment (Uniform Parentage Act action)
    std::string courtCaseNumber;
    std::optional<Date> judgmentDate;
    // Presumption (Family Code §7540, §7611)
    std::string presumptionBasis;
    Hlc hlc;
};

// Family Code §7575: a signatory may rescind a declaration within 60 days of the later
// signature, unless a court order (support, custody, parentage) was entered in the meantime.
inline constexpr int kDeclarationRescissionDays = 60;
std::optional<Date> rescissionDeadline(const Parentage& p);
bool canRescind(const Parentage& p, Date day, bool orderEntered);

// Checks that the evidence matches the status and method (a Validation failure naming the
// field): an established parentage needs a method and its evidence, a declaration both
// signatures, a test its result, lab and date, a judgment its court case number and date.
void validateParentage(const Parentage& p, Date today);

// The child's overall status from all candidate records: established beats alleged beats
// unknown; excluded candidates do not count.
ParentageStatus childParentageStatus(const std::vector<Parentage>& records);

} // namespace caseledger::core
