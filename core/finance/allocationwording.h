#pragma once

#include "core/cases/case.h"
#include "core/finance/allocationline.h"
#include "core/finance/collection.h"
#include "core/finance/ruleset.h"

#include <optional>
#include <string>

namespace caseledger::core {

// The three steps of distribution.md §1 that give a case its share.
enum class AllocationStep : std::uint8_t
{
    Current,
    Arrears,
    Future,
    Unapplied
};

// The order in which a case's arrears categories are paid (distribution.md §2).
enum class ArrearsPath : std::uint8_t
{
    NeverAssistance, // family arrears only
    FamilyFirst, // former assistance: NA, UDA, UPA, CA, then PA, TA
    AssignedFirst // current assistance (and pre-2020 tax offsets of former families)
};

// What the wording needs to know about the case a line belongs to.
struct CaseWordingContext
{
    AssistanceStatus status = AssistanceStatus::Never; // Current, Former or Never
    ArrearsPath path = ArrearsPath::NeverAssistance;
    int children = 0;
    Money passThroughCap;
};

// The plain-words reason of every allocation line, with its citation (distribution.md §7:
// "which case and why, which bucket and why, which payee and why"). Pure text building.
class AllocationWording
{
public:
    AllocationWording(const Collection& collection, const RuleSet& rules, std::size_t caseCount);

    std::string bucketClause(const Bucket& bucket, const CaseWordingContext& ctx,
        std::optional<Date> installmentDue) const;
    std::string unappliedClause(UnappliedReason why) const;
    // Empty for a single-case obligor.
    std::string prorationClause(AllocationStep step, Money stepTotal, Money share) const;
    std::string payeeClause(Disposition disposition, Payee payee, const Bucket& bucket,
        const CaseWordingContext& ctx, Money uraBefore, Money countyPart) const;

    // "March 2025"
    static std::string monthName(Date date);

private:
    std::string arrearsPathClause(const CaseWordingContext& ctx) const;
    std::string slotClause(const Bucket& bucket, std::optional<Date> installmentDue) const;
    std::string retainedClause(Payee payee, Money uraBefore, Money countyPart) const;
    std::string familyClause(const Bucket& bucket, const CaseWordingContext& ctx) const;

    const Collection& m_collection;
    const RuleSet& m_rules;
    std::size_t m_caseCount;
    std::string m_month;
};

} // namespace caseledger::core
