#pragma once

#include "core/finance/allocation.h"
#include "core/finance/rulesetcatalog.h"

#include <string>
#include <vector>

namespace caseledger::test {

inline core::Money cents(std::int64_t c)
{
    return core::Money::fromCents(c);
}

inline core::Date day(const char* iso)
{
    return *core::Date::parseIso(iso);
}

inline core::Collection collection(std::int64_t amountCents, const char* date,
    core::CollectionSource source = core::CollectionSource::WageWithholding)
{
    return {cents(amountCents), day(date), source};
}

// A case with current child support due and arrears of one category (optional).
inline core::CaseBalances caseOf(const std::string& number, core::AssistanceStatus status,
    std::int64_t currentChild = 0, int children = 1)
{
    core::CaseBalances b;
    b.caseNumber = number;
    b.assistance = status;
    b.children = children;
    b.currentDue.child = cents(currentChild);
    return b;
}

inline const core::RuleSet& californiaOn(const char* date)
{
    return core::ruleSetFor(day(date), core::RuleSetCatalog::california());
}

inline core::AllocationResult allocateOn(
    const core::Collection& c, const std::vector<core::CaseBalances>& cases)
{
    return core::allocate(c, cases, core::ruleSetFor(c.date, core::RuleSetCatalog::california()));
}

// "case bucket payee cents" per line: compact to compare in a test.
inline std::vector<std::string> summary(const core::AllocationResult& r)
{
    std::vector<std::string> out;
    for (const auto& l : r.lines)
        out.push_back(l.caseNumber + " " + l.bucket.code() + " "
            + std::string(core::codeOf(l.payee)) + " " + std::to_string(l.amount.cents()));
    return out;
}

inline core::Money uraAfter(const core::AllocationResult& r, const std::string& caseNumber)
{
    for (const auto& u : r.ura)
        if (u.caseNumber == caseNumber)
            return u.after;
    return cents(-1);
}

} // namespace caseledger::test
