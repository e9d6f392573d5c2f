#pragma once

#include "core/finance/allocationline.h"
#include "core/finance/allocationwording.h"
#include "core/finance/casebalances.h"
#include "core/finance/collection.h"
#include "core/finance/ruleset.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// Distributes one case's share of a collection (distribution.md §2 and §3): which buckets,
// in which order, and which payee gets each piece. Used by allocate(); one per case and
// collection. It works on its own copy of the balances it consumes, never on the caller's.
class CaseAllocator
{
public:
    CaseAllocator(const Collection& collection, const CaseBalances& balances, const RuleSet& rules,
        const AllocationWording& wording);

    // Each step gets the case's share from the proration across cases, and the sentence
    // that explains that share (empty for a single case).
    void payCurrent(Money amount, const std::string& proration);
    void payArrears(Money amount, const std::string& proration);
    void payFuture(Money amount, const std::string& proration);
    void holdUnapplied(Money amount, UnappliedReason why, const std::string& proration);
    // 45 CFR 302.33(e), when the rule set enables it: after the other steps.
    void chargeAnnualFee();

    std::vector<AllocationLine>& lines() { return m_lines; }
    Money ura() const { return m_ura; }

private:
    struct Piece
    {
        Bucket bucket;
        Money amount;
        std::optional<Date> installmentDue;
    };

    Money payCategory(ArrearsCategory category, Money available, bool capByUra);
    Money payPrincipal(ArrearsCategory category, Money available, bool capByUra);
    Money payInterest(ArrearsCategory category, Money available, bool capByUra);
    Money limitFor(Money available, bool capByUra) const;

    void distribute(const Piece& piece);
    void retainOrAbove(const Piece& piece);
    void passThroughFormer(const Piece& piece);
    void addLine(const Piece& piece, Payee payee, Money amount, Disposition disposition,
        Money uraReduction, Money uraBefore, Money countyPart = {});

    const Collection& m_collection;
    const CaseBalances& m_case;
    const RuleSet& m_rules;
    const AllocationWording& m_wording;
    CaseWordingContext m_ctx;
    int m_fmapBasisPoints = 0;

    Money m_ura;
    Money m_passThroughLeft;
    std::array<Money, kArrearsCategoryCount> m_principalLeft {};
    std::array<Money, kArrearsCategoryCount> m_interestLeft {};
    std::vector<ArrearsInstallment> m_installments; // oldest first
    std::string m_proration;
    UnappliedReason m_unappliedWhy = UnappliedReason::NothingOwed;
    std::vector<AllocationLine> m_lines;
};

} // namespace caseledger::core
