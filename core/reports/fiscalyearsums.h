#pragma once

#include "core/cases/case.h"
#include "core/reports/ledgerfacts.h"

#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace caseledger::core {

class Database;

// The reports' periods are mostly federal fiscal years (the measures, the equity dashboard):
// LedgerFactsRepository reads those from the sums migration 11 keeps (fiscal_year_sum, one row
// per case and year; case_month_distributed), with the functions here, instead of the ledger's
// entries. Any other period is read from the entries.

// The fiscal year [from, to] is, when it is a whole one; and the years of `periods` when every
// one is.
std::optional<int> wholeFiscalYear(Date from, Date to);
std::optional<std::vector<int>> wholeFiscalYears(const std::vector<std::pair<Date, Date>>& periods);

// One case's lines 24, 25, 28 and 29 in a period (measures.md), before the arrears are judged.
struct PeriodSums
{
    Money due, paid, arrearsBefore, arrearsNew, arrearsPaid;

    CaseLedgerFacts facts(const Uuid& id) const
    {
        // Owed at the start (never below zero: a credit is not arrears) plus what fell due.
        return {id, due, paid, std::max(arrearsBefore, Money()) + arrearsNew, arrearsPaid};
    }
};

// Each case's sums in each of `years` (the same definitions as the entry-by-entry statements
// of LedgerFactsRepository, whose dates fall in that year): an entry counts in its own year
// and, for the arrears, in the "before" of every later year.
std::unordered_map<Uuid, std::vector<PeriodSums>> yearSums(
    Database& db, const std::vector<int>& years);

// Every case's assistance history, oldest first (ties: the later id last), as
// assistanceStatusOn() reads it.
using AssistanceHistories = std::unordered_map<Uuid, std::vector<AssistancePeriod>>;
AssistanceHistories assistanceHistories(Database& db);

// 45 CFR 305.35 "collections base": money added under the case's assistance status on its date
// (current, former; anything else, or no history, is "other").
struct CollectionsBaseTally
{
    CollectionsBaseFacts facts;
    void add(AssistanceStatus status, Money amount);
    // Whether a case's money goes to another part of the base after `after`, up to `last` (a
    // case opened then as never assisted changes nothing: before, it was never assisted).
    static bool changes(const std::vector<AssistancePeriod>& history, Date after, Date last);
};

// The collections base of a fiscal year from the sums: each case's year under the status of
// the year's first day unless it changed during the year; those cases month by month, and only
// the lines of a month in which the status changed one by one, by their date.
CollectionsBaseFacts yearCollectionsBase(
    Database& db, int fiscalYear, const AssistanceHistories& histories);

} // namespace caseledger::core
