#include "core/finance/rulesetcatalog.h"

#include "core/base/error.h"
#include "core/finance/strictjson.h"

#include <algorithm>

namespace caseledger::core {

using json = nlohmann::json;

namespace {

// California's rule sets. Collections before 2000-10-01 (before PRWORA's family-first
// distribution was fully phased in) are outside this catalog; a county converting older
// history adds an earlier set through the audited service.
std::vector<RuleSet> californiaRuleSets()
{
    RuleSet base;
    base.name = "California from 2000-10-01";
    base.effectiveFrom = Date::fromYmd(2000, 10, 1);
    base.source = "PRWORA distribution (42 U.S.C. §657) fully in force; CCP §695.221 "
                  "(interest first); Family Code §17504 as then in force ($50 pass-through); "
                  "federal tax refund offsets pay assigned arrears first";
    base.crediting = ArrearsCrediting::InterestFirst;
    base.formerAssistanceFamilyFirst = true;
    base.federalTaxOffsetFamilyFirst = false;
    base.passThroughOneChild = Money::fromCents(5000);
    base.passThroughTwoOrMoreChildren = Money::fromCents(5000);
    base.formerAssistanceArrearsPassThrough = false;

    RuleSet principalFirst = base;
    principalFirst.name = "California from 2009-01-01";
    principalFirst.effectiveFrom = Date::fromYmd(2009, 1, 1);
    principalFirst.source = "CCP §695.221 as amended: principal, oldest installment first, "
                            "then interest, for collections from 2009-01-01";
    principalFirst.crediting = ArrearsCrediting::PrincipalFirst;

    // DCSS (2024-05-06): "before March 2020" federal tax refund offsets repaid the government
    // first; executive action then, made permanent by AB 135 (2021). The exact day was not
    // confirmed: configurable.
    RuleSet taxOffsetFamilyFirst = principalFirst;
    taxOffsetFamilyFirst.name = "California from 2020-03-01";
    taxOffsetFamilyFirst.effectiveFrom = Date::fromYmd(2020, 3, 1);
    taxOffsetFamilyFirst.source = "Family first for federal tax refund offsets in former-"
                                  "assistance cases (executive action March 2020; AB 135 of "
                                  "2021; CSSP letters 20-05, 21-05); day configurable";
    taxOffsetFamilyFirst.federalTaxOffsetFamilyFirst = true;

    RuleSet passThrough = taxOffsetFamilyFirst;
    passThrough.name = "California from 2022-01-01";
    passThrough.effectiveFrom = Date::fromYmd(2022, 1, 1);
    passThrough.source = "Family Code §17504(a), (c): pass-through of $100 (one child) or $200 "
                         "(two or more children), operative 2022-01-01";
    passThrough.passThroughOneChild = Money::fromCents(10000);
    passThrough.passThroughTwoOrMoreChildren = Money::fromCents(20000);

    RuleSet formerPassThrough = passThrough;
    formerPassThrough.name = "California from 2024-05-05";
    formerPassThrough.effectiveFrom = Date::fromYmd(2024, 5, 5);
    formerPassThrough.source = "AB 207 (2022), implemented 2024-05-05: collections on "
                               "government-assigned arrears of former-assistance families are "
                               "passed through to the family; URA is still reduced";
    formerPassThrough.formerAssistanceArrearsPassThrough = true;

    return {base, principalFirst, taxOffsetFamilyFirst, passThrough, formerPassThrough};
}

} // namespace

void validateRuleSetCatalog(const std::vector<RuleSet>& ruleSets)
{
    if (ruleSets.empty())
        failValidation("rule_sets", "rule_sets must hold at least one rule set");
    for (std::size_t i = 0; i < ruleSets.size(); ++i) {
        const std::string path = "rule_sets[" + std::to_string(i) + "]";
        validateRuleSet(ruleSets[i], path);
        for (std::size_t j = 0; j < i; ++j)
            if (ruleSets[j].effectiveFrom == ruleSets[i].effectiveFrom)
                failValidation(path + ".effective_from",
                    path + ".effective_from is the date of another rule set");
    }
}

RuleSetCatalog::RuleSetCatalog(std::vector<RuleSet> ruleSets)
    : m_ruleSets(std::move(ruleSets))
{
    validateRuleSetCatalog(m_ruleSets);
    std::stable_sort(m_ruleSets.begin(), m_ruleSets.end(),
        [](const RuleSet& a, const RuleSet& b) { return a.effectiveFrom < b.effectiveFrom; });
}

const RuleSetCatalog& RuleSetCatalog::california()
{
    static const RuleSetCatalog catalog(californiaRuleSets());
    return catalog;
}

const RuleSet* RuleSetCatalog::find(Date date) const
{
    const RuleSet* found = nullptr;
    for (const auto& r : m_ruleSets)
        if (r.effectiveFrom <= date)
            found = &r;
    return found;
}

const RuleSet& ruleSetFor(Date collectionDate, const RuleSetCatalog& catalog)
{
    if (const RuleSet* r = catalog.find(collectionDate))
        return *r;
    throw Failure(ErrorCode::NotFound,
        "no distribution rule set is in force on " + collectionDate.toIso(), "collection.date");
}

namespace {

json ruleSetToJson(const RuleSet& r)
{
    json fmap = json::array();
    for (const auto& e : r.fmap)
        fmap.push_back(
            {{"federal_fiscal_year", e.federalFiscalYear}, {"basis_points", e.basisPoints}});
    return {
        {"name", r.name},
        {"effective_from", r.effectiveFrom.toIso()},
        {"source", r.source},
        {"crediting",
            r.crediting == ArrearsCrediting::InterestFirst ? "interest_first" : "principal_first"},
        {"former_assistance_family_first", r.formerAssistanceFamilyFirst},
        {"federal_tax_offset_family_first", r.federalTaxOffsetFamilyFirst},
        {"pass_through_one_child_cents", r.passThroughOneChild.cents()},
        {"pass_through_two_or_more_children_cents", r.passThroughTwoOrMoreChildren.cents()},
        {"former_assistance_arrears_pass_through", r.formerAssistanceArrearsPassThrough},
        {"fmap", fmap},
        {"county_share_of_state_basis_points", r.countyShareOfStateBasisPoints},
        {"annual_fee",
            {{"enabled", r.annualFee.enabled}, {"amount_cents", r.annualFee.amount.cents()},
                {"threshold_cents", r.annualFee.threshold.cents()}}},
        {"interest_rate_basis_points", r.interestRateBasisPoints},
        {"interest_start",
            r.interestStart == InterestStart::FirstOfNextMonth ? "first_of_next_month"
                                                               : "day_after_due"},
        {"disbursement",
            {{"business_days", r.disbursement.businessDays},
                {"current_assistance_after_month_end",
                    r.disbursement.currentAssistanceAfterMonthEnd},
                {"federal_tax_offset_calendar_days", r.disbursement.federalTaxOffsetCalendarDays}}},
    };
}

// A string field with a fixed set of values.
template<class E>
E readChoice(const StrictJsonObject& obj, std::string_view key,
    std::initializer_list<std::pair<std::string_view, E>> choices)
{
    const std::string text = obj.string(key);
    std::string allowed;
    for (const auto& [code, value] : choices) {
        if (text == code)
            return value;
        allowed += (allowed.empty() ? "" : ", ") + std::string(code);
    }
    failValidation(obj.field(key), obj.field(key) + " must be one of " + allowed);
}

std::vector<FmapEntry> readFmap(const StrictJsonObject& obj)
{
    const std::string field = obj.field("fmap");
    std::vector<FmapEntry> fmap;
    std::size_t i = 0;
    for (const auto& item : requireJsonArray(obj.required("fmap"), field)) {
        const StrictJsonObject e(
            item, field + "[" + std::to_string(i++) + "]", {"federal_fiscal_year", "basis_points"});
        fmap.push_back({static_cast<int>(e.integer("federal_fiscal_year", 1976, 2200)),
            static_cast<int>(e.integer("basis_points", 0, 10000))});
    }
    return fmap;
}

void readNested(const StrictJsonObject& obj, RuleSet& r)
{
    const StrictJsonObject fee(obj.required("annual_fee"), obj.field("annual_fee"),
        {"enabled", "amount_cents", "threshold_cents"});
    r.annualFee = {fee.boolean("enabled"), fee.requiredCents("amount_cents"),
        fee.requiredCents("threshold_cents")};
    const StrictJsonObject timing(obj.required("disbursement"), obj.field("disbursement"),
        {"business_days", "current_assistance_after_month_end",
            "federal_tax_offset_calendar_days"});
    r.disbursement = {static_cast<int>(timing.integer("business_days", 0, 60)),
        timing.boolean("current_assistance_after_month_end"),
        static_cast<int>(timing.integer("federal_tax_offset_calendar_days", 0, 366))};
}

RuleSet ruleSetFromJson(const json& value, const std::string& path)
{
    const StrictJsonObject obj(value, path,
        {"name", "effective_from", "source", "crediting", "former_assistance_family_first",
            "federal_tax_offset_family_first", "pass_through_one_child_cents",
            "pass_through_two_or_more_children_cents", "former_assistance_arrears_pass_through",
            "fmap", "county_share_of_state_basis_points", "annual_fee",
            "interest_rate_basis_points", "interest_start", "disbursement"});
    RuleSet r;
    r.name = obj.string("name");
    r.effectiveFrom = obj.date("effective_from");
    if (const json* source = obj.optional("source")) {
        if (!source->is_string())
            failValidation(obj.field("source"), obj.field("source") + " must be a string");
        r.source = source->get<std::string>();
    }
    r.crediting = readChoice<ArrearsCrediting>(obj, "crediting",
        {{"interest_first", ArrearsCrediting::InterestFirst},
            {"principal_first", ArrearsCrediting::PrincipalFirst}});
    r.formerAssistanceFamilyFirst = obj.boolean("former_assistance_family_first");
    r.federalTaxOffsetFamilyFirst = obj.boolean("federal_tax_offset_family_first");
    r.passThroughOneChild = obj.requiredCents("pass_through_one_child_cents");
    r.passThroughTwoOrMoreChildren = obj.requiredCents("pass_through_two_or_more_children_cents");
    r.formerAssistanceArrearsPassThrough = obj.boolean("former_assistance_arrears_pass_through");
    r.fmap = readFmap(obj);
    r.countyShareOfStateBasisPoints
        = static_cast<int>(obj.integer("county_share_of_state_basis_points", 0, 10000));
    r.interestRateBasisPoints
        = static_cast<int>(obj.integer("interest_rate_basis_points", 0, 10000));
    r.interestStart = readChoice<InterestStart>(obj, "interest_start",
        {{"first_of_next_month", InterestStart::FirstOfNextMonth},
            {"day_after_due", InterestStart::DayAfterDue}});
    readNested(obj, r);
    return r;
}

} // namespace

json RuleSetCatalog::toJson() const
{
    json sets = json::array();
    for (const auto& r : m_ruleSets)
        sets.push_back(ruleSetToJson(r));
    return {{"rule_sets", sets}};
}

RuleSetCatalog RuleSetCatalog::fromJson(const json& value)
{
    const StrictJsonObject top(value, "", {"rule_sets"});
    std::vector<RuleSet> sets;
    std::size_t i = 0;
    for (const auto& item : requireJsonArray(top.required("rule_sets"), "rule_sets"))
        sets.push_back(ruleSetFromJson(item, "rule_sets[" + std::to_string(i++) + "]"));
    return RuleSetCatalog(std::move(sets));
}

RuleSetCatalog RuleSetCatalog::fromJsonText(std::string_view text)
{
    return fromJson(parseStrictJson(text));
}

} // namespace caseledger::core
