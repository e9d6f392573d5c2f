#include "core/finance/casebalances.h"

#include "core/base/error.h"

#include <string_view>

namespace caseledger::core {

Money CaseBalances::totalArrears() const
{
    Money total;
    for (std::size_t i = 0; i < kArrearsCategoryCount; ++i)
        total += arrearsPrincipal[i] + arrearsInterest[i];
    return total;
}

AssistanceStatus CaseBalances::distributionStatus() const
{
    // distribution.md "Terms": never assistance includes Medicaid-only without cash aid.
    return assistance == AssistanceStatus::MedicaidOnly ? AssistanceStatus::Never : assistance;
}

namespace {

// The field name is built only when it is needed: allocation validates on every call.
void requireNotNegative(Money amount, const std::string& path, std::string_view suffix)
{
    if (amount.isNegative()) {
        const std::string field = path + std::string(suffix);
        failValidation(field, field + " must not be negative");
    }
}

void validateArrears(const CaseBalances& b, const std::string& path)
{
    for (const auto c : kArrearsCategories) {
        if (b.principal(c).isNegative())
            requireNotNegative(b.principal(c), path, ".arrears." + std::string(codeOf(c)));
        if (b.interest(c).isNegative())
            requireNotNegative(b.interest(c), path, ".interest." + std::string(codeOf(c)));
    }
    std::array<Money, kArrearsCategoryCount> sums {};
    std::array<bool, kArrearsCategoryCount> given {};
    for (std::size_t i = 0; i < b.installments.size(); ++i) {
        const auto& inst = b.installments[i];
        requireNotNegative(inst.principal, path, ".installments[" + std::to_string(i) + "]");
        for (std::size_t j = 0; j < i; ++j)
            if (b.installments[j].category == inst.category && b.installments[j].due == inst.due)
                failValidation(path + ".installments[" + std::to_string(i) + "]",
                    path + ".installments[" + std::to_string(i)
                        + "] repeats the category and due date of another installment");
        sums[indexOf(inst.category)] += inst.principal;
        given[indexOf(inst.category)] = true;
    }
    for (const auto c : kArrearsCategories)
        if (given[indexOf(c)] && sums[indexOf(c)] != b.principal(c))
            failValidation(path + ".installments",
                "the " + std::string(codeOf(c)) + " installments of " + path
                    + " must add up to its " + std::string(codeOf(c)) + " principal");
}

} // namespace

void validateCaseBalances(const CaseBalances& b, const std::string& path)
{
    if (b.caseNumber.empty())
        failValidation(path + ".case", path + ".case must name the case");
    if (b.children < 0)
        failValidation(path + ".children", path + ".children must not be negative");
    requireNotNegative(b.currentDue.child, path, ".current_due.child");
    requireNotNegative(b.currentDue.medical, path, ".current_due.medical");
    requireNotNegative(b.currentDue.spousal, path, ".current_due.spousal");
    requireNotNegative(b.ura, path, ".ura");
    requireNotNegative(b.monthlySupport, path, ".monthly_support");
    if (b.futureMonths && *b.futureMonths < 0)
        failValidation(path + ".future_months", path + ".future_months must not be negative");
    requireNotNegative(b.passThroughPaidThisMonth, path, ".pass_through_paid_this_month");
    requireNotNegative(b.familyCollectedThisFiscalYear, path, ".family_collected_this_ffy");
    requireNotNegative(b.feeChargedThisFiscalYear, path, ".fee_charged_this_ffy");
    requireNotNegative(b.futureCredit, path, ".future_credit");
    requireNotNegative(b.unapplied, path, ".unapplied");
    validateArrears(b, path);
}

} // namespace caseledger::core
