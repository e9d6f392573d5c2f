#include "core/guideline/guidelinejson.h"

#include "core/base/error.h"
#include "core/guideline/addonapportionment.h"

#include <initializer_list>
#include <limits>
#include <set>

namespace caseledger::core {

namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxRequestBytes = 1 << 20;

// Builds the same tree as nlohmann's own parser, except that a number with a fraction or an
// exponent keeps its source text (as a string): nothing in a request passes through a double.
// Duplicate keys are refused rather than silently overwritten.
class ExactDomBuilder
{
public:
    bool null() { return put(nullptr); }
    bool boolean(bool value) { return put(value); }
    bool number_integer(json::number_integer_t value) { return put(value); }
    bool number_unsigned(json::number_unsigned_t value) { return put(value); }
    bool number_float(json::number_float_t, const json::string_t& text) { return put(text); }
    bool string(json::string_t& value) { return put(value); }
    bool binary(json::binary_t&) { return false; } // JSON text has none
    bool start_object(std::size_t) { return open(json::object()); }
    bool key(json::string_t& key)
    {
        if (m_stack.back()->contains(key)) {
            m_duplicate = key;
            return false;
        }
        m_key = key;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string&, const json::exception&)
    {
        m_errorPosition = position;
        return false;
    }

    json& root() { return m_root; }
    const std::string& duplicate() const { return m_duplicate; }
    std::size_t errorPosition() const { return m_errorPosition; }

private:
    json* place(json value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json& slot = parent[m_key];
        slot = std::move(value);
        return &slot;
    }
    bool put(json value)
    {
        place(std::move(value));
        return true;
    }
    bool open(json value)
    {
        m_stack.push_back(place(std::move(value)));
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    json m_root;
    std::vector<json*> m_stack;
    std::string m_key;
    std::string m_duplicate;
    std::size_t m_errorPosition = 0;
};

json parseExact(std::string_view text)
{
    if (text.size() > kMaxRequestBytes)
        failValidation("request", "the request is larger than 1 MiB");
    ExactDomBuilder builder;
    if (!json::sax_parse(text, &builder)) {
        if (!builder.duplicate().empty())
            failValidation(
                builder.duplicate(), "the field " + builder.duplicate() + " appears twice");
        failValidation("request",
            "the request is not valid JSON (near byte " + std::to_string(builder.errorPosition())
                + ")");
    }
    return std::move(builder.root());
}

// One JSON object of the request: the fields it may have, each read at most once.
class ObjectReader
{
public:
    ObjectReader(
        const json& value, std::string path, std::initializer_list<std::string_view> allowed)
        : m_value(value)
        , m_path(std::move(path))
    {
        if (!value.is_object())
            failValidation(m_path.empty() ? "request" : m_path,
                (m_path.empty() ? std::string("the request") : m_path) + " must be a JSON object");
        for (const auto& item : value.items()) {
            bool known = false;
            for (auto a : allowed)
                known = known || item.key() == a;
            if (!known)
                failValidation(field(item.key()), field(item.key()) + " is not a known field");
        }
    }

