#pragma once

#include "core/cases/case.h"
#include "core/cases/supportorder.h"
#include "core/finance/casebalances.h"
#include "core/finance/ledgertypes.h"
#include "core/finance/rulesetcatalog.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// The month's support of an order version, as monthly amounts. Monthly orders as they are;
// weekly x 52/12, biweekly x 26/12 and semimonthly x 2, rounded to the cent (halves up).
// (distribution.md §5 converts only where the order says so; CaseLedger's orders carry no
// such clause yet, so every non-monthly order is converted.)
CurrentDue monthlySupport(const OrderVersion& version);

// The version that charges a month: the one in force on the month's first day, or for the
// month an order starts, the version that starts it. nullptr when the order charges nothing.
const OrderVersion* versionForMonth(const SupportOrder& order, Date month);

// How many months after `month` the orders still charge (each a month whose first day is on
// or before its order's end date); none when an order with terms has no end date.
std::optional<int> monthsChargedAfter(const std::vector<SupportOrder>& orders, Date month);

// distribution.md §5: unpaid current support becomes arrears at month end, in the category set
// by the assistance status that month. Since 2009-10-01 California assigns only support that
// accrues while aided (W&I §11477): aided months become PA, every other month NA.
ArrearsCategory conversionCategory(AssistanceStatus status);

// "2025-03" -> 2025-03-01; nullopt when malformed.
std::optional<Date> parseMonth(std::string_view text);
std::string monthText(Date month); // "2025-03"

// What one case's ledger already holds, summed (from ChargeRepository / the line sums).
struct AccrualState
{
    // When set, every month before it is settled: accrued, its interest charged and converted
    // at month end, with nothing written for it since (core/store/migrationv9.cpp). The plan
    // then starts at it; `charges`, `currentPaid` and `principalPaid` hold only the months
    // from it on, and `installments` stand for the principal of every month.
    std::optional<Date> from;
    // For a whole state (no `from`): the months before it are settled all the same (the
    // case's accrual mark), so their interest is not recomputed.
    std::optional<Date> settled;
    std::vector<Charge> charges; // summed per (period, kind, bucket, installment); no ids
    // Current support paid, per (period, bucket) and principal paid per (installment, period),
    // from allocation lines (all entries, so reversals count).
    std::vector<std::pair<std::pair<Date, Bucket>, Money>> currentPaid;
    std::vector<PrincipalPaid> principalPaid;
    std::vector<InstallmentBalance> installments; // with `from`
    // The case's URA through the planned month (grants less everything retained); nullopt
    // when unknown (a what-if plan), and then assigned arrears are not capped.
    std::optional<Money> ura;
};

// The charges that bring one case's ledger up to date through `throughMonth` (inclusive):
// 1. each month's support from the order versions (accrual; an adjustment when a backdated
//    order change altered an accrued month);
// 2. month-end conversion of every month before `throughMonth`: what is unpaid of its current
//    support moves to arrears (a pair of entries, installment due the month's first day); what
//    was paid of it since is taken back from wherever its installment now is (PA or UDA);
// 3. interest on each installment unpaid when a month began, for each month from the first day
//    of the month after it was due (Family Code §17433.5), 10 % simple (CCP §685.010), never
//    on interest; a month already charged is charged again by the difference when an entry
//    written since for an earlier month (a backdated change, a late payment) changed its
//    principal. A month's interest is on the principal unpaid when it began: a payment reduces
//    it from the month after its collection's (one figure a month, whatever day accrual runs).
//    A recomputation below what was already paid of that interest leaves a credit in the
//    category until the collections are redistributed (PaymentService::redistribute);
// 4. assigned arrears kept within URA: open PA principal above `state.ura` becomes UDA, newest
//    installment first, and UDA becomes PA again, oldest first, when URA has grown.
// Idempotent: planning again with the returned charges added to `state` returns nothing.
std::vector<Charge> planAccrual(const Uuid& caseId, const std::vector<SupportOrder>& orders,
    const std::vector<AssistancePeriod>& assistance, const AccrualState& state, Date throughMonth,
    const RuleSetCatalog& catalog);

} // namespace caseledger::core
