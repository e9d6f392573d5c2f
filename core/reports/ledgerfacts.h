#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/base/uuid.h"
#include "core/finance/arrearscategory.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace caseledger::core {

// What the reports need from the finance ledger (issue 6), and nothing more. Reports read the
// ledger (schema v4: charge, collection, collection_event, allocation_line, undistributed) only
// through this interface; LedgerFactsRepository answers it in SQL.

// One case's money in a period (the OCSE-157 lines of measures.md: line 24 current support due,
// line 25 current support distributed, line 28 cases with arrears due, line 29 cases paying
// toward arrears).
struct CaseLedgerFacts
{
    Uuid caseId;
    Money currentSupportDue; // line 24: current support due, summed over the period's months
    Money currentSupportDistributed; // line 25: distributed as current support
    Money arrearsDue; // line 28: the case had arrears due in the period when positive
    Money arrearsDistributed; // line 29: the case paid toward arrears when positive
};

// Collections and their distribution in one month (the collections report). Collected equals
// toFamilies + retainedFederal + retainedState + passedThrough + undistributed.
struct MonthLedgerFacts
{
    Date month; // first day
    Money collected;
    std::array<Money, 6> collectedBySource {}; // indexed by CollectionSource
    Money toFamilies; // other than pass-through
    Money retainedFederal;
    Money retainedState;
    Money passedThrough; // Family Code §17504 and AB 207 pass-through (to the family)
    Money undistributed; // still held on the run date
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

// The age band of an amount due `days` ago: 0-90, 91-180, 181-365, 366-1095 (1-3 years), more.
int agingBucketOf(int days);

// 45 CFR 305.35 (measures.md "Collections base"): collections by assistance status of the case.
struct CollectionsBaseFacts
{
    Money currentAssistance;
    Money formerAssistance;
    Money other;
};

// The four OCSE-157 ledger lines of a period, summed over every case (the same definitions as
// CaseLedgerFacts; measures.md).
struct MeasureLedgerLines
{
    Money line24; // current support due
    Money line25; // current support distributed
    std::int64_t line28 = 0; // cases with arrears due
    std::int64_t line29 = 0; // of those, cases paying toward arrears
};

class LedgerFacts
{
public:
    virtual ~LedgerFacts() = default;
    // Every case with money in [from, to] (due, paid, or arrears owed); cases without any are
    // left out.
    virtual std::vector<CaseLedgerFacts> perCase(Date from, Date to) = 0;
    // perCase() summed, without a row per case (the county-wide measures report), for each
    // period [first, second]: the arrears history is read once for all of them.
    virtual std::vector<MeasureLedgerLines> measureLines(
        const std::vector<std::pair<Date, Date>>& periods)
        = 0;
    // One entry per month with any collection in [from, to].
    virtual std::vector<MonthLedgerFacts> byMonth(Date from, Date to) = 0;
    virtual std::vector<AgingLedgerFacts> aging(Date asOf) = 0;
    virtual CollectionsBaseFacts collectionsBase(Date from, Date to) = 0;
};

} // namespace caseledger::core
