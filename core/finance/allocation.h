#pragma once

#include "core/finance/allocationline.h"
#include "core/finance/casebalances.h"
#include "core/finance/collection.h"
#include "core/finance/ruleset.h"

#include <span>
#include <string>
#include <vector>

namespace caseledger::core {

// How much of the collection each case received at each step of distribution.md §1.
struct CaseShare
{
    std::string caseNumber;
    Money current; // step 1: prorated over current support due this month
    Money arrears; // step 2: prorated over arrears
    Money future; // step 3: prorated over monthly support (paid ahead)
    Money unapplied; // held: nothing it could pay (tax offset above arrears, nothing owed)

    Money total() const { return current + arrears + future + unapplied; }
    bool operator==(const CaseShare&) const = default;
};

struct CaseUra
{
    std::string caseNumber;
    Money before;
    Money after;

    bool operator==(const CaseUra&) const = default;
};

// The allocation of one collection: the lines (cases in case-number order, each case's
// lines in crediting order), the split across cases and the URA after.
struct AllocationResult
{
    Collection collection;
    std::string ruleSetName;
    std::vector<CaseShare> shares;
    std::vector<AllocationLine> lines;
    std::vector<CaseUra> ura;

    Money total() const; // the sum of the lines: always the collection's amount
    bool operator==(const AllocationResult&) const = default;
};

// distribution.md §1-§3 as one pure function: across the obligor's cases (prorated,
// cents split by largest remainder, ties to the lower case number), within each case by
// the crediting order for its assistance status, then to payees. Refuses (Failure,
// Validation, naming the field) a collection that is not positive, no cases, a repeated
// case number or a negative balance. Deterministic: the same inputs give the same lines.
AllocationResult allocate(
    const Collection& collection, std::span<const CaseBalances> cases, const RuleSet& rules);

// Applies lines to the balances they were computed from (current due, arrears and
// installments go down, URA goes down by each line's URA reduction, pass-through, fee,
// future credit and unapplied money are recorded). Applying reversalOf(lines) afterwards
// restores the balances exactly. Failure (Internal) when a line names an unknown case or
// installment, or would take a balance below zero.
void applyAllocation(std::span<CaseBalances> cases, std::span<const AllocationLine> lines);

// The reversal of an allocation (a bounced check): the same lines, negated, with a reason.
// Nothing is edited; the persistence layer records this as new entries (distribution.md §6).
std::vector<AllocationLine> reversalOf(
    std::span<const AllocationLine> lines, const std::string& reason);

} // namespace caseledger::core
