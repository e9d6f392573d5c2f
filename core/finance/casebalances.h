#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/cases/case.h"
#include "core/finance/arrearscategory.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// The unpaid current support of the collection's month, by kind.
struct CurrentDue
{
    Money child;
    Money medical;
    Money spousal;

    Money total() const { return child + medical + spousal; }
    bool operator==(const CurrentDue&) const = default;
};

// One unpaid past installment of one arrears category. When a caller supplies installments
// for a category they must add up to its principal; the allocator then pays the oldest
// installment first (CCP §695.221: principal, oldest installment first).
struct ArrearsInstallment
{
    ArrearsCategory category = ArrearsCategory::NA;
    Date due;
    Money principal;

    bool operator==(const ArrearsInstallment&) const = default;
};

// One of the obligor's cases as the allocator sees it on the collection date: what is owed,
// to whom, and how much assistance is unreimbursed. A plain value: the caller derives it from
// the ledger (or from a what-if request) and the allocator never stores it.
//
// The assistance status is the casework enum; Medi-Cal only counts as never assistance
// (distribution.md "Terms").
struct CaseBalances
{
    std::string caseNumber;
    AssistanceStatus assistance = AssistanceStatus::Never; // on the collection date
    int children = 1; // for the pass-through, Family Code §17504
    CurrentDue currentDue;
    std::array<Money, kArrearsCategoryCount> arrearsPrincipal {};
    std::array<Money, kArrearsCategoryCount> arrearsInterest {};
    Money ura; // unreimbursed assistance: the most the government may still keep
    std::vector<ArrearsInstallment> installments; // optional detail of arrearsPrincipal

    // Weight for prorating money paid ahead across cases; zero means "use currentDue".
    Money monthlySupport;
    // How many months after the collection's month the case's orders still bring support (the
    // orders' end dates); none: no end is known. Money is paid ahead only into those months.
    std::optional<int> futureMonths;
    // Pass-through already paid to the family for the collection's month (Family Code §17504
    // passes through the first $100/$200 of a month's current support, not of each payment).
    Money passThroughPaidThisMonth;
    // For the annual fee (45 CFR 302.33(e)): collected for the family in the collection's
    // federal fiscal year, and the fee already charged in it.
    Money familyCollectedThisFiscalYear;
    Money feeChargedThisFiscalYear;
    // What earlier allocations put ahead: support paid for future months, and money held
    // unapplied (a tax offset above past-due support, a payment when nothing is owed).
    Money futureCredit;
    Money unapplied;

    Money& principal(ArrearsCategory c) { return arrearsPrincipal[indexOf(c)]; }
    Money principal(ArrearsCategory c) const { return arrearsPrincipal[indexOf(c)]; }
    Money& interest(ArrearsCategory c) { return arrearsInterest[indexOf(c)]; }
    Money interest(ArrearsCategory c) const { return arrearsInterest[indexOf(c)]; }
    Money totalArrears() const; // principal and interest, every category
    // Current, Former or Never; Medi-Cal only is Never.
    AssistanceStatus distributionStatus() const;

    bool operator==(const CaseBalances&) const = default;
};

// Refuses (Failure, ErrorCode::Validation, naming the field under `path`) a negative
// amount, an empty case number, a negative number of children, or installments that do not
// add up to their category's principal.
void validateCaseBalances(const CaseBalances& balances, const std::string& path);

} // namespace caseledger::core
