#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/base/uuid.h"
#include "core/finance/arrearscategory.h"

#include <array>
#include <string>
#include <vector>

namespace caseledger::core {

// What the reports need from the finance ledger (issue 6), and nothing more: the ledger is
// written by core/finance and may not exist in a database yet. Reports read it only through
// this interface, so that they stand on casework alone until it does (available() == false:
// the figures are zero and the report says so in a footnote).

// One case's money in a period (OCSE-157 lines 24, 25, 28, 29; measures.md).
struct CaseLedgerFacts
{
    Uuid caseId;
    Money currentSupportDue; // line 24: current support due, summed over the period's months
    Money currentSupportDistributed; // line 25: distributed as current support
    Money arrearsDue; // line 28: the case had arrears due in the period when positive
    Money arrearsDistributed; // line 29: the case paid toward arrears when positive
};

// Collections and their distribution in one month (the collections report).
struct MonthLedgerFacts
{
    Date month; // first day
    Money collected;
    std::array<Money, 6> collectedBySource {}; // indexed by CollectionSource
    Money toFamilies;
    Money retainedFederal;
    Money retainedState;
    Money passedThrough;
    Money undistributed;
    int undistributedOldestDays = 0;
};

// Arrears owed on a day, by category and age (the arrears aging report).
inline constexpr int kAgingBuckets = 5; // 0-90 days, 91-180, 181-365, 1-3 years, over 3 years
struct AgingLedgerFacts
{
    ArrearsCategory category = ArrearsCategory::NA;
    std::array<Money, kAgingBuckets> byAge {};
    std::array<std::int64_t, kAgingBuckets> cases {};
};

// 45 CFR 305.35 (measures.md "Collections base"): collections by assistance status of the case.
struct CollectionsBaseFacts
{
    Money currentAssistance;
    Money formerAssistance;
    Money other;
};

class LedgerFacts
{
public:
    virtual ~LedgerFacts() = default;
    virtual bool available() = 0;
    // Every case with money in [from, to]; cases without any are left out.
    virtual std::vector<CaseLedgerFacts> perCase(Date from, Date to) = 0;
    virtual std::vector<MonthLedgerFacts> byMonth(Date from, Date to) = 0;
    virtual std::vector<AgingLedgerFacts> aging(Date asOf) = 0;
    virtual CollectionsBaseFacts collectionsBase(Date from, Date to) = 0;
};

// The footnote of every figure that needs the ledger while it is not there.
inline constexpr const char* kLedgerMissingNote
    = "Ledger not yet available: amounts due, collected and distributed show as zero.";

// Before the ledger tables exist (schema v4): nothing to read.
class NoLedgerFacts final : public LedgerFacts
{
public:
    bool available() override { return false; }
    std::vector<CaseLedgerFacts> perCase(Date, Date) override { return {}; }
    std::vector<MonthLedgerFacts> byMonth(Date, Date) override { return {}; }
    std::vector<AgingLedgerFacts> aging(Date) override { return {}; }
    CollectionsBaseFacts collectionsBase(Date, Date) override { return {}; }
};

} // namespace caseledger::core