    // Absent and null are the same: not given.
    const json* optional(std::string_view key) const
    {
        const auto it = m_value.find(key);
        return it == m_value.end() || it->is_null() ? nullptr : &*it;
    }
    const json& required(std::string_view key) const
    {
        const json* v = optional(key);
        if (!v)
            failValidation(field(key), field(key) + " is required");
        return *v;
    }
    std::string field(std::string_view key) const
    {
        return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
    }

private:
    const json& m_value;
    std::string m_path;
};

Money readCents(const json& v, const std::string& field)
{
    if (v.is_number_integer() && !v.is_number_unsigned())
        return Money::fromCents(v.get<std::int64_t>());
    if (v.is_number_unsigned()
        && v.get<std::uint64_t>() <= std::numeric_limits<std::int64_t>::max())
        return Money::fromCents(static_cast<std::int64_t>(v.get<std::uint64_t>()));
    failValidation(field, field + " must be a whole number of cents");
}

std::optional<Money> optionalCents(const ObjectReader& obj, std::string_view key)
{
    const json* v = obj.optional(key);
    return v ? std::optional<Money>(readCents(*v, obj.field(key))) : std::nullopt;
}

bool readBool(const ObjectReader& obj, std::string_view key)
{
    const json* v = obj.optional(key);
    if (v && !v->is_boolean())
        failValidation(obj.field(key), obj.field(key) + " must be true or false");
    return v && v->get<bool>();
}

std::string readString(const json& v, const std::string& field)
{
    if (!v.is_string())
        failValidation(field, field + " must be a string");
    return v.get<std::string>();
}

Date readDate(const json& v, const std::string& field)
{
    const auto date = Date::parseIso(readString(v, field));
    if (!date)
        failValidation(field, field + " must be a date written YYYY-MM-DD");
    return *date;
}

Rational readPercent(const json& v, const std::string& field)
{
    std::optional<Rational> r;
    if (v.is_number_integer()) {
        const bool fits = !v.is_number_unsigned() || v.get<std::uint64_t>() <= 1'000'000;
        r = fits ? std::optional<Rational>(Rational(v.get<std::int64_t>())) : std::nullopt;
    } else if (v.is_string())
        r = Rational::parseDecimal(v.get<std::string>());
    if (!r)
        failValidation(field, field + " must be a percentage such as 20 or 33.5");
    return *r;
}

const json& readArray(const json& v, const std::string& field)
{
    if (!v.is_array())
        failValidation(field, field + " must be a JSON array");
    return v;
}

GrossIncome readGross(const ObjectReader& parent, Money gross)
{
    GrossIncome income;
    income.grossMonthly = gross;
    const json* d = parent.optional("deductions_cents");
    if (!d)
        return income;
    const ObjectReader deductions(*d, parent.field("deductions_cents"),
        {"income_taxes", "fica", "mandatory_dues", "mandatory_retirement", "health_premiums",
            "other_support_paid", "job_expenses", "hardship"});
    for (const auto& f : kDeductionFields)
        if (const auto amount = optionalCents(deductions, f.key))
            income.deductions.*f.member = *amount;
    return income;
}

GuidelineParent readParent(const json& value, const std::string& path)
{
    const ObjectReader obj(value, path,
        {"id", "net_monthly_cents", "gross_monthly_cents", "deductions_cents", "timeshare_percent",
            "timeshare_by_child_percent"});
    GuidelineParent p;
    p.id = readString(obj.required("id"), obj.field("id"));
    p.netMonthly = optionalCents(obj, "net_monthly_cents");
    if (const auto gross = optionalCents(obj, "gross_monthly_cents"))
        p.gross = readGross(obj, *gross);
    else if (obj.optional("deductions_cents"))
        failValidation(obj.field("deductions_cents"),
            obj.field("deductions_cents") + " needs gross_monthly_cents");
    if (const json* t = obj.optional("timeshare_percent"))
        p.timesharePercent = readPercent(*t, obj.field("timeshare_percent"));
    if (const json* t = obj.optional("timeshare_by_child_percent")) {
        const std::string field = obj.field("timeshare_by_child_percent");
        std::size_t i = 0;
        for (const auto& item : readArray(*t, field))
            p.timeshareByChildPercent.push_back(
                readPercent(item, field + "[" + std::to_string(i++) + "]"));
        if (p.timeshareByChildPercent.empty())
            failValidation(field, field + " must have one entry per child");
    }
    return p;
}

void readAddOns(const ObjectReader& top, GuidelineRequest& request)
{
    const json* v = top.optional("addons_cents");
    if (!v)
        return;
    const ObjectReader addOns(*v, "addons_cents",
        {"child_care", "uninsured_health", "education_special_needs", "visitation_travel"});
    for (auto kind : kAllAddOnKinds)
        if (const auto amount = optionalCents(addOns, addOnName(kind)))
            request.addOns[static_cast<std::size_t>(kind)] = *amount;
}

void readSpousal(const ObjectReader& top, GuidelineRequest& request)
{
    const json* v = top.optional("spousal_support");
    if (!v)
        return;
    const ObjectReader obj(*v, "spousal_support", {"payer", "monthly_cents"});
    request.spousalSupport = SpousalSupport {readString(obj.required("payer"), obj.field("payer")),
        readCents(obj.required("monthly_cents"), obj.field("monthly_cents"))};
}

json idMap(const GuidelineResult& r, const std::array<json, 2>& values)
{
    json out = json::object();
    out[r.parentIds[0]] = values[0];
    out[r.parentIds[1]] = values[1];
    return out;
}

json optionalCentsJson(const std::optional<Money>& m)
{
    return m ? json(m->cents()) : json(nullptr);
}

json lowIncomeJson(const LowIncomeRange& li)
{
    return {{"applies", li.computable ? json(li.applies) : json(nullptr)},
        {"min_cents", optionalCentsJson(li.minimum)}, {"max_cents", optionalCentsJson(li.maximum)},
        {"computable", li.computable},
        {"threshold_cents",
            li.threshold ? json(li.threshold->roundToCents().cents()) : json(nullptr)},
        {"exceeds_half_of_net", li.exceedsHalfOfNet}, {"explanation", li.explanation}};
}

json addOnsJson(const GuidelineResult& r)
{
    json list = json::array();
    for (const auto& a : r.addOns)
        list.push_back({{"kind", std::string(addOnName(a.kind))}, {"total_cents", a.total.cents()},
            {"shares_cents", idMap(r, {json(a.shares[0].cents()), json(a.shares[1].cents())})}});
    return list;
}

json perChildJson(const GuidelineResult& r, json& cents)
{
    json list = json::array();
    cents = json::array();
    for (const auto& c : r.perChild) {
        cents.push_back(c.amount.cents());
        list.push_back({{"child", c.childIndex}, {"birth_date", c.birthDate.toIso()},
            {"cents", c.amount.cents()}});
    }
    return list;
}

} // namespace

GuidelineRequest parseGuidelineRequest(std::string_view jsonText)
{
    const json root = parseExact(jsonText);
    const ObjectReader top(root, "",
        {"as_of", "parents", "children", "default_proceeding", "custodial_parent", "addons_cents",
            "spousal_support", "proportional_addons"});
    GuidelineRequest request;
    request.asOf = readDate(top.required("as_of"), "as_of");
    const json& parents = readArray(top.required("parents"), "parents");
    if (parents.size() != 2)
        failValidation("parents", "parents must list exactly two parents");
    for (std::size_t i = 0; i < 2; ++i)
        request.parents[i] = readParent(parents[i], "parents[" + std::to_string(i) + "]");
    std::size_t c = 0;
    for (const auto& child : readArray(top.required("children"), "children")) {
        const std::string path = "children[" + std::to_string(c++) + "]";
        const ObjectReader obj(child, path, {"birth_date"});
        request.children.push_back({readDate(obj.required("birth_date"), obj.field("birth_date"))});
    }
    request.defaultProceeding = readBool(top, "default_proceeding");
    if (const json* v = top.optional("custodial_parent"))
        request.custodialParentId = readString(*v, "custodial_parent");
    readAddOns(top, request);
    readSpousal(top, request);
    request.proportionalAddOns = readBool(top, "proportional_addons");
    return request;
}

json guidelineResultToJson(const GuidelineResult& r)
{
    json perChildCents;
    const json perChild = perChildJson(r, perChildCents);
    const auto pct = sharePercentText(r.addOnShare);
    const Rational& h = r.highEarnerTimesharePercent;
    json steps = json::array();
    for (const auto& s : r.steps)
        steps.push_back({{"what", s.what}, {"value", s.value}, {"citation", s.citation}});
    return {{"law", std::string(guidelineLawName(r.law))}, {"as_of", r.asOf.toIso()},
        {"payer", r.payer ? json(r.payerId()) : json(nullptr)},
        {"payee", r.payee ? json(r.payeeId()) : json(nullptr)},
        {"monthly_support_cents", r.monthlySupport.cents()},
        {"net_monthly_cents",
            idMap(r, {json(r.netIncomes[0].cents()), json(r.netIncomes[1].cents())})},
        {"high_earner", r.parentIds[r.highEarner]}, {"tn_cents", r.totalNet.cents()},
        {"band", r.band}, {"fraction", r.fraction.toFixed(6)}, {"k", r.k.toFixed(6)},
        {"high_earner_timeshare_percent",
            h.isInteger() ? json(static_cast<std::int64_t>(h.numerator()))
                          : json(h.toShortDecimal(6))},
        {"children_multiplier", r.childrenMultiplier.toShortDecimal()},
        {"per_child_cents", perChildCents}, {"per_child", perChild},
        {"low_income", lowIncomeJson(r.lowIncome)},
        {"addon_share_percent", idMap(r, {json(pct[0]), json(pct[1])})},
        {"addon_adjusted_net_cents",
            idMap(r, {json(r.addOnAdjustedNet[0].cents()), json(r.addOnAdjustedNet[1].cents())})},
        {"addons", addOnsJson(r)}, {"steps", steps}};
}

} // namespace caseledger::core
