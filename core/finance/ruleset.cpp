#include "core/finance/ruleset.h"

#include "core/base/error.h"

#include <string_view>

namespace caseledger::core {

int federalFiscalYear(Date date)
{
    return date.month() >= 10 ? date.year() + 1 : date.year();
}

int RuleSet::fmapBasisPointsOn(Date date) const
{
    if (fmap.empty())
        throw Failure(ErrorCode::Internal, "the rule set " + name + " has no FMAP");
    const int ffy = federalFiscalYear(date);
    const FmapEntry* best = nullptr;
    const FmapEntry* earliest = &fmap.front();
    for (const auto& e : fmap) {
        if (e.federalFiscalYear <= ffy && (!best || e.federalFiscalYear > best->federalFiscalYear))
            best = &e;
        if (e.federalFiscalYear < earliest->federalFiscalYear)
            earliest = &e;
    }
    return (best ? best : earliest)->basisPoints;
}

namespace {

// Field names are built only on failure: allocate() validates its rule set on every call.
[[noreturn]] void refuse(const std::string& path, std::string_view suffix, std::string_view what)
{
    const std::string field = path + std::string(suffix);
    failValidation(field, field + " " + std::string(what));
}

void requireRange(int value, int min, int max, const std::string& path, std::string_view suffix)
{
    if (value < min || value > max)
        refuse(
            path, suffix, "must be between " + std::to_string(min) + " and " + std::to_string(max));
}

void requireNotNegative(Money amount, const std::string& path, std::string_view suffix)
{
    if (amount.isNegative())
        refuse(path, suffix, "must not be negative");
}

void validateFmap(const std::vector<FmapEntry>& fmap, const std::string& path)
{
    if (fmap.empty())
        refuse(path, ".fmap", "must list the FMAP of at least one federal fiscal year");
    for (std::size_t i = 0; i < fmap.size(); ++i) {
        const auto at = [&](std::string_view field) {
            return ".fmap[" + std::to_string(i) + "]." + std::string(field);
        };
        if (fmap[i].federalFiscalYear < 1976 || fmap[i].federalFiscalYear > 2200)
            refuse(path, at("federal_fiscal_year"), "must be a year from 1976 to 2200");
        if (fmap[i].basisPoints < 0 || fmap[i].basisPoints > 10000)
            refuse(path, at("basis_points"), "must be between 0 and 10000 (0 to 100 %)");
        for (std::size_t j = 0; j < i; ++j)
            if (fmap[j].federalFiscalYear == fmap[i].federalFiscalYear)
                refuse(path, at("federal_fiscal_year"), "is listed twice");
    }
}

} // namespace

void validateRuleSet(const RuleSet& r, const std::string& path)
{
    if (r.name.empty())
        refuse(path, ".name", "must not be empty");
    requireNotNegative(r.passThroughOneChild, path, ".pass_through_one_child_cents");
    requireNotNegative(
        r.passThroughTwoOrMoreChildren, path, ".pass_through_two_or_more_children_cents");
    validateFmap(r.fmap, path);
    requireRange(
        r.countyShareOfStateBasisPoints, 0, 10000, path, ".county_share_of_state_basis_points");
    requireNotNegative(r.annualFee.amount, path, ".annual_fee.amount_cents");
    requireNotNegative(r.annualFee.threshold, path, ".annual_fee.threshold_cents");
    requireRange(r.interestRateBasisPoints, 0, 10000, path, ".interest_rate_basis_points");
    requireRange(r.disbursement.businessDays, 0, 60, path, ".disbursement.business_days");
    requireRange(r.disbursement.federalTaxOffsetCalendarDays, 0, 366, path,
        ".disbursement.federal_tax_offset_calendar_days");
}

} // namespace caseledger::core
