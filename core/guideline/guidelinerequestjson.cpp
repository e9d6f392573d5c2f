#include "core/guideline/guidelinerequestjson.h"

namespace caseledger::core {

namespace {

using json = nlohmann::json;

// parseGuidelineRequest reads whole numbers as numbers and anything else from its text.
json percentJson(const Rational& percent)
{
    if (percent.isInteger())
        return json(static_cast<std::int64_t>(percent.numerator()));
    return json(percent.toShortDecimal(18));
}

json parentJson(const GuidelineParent& p)
{
    json out = {{"id", p.id}};
    if (p.netMonthly)
        out["net_monthly_cents"] = p.netMonthly->cents();
    if (p.gross) {
        out["gross_monthly_cents"] = p.gross->grossMonthly.cents();
        json deductions = json::object();
        for (const auto& f : kDeductionFields)
            if (const Money amount = p.gross->deductions.*f.member; !amount.isZero())
                deductions[std::string(f.key)] = amount.cents();
        if (!deductions.empty())
            out["deductions_cents"] = std::move(deductions);
    }
    if (p.timesharePercent)
        out["timeshare_percent"] = percentJson(*p.timesharePercent);
    if (!p.timeshareByChildPercent.empty()) {
        json list = json::array();
        for (const auto& t : p.timeshareByChildPercent)
            list.push_back(percentJson(t));
        out["timeshare_by_child_percent"] = std::move(list);
    }
    return out;
}

} // namespace

json guidelineRequestToJson(const GuidelineRequest& r)
{
    json children = json::array();
    for (const auto& c : r.children)
        children.push_back({{"birth_date", c.birthDate.toIso()}});
    json addOns = json::object();
    for (auto kind : kAllAddOnKinds)
        addOns[std::string(addOnName(kind))] = r.addOns[static_cast<std::size_t>(kind)].cents();
    json out = {{"as_of", r.asOf.toIso()},
        {"parents", json::array({parentJson(r.parents[0]), parentJson(r.parents[1])})},
        {"children", std::move(children)}, {"default_proceeding", r.defaultProceeding},
        {"addons_cents", std::move(addOns)}, {"proportional_addons", r.proportionalAddOns}};
    if (!r.custodialParentId.empty())
        out["custodial_parent"] = r.custodialParentId;
    if (r.spousalSupport)
        out["spousal_support"] = {{"payer", r.spousalSupport->payerId},
            {"monthly_cents", r.spousalSupport->monthly.cents()}};
    return out;
}

} // namespace caseledger::core
