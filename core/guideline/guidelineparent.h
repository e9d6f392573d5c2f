#pragma once

#include "core/base/money.h"
#include "core/guideline/rational.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// The monthly deductions from gross income that the user enters (Fam. Code §4059); there
// is no tax engine, the figures come from the income and expense declaration.
struct IncomeDeductions
{
    Money incomeTaxes; // §4059(a): state and federal income tax actually payable
    Money fica; // §4059(b)
    Money mandatoryDues; // §4059(c): union dues required as a condition of employment
    Money mandatoryRetirement; // §4059(c): retirement required as a condition of employment
    Money healthPremiums; // §4059(d): health premiums for the parent and children, SDI
    Money otherSupportPaid; // §4059(e): support paid under an order for children of another
                            // relationship
    Money jobExpenses; // §4059(f)
    Money hardship; // §4059(g), §§4070-4073

    Money total() const
    {
        return incomeTaxes + fica + mandatoryDues + mandatoryRetirement + healthPremiums
            + otherSupportPaid + jobExpenses + hardship;
    }
};

// The deductions by their JSON key, display name and subsection, for validation and the working.
struct DeductionField
{
    std::string_view key;
    std::string_view display;
    std::string_view section;
    Money IncomeDeductions::*member;
};
inline constexpr DeductionField kDeductionFields[] = {
    {"income_taxes", "State and federal income taxes", "§4059(a)", &IncomeDeductions::incomeTaxes},
    {"fica", "FICA", "§4059(b)", &IncomeDeductions::fica},
    {"mandatory_dues", "Mandatory union dues", "§4059(c)", &IncomeDeductions::mandatoryDues},
    {"mandatory_retirement", "Mandatory retirement", "§4059(c)",
        &IncomeDeductions::mandatoryRetirement},
    {"health_premiums", "Health insurance premiums", "§4059(d)", &IncomeDeductions::healthPremiums},
    {"other_support_paid", "Support paid for children of another relationship", "§4059(e)",
        &IncomeDeductions::otherSupportPaid},
    {"job_expenses", "Job-related expenses", "§4059(f)", &IncomeDeductions::jobExpenses},
    {"hardship", "Hardship deduction", "§4059(g)", &IncomeDeductions::hardship},
};

struct GrossIncome
{
    Money grossMonthly; // §4058
    IncomeDeductions deductions;
};

// One parent as the calculator sees them. Exactly one of netMonthly and gross is given.
// The time-share is this parent's percentage of primary physical responsibility, either one
// figure for all children or one per child (in the order of GuidelineRequest::children).
struct GuidelineParent
{
    std::string id; // "A", a person's display code: never an SSN
    std::optional<Money> netMonthly;
    std::optional<GrossIncome> gross;
    std::optional<Rational> timesharePercent;
    std::vector<Rational> timeshareByChildPercent;

    bool hasTimeshare() const
    {
        return timesharePercent.has_value() || !timeshareByChildPercent.empty();
    }
};

} // namespace caseledger::core
