#include "core/finance/whatifrequest.h"

#include "core/base/error.h"
#include "core/finance/strictjson.h"

namespace caseledger::core {

using json = nlohmann::json;

namespace {

Collection readCollection(const json& value)
{
    const StrictJsonObject obj(value, "collection", {"amount_cents", "date", "source"});
    Collection c;
    c.amount = obj.requiredCents("amount_cents");
    if (!c.amount.isPositive())
        failValidation(
            obj.field("amount_cents"), obj.field("amount_cents") + " must be more than zero");
    c.date = obj.date("date");
    const std::string source = obj.string("source");
    const auto parsed = parseCode<CollectionSource>(source);
    if (!parsed)
        failValidation(obj.field("source"),
            obj.field("source") + " must be one of " + allowedCodes<CollectionSource>());
    c.source = *parsed;
    return c;
}

AssistanceStatus readAssistance(const StrictJsonObject& obj)
{
    // The contract's three statuses; Medi-Cal only is a casework detail, never here.
    const std::string text = obj.string("assistance");
    for (const auto status :
        {AssistanceStatus::Current, AssistanceStatus::Former, AssistanceStatus::Never})
        if (codeOf(status) == text)
            return status;
    failValidation(obj.field("assistance"),
        obj.field("assistance") + " must be one of current, former, never");
}

void readArrears(const StrictJsonObject& obj, std::string_view key,
    std::array<Money, kArrearsCategoryCount>& into)
{
    const json* v = obj.optional(key);
    if (!v)
        return;
    const StrictJsonObject amounts(*v, obj.field(key), {"NA", "PA", "TA", "CA", "UDA", "UPA"});
    for (const auto c : kArrearsCategories)
        into[indexOf(c)] = amounts.cents(codeOf(c));
}

CaseBalances readCase(const json& value, const std::string& path)
{
    const StrictJsonObject obj(value, path,
        {"case", "assistance", "children", "current_due_cents", "arrears_cents", "interest_cents",
            "ura_cents", "monthly_support_cents", "months_left", "paid_ahead_cents"});
    CaseBalances b;
    b.caseNumber = obj.string("case");
    b.assistance = readAssistance(obj);
    if (b.assistance == AssistanceStatus::Current && !obj.optional("children"))
        failValidation(obj.field("children"),
            obj.field("children")
                + " is required for a current-assistance case (it sets the "
                  "pass-through, Family Code §17504)");
    b.children = static_cast<int>(obj.integer("children", 0, 99, 1));
    if (const json* due = obj.optional("current_due_cents")) {
        const StrictJsonObject d(
            *due, obj.field("current_due_cents"), {"child", "medical", "spousal"});
        b.currentDue = {d.cents("child"), d.cents("medical"), d.cents("spousal")};
    }
    readArrears(obj, "arrears_cents", b.arrearsPrincipal);
    readArrears(obj, "interest_cents", b.arrearsInterest);
    b.ura = obj.cents("ura_cents");
    // The future step (45 CFR 302.51(b)): what a month of support is, how many months after the
    // collection's the orders still run (none: no end), and what is already paid ahead.
    b.monthlySupport = obj.cents("monthly_support_cents");
    if (obj.optional("months_left"))
        b.futureMonths = static_cast<int>(obj.integer("months_left", 0, 1200));
    b.futureCredit = obj.cents("paid_ahead_cents");
    return b;
}

} // namespace

WhatIfRequest parseWhatIfRequest(std::string_view jsonText)
{
    const json root = parseStrictJson(jsonText);
    const StrictJsonObject top(root, "", {"collection", "cases"});
    WhatIfRequest request;
    request.collection = readCollection(top.required("collection"));
    std::size_t i = 0;
    for (const auto& item : requireJsonArray(top.required("cases"), "cases"))
        request.cases.push_back(readCase(item, "cases[" + std::to_string(i++) + "]"));
    if (request.cases.empty())
        failValidation("cases", "cases must list at least one of the payer's cases");
    return request;
}

json allocationResultToJson(const AllocationResult& result)
{
    json lines = json::array();
    for (const auto& l : result.lines)
        lines.push_back({{"case", l.caseNumber}, {"bucket", l.bucket.code()},
            {"payee", std::string(codeOf(l.payee))}, {"amount_cents", l.amount.cents()},
            {"rule", l.rule}});
    return {{"total_cents", result.total().cents()}, {"lines", lines}};
}

} // namespace caseledger::core
