#include "core/guideline/guideline.h"

#include "core/base/error.h"
#include "core/guideline/addonapportionment.h"

#include <algorithm>
#include <numeric>

namespace caseledger::core {

namespace {

// A generous ceiling that keeps every exact intermediate far inside 128 bits.
constexpr std::int64_t kMaxMonthlyCents = 1'000'000'000; // $10,000,000.00 a month
constexpr std::size_t kMaxIdLength = 64;

std::string parentField(std::size_t i, std::string_view name)
{
    return "parents[" + std::to_string(i) + "]." + std::string(name);
}

void requireAmount(Money amount, const std::string& field)
{
    if (amount.isNegative())
        failValidation(field, field + " must not be negative");
    if (amount.cents() > kMaxMonthlyCents)
        failValidation(field, field + " must be at most $10,000,000.00 a month");
}

std::string dollars(const Rational& value)
{
    return value.roundToCents().toDisplayString();
}

std::string percentText(const Rational& percent)
{
    return percent.toShortDecimal(4) + "%";
}

class Calculation
{
public:
    Calculation(const GuidelineRequest& request, const GuidelineTables& tables)
        : m_req(request)
        , m_tables(tables)
    { }
    GuidelineResult run();

private:
    std::string fam(std::string_view section) const;
    void step(std::string what, std::string value, std::string citation);
    void chooseLaw();
    void validateParties();
    void validateTimeshares();
    void validateTimesharePair(
        const Rational& first, const Rational& second, const std::string& key);
    Money netIncome(std::size_t i);
    Rational highEarnerTimeshare(std::size_t h);
    void basicSupport();
    Rational kFactor(const Rational& h, const Rational& fraction);
    void decidePayer();
    void allocate();
    void lowIncome();
    void lowIncomeRange(const Rational& net, const Rational& threshold);
    void addOns();

    const GuidelineRequest& m_req;
    const GuidelineTables& m_tables;
    const GuidelineVersion* m_version = nullptr;
    GuidelineResult m_r;
    Rational m_oneChild; // CS for one child, exact and signed
    Rational m_support; // CS × multiplier, exact and signed
    bool m_defaultRule = false;
};

std::string Calculation::fam(std::string_view section) const
{
    std::string c = "Fam. Code " + std::string(section);
    if (m_r.law == GuidelineLaw::Before20240901)
        c += " (before 2024-09-01)";
    return c;
}

void Calculation::step(std::string what, std::string value, std::string citation)
{
    m_r.steps.push_back({std::move(what), std::move(value), std::move(citation)});
}

GuidelineResult Calculation::run()
{
    chooseLaw();
    validateParties();
    validateTimeshares();
    for (std::size_t i = 0; i < 2; ++i) {
        m_r.parentIds[i] = m_req.parents[i].id;
        m_r.netIncomes[i] = netIncome(i);
    }
    basicSupport();
    allocate();
    lowIncome();
    addOns();
    return std::move(m_r);
}

void Calculation::chooseLaw()
{
    m_version = m_tables.versionOn(m_req.asOf);
    if (!m_version)
        failValidation("as_of",
            "as_of " + m_req.asOf.toIso() + " is outside the guideline tables, which cover "
                + m_tables.earliest().toIso() + " through " + m_tables.latest().toIso());
    m_r.law = m_version->law;
    m_r.asOf = m_req.asOf;
    step("Law in force on the as-of date " + m_req.asOf.toIso(),
        std::string(guidelineLawDisplayName(m_r.law)),
        m_r.law == GuidelineLaw::From20240901 ? "Fam. Code §4055, as amended by Stats. 2023 ch. 213"
                                              : "Fam. Code §4055, as in force before 2024-09-01");
}

void Calculation::validateParties()
{
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& id = m_req.parents[i].id;
        if (id.empty() || id.size() > kMaxIdLength)
            failValidation(
                parentField(i, "id"), parentField(i, "id") + " must be 1 to 64 characters");
    }
    if (m_req.parents[0].id == m_req.parents[1].id)
        failValidation(parentField(1, "id"),
            parentField(1, "id") + " must differ from " + parentField(0, "id"));
    const std::size_t n = m_req.children.size();
    if (n < 1 || n > m_version->childrenMultipliers.size())
        failValidation(
            "children", "children must list 1 to 10 children (the table of §4055(b)(4))");
    for (std::size_t c = 0; c < n; ++c)
        if (m_req.children[c].birthDate > m_req.asOf)
            failValidation("children[" + std::to_string(c) + "].birth_date",
                "children[" + std::to_string(c) + "].birth_date is after the as-of date");
    for (auto kind : kAllAddOnKinds)
        requireAmount(m_req.addOns[static_cast<std::size_t>(kind)],
            "addons_cents." + std::string(addOnName(kind)));
    if (m_req.spousalSupport) {
        const auto& payer = m_req.spousalSupport->payerId;
        if (payer != m_req.parents[0].id && payer != m_req.parents[1].id)
            failValidation("spousal_support.payer",
                "spousal_support.payer must be the id of one of the parents");
        requireAmount(m_req.spousalSupport->monthly, "spousal_support.monthly_cents");
    }
}

void Calculation::validateTimeshares()
{
    const auto& p = m_req.parents;
    if (m_req.defaultProceeding && !p[0].hasTimeshare() && !p[1].hasTimeshare()) {
        // §4055(b)(6) needs to know which parent is the custodial one.
        if (m_req.custodialParentId != p[0].id && m_req.custodialParentId != p[1].id)
            failValidation("custodial_parent",
                "custodial_parent must name one of the parents in a default "
                "proceeding without time-share evidence");
        m_defaultRule = true;
        return;
    }
    for (std::size_t i = 0; i < 2; ++i) {
        if (!p[i].hasTimeshare())
            failValidation(parentField(i, "timeshare_percent"),
                parentField(i, "timeshare_percent") + " is required");
        if (p[i].timesharePercent && !p[i].timeshareByChildPercent.empty())
            failValidation(parentField(i, "timeshare_by_child_percent"),
                "give either " + parentField(i, "timeshare_percent") + " or "
                    + parentField(i, "timeshare_by_child_percent") + ", not both");
    }
    if (p[0].timesharePercent.has_value() != p[1].timesharePercent.has_value()) {
        const std::string field = parentField(
            1, p[1].timesharePercent ? "timeshare_percent" : "timeshare_by_child_percent");
        failValidation(field,
            field
                + ": both parents must give their time-share the same way (one figure, or "
                  "one per child)");
    }
    if (p[0].timesharePercent) {
        validateTimesharePair(*p[0].timesharePercent, *p[1].timesharePercent, "timeshare_percent");
        return;
    }
    for (std::size_t i = 0; i < 2; ++i)
        if (p[i].timeshareByChildPercent.size() != m_req.children.size())
            failValidation(parentField(i, "timeshare_by_child_percent"),
                parentField(i, "timeshare_by_child_percent") + " must have one entry per child");
    for (std::size_t c = 0; c < m_req.children.size(); ++c)
        validateTimesharePair(p[0].timeshareByChildPercent[c], p[1].timeshareByChildPercent[c],
            "timeshare_by_child_percent[" + std::to_string(c) + "]");
}

void Calculation::validateTimesharePair(
    const Rational& first, const Rational& second, const std::string& key)
{
    const Rational pair[] = {first, second};
    for (std::size_t i = 0; i < 2; ++i)
        if (pair[i] < Rational(0) || pair[i] > Rational(100))
            failValidation(parentField(i, key), parentField(i, key) + " must be between 0 and 100");
    // Six decimals of a percent is far finer than any time-share evidence, and keeps every
    // exact intermediate well inside 128 bits.
    for (std::size_t i = 0; i < 2; ++i)
        if (!(pair[i] * Rational(1'000'000)).isInteger())
            failValidation(
                parentField(i, key), parentField(i, key) + " may have at most 6 decimal places");
    if (first + second != Rational(100))
        failValidation(parentField(1, key),
            "the parents' time-shares must add to 100; " + parentField(0, key) + " and "
                + parentField(1, key) + " add to " + (first + second).toShortDecimal(4));
}

Money Calculation::netIncome(std::size_t i)
{
    const auto& p = m_req.parents[i];
    const std::string who = p.id;
    if (p.netMonthly && p.gross)
        failValidation(parentField(i, "gross_monthly_cents"),
            "give either " + parentField(i, "net_monthly_cents") + " or "
                + parentField(i, "gross_monthly_cents") + ", not both");
    if (!p.netMonthly && !p.gross)
        failValidation(parentField(i, "net_monthly_cents"),
            parentField(i, "net_monthly_cents")
                + " (or gross_monthly_cents with deductions) is required");
    if (p.netMonthly) {
        requireAmount(*p.netMonthly, parentField(i, "net_monthly_cents"));
        step("Net monthly disposable income of " + who, p.netMonthly->toDisplayString(),
            fam("§4059"));
        return *p.netMonthly;
    }
    requireAmount(p.gross->grossMonthly, parentField(i, "gross_monthly_cents"));
    step("Gross monthly income of " + who, p.gross->grossMonthly.toDisplayString(), fam("§4058"));
    for (const auto& d : kDeductionFields) {
        const Money amount = p.gross->deductions.*d.member;
        requireAmount(amount, parentField(i, "deductions_cents." + std::string(d.key)));
        if (!amount.isZero())
            step("less " + std::string(d.display) + " of " + who, amount.toDisplayString(),
                fam(d.section));
    }
    const Money net = p.gross->grossMonthly - p.gross->deductions.total();
    if (net.isNegative())
        failValidation(parentField(i, "deductions_cents"),
            parentField(i, "deductions_cents") + " add up to more than the gross income");
    step("Net monthly disposable income of " + who, net.toDisplayString(), fam("§4059"));
    return net;
}

Rational Calculation::highEarnerTimeshare(std::size_t h)
{
    const auto& hp = m_req.parents[h];
    if (m_defaultRule) {
        const bool custodial = hp.id == m_req.custodialParentId;
        step("H%: default proceeding without time-share evidence",
            custodial ? "100% (the custodial parent " + hp.id + " is the higher earner)"
                      : "0% (the noncustodial parent " + hp.id + " is the higher earner)",
            fam("§4055(b)(6)"));
        return custodial ? Rational(100) : Rational(0);
    }
    if (m_req.defaultProceeding)
        step("Default proceeding", "time-share evidence was given and is used", fam("§4055(b)(6)"));
    if (hp.timesharePercent) {
        step("H%: time-share of the higher earner " + hp.id, percentText(*hp.timesharePercent),
            fam("§4055(b)(1)(D)"));
        return *hp.timesharePercent;
    }
    Rational sum;
    std::string terms;
    for (const auto& t : hp.timeshareByChildPercent) {
        sum = sum + t;
        terms += (terms.empty() ? "" : " + ") + percentText(t);
    }
    const Rational average
        = sum / Rational(static_cast<std::int64_t>(hp.timeshareByChildPercent.size()));
    step("H%: average time-share of the higher earner " + hp.id + " over the children",
        "(" + terms + ") / " + std::to_string(hp.timeshareByChildPercent.size()) + " = "
            + percentText(average),
        fam("§4055(b)(1)(D)"));
    return average;
}

void Calculation::basicSupport()
{
    const auto& net = m_r.netIncomes;
    // Equal incomes: the first parent is taken as the higher earner; the formula gives the
    // same payer and amount either way.
    const std::size_t h = net[1] > net[0] ? 1 : 0;
    m_r.highEarner = h;
    m_r.totalNet = net[0] + net[1];
    const Rational hn = Rational::fromCents(net[h]);
    const Rational tn = Rational::fromCents(m_r.totalNet);
    step("HN: net monthly disposable income of the higher earner " + m_r.parentIds[h],
        net[h].toDisplayString(), fam("§4055(b)(1)(C)"));
    step("TN: total net monthly disposable income", m_r.totalNet.toDisplayString(),
        fam("§4055(b)(1)(E)"));
    m_r.highEarnerTimesharePercent = highEarnerTimeshare(h);
    const Rational hShare = m_r.highEarnerTimesharePercent / Rational(100);

    const auto& bands = m_version->bands;
    std::size_t b = 0;
    while (bands[b].upperDollars && tn > Rational(*bands[b].upperDollars))
        ++b;
    m_r.band = static_cast<int>(b) + 1;
    step("Fraction table row",
        "TN " + m_r.totalNet.toDisplayString() + " is in the row " + std::string(bands[b].range)
            + " (a row is chosen by TN ≤ its upper bound in whole dollars, so TN "
            + Money::fromCents(*bands[0].upperDollars * 100 + 40).toDisplayString()
            + " falls in the row " + std::string(bands[1].range) + ")",
        fam("§4055(b)(3)"));
    m_r.fraction = bands[b].fractionFor(tn);
    step("Fraction",
        std::string(bands[b].formula) + " with TN = " + m_r.totalNet.toDisplayString() + ": "
            + m_r.fraction.toFixed(6),
        fam("§4055(b)(3)"));
    m_r.k = kFactor(hShare, m_r.fraction);

    m_oneChild = m_r.k * (hn - hShare * tn);
    step("CS for one child = K × [HN − (H% × TN)]",
        m_r.k.toFixed(6) + " × [" + dollars(hn) + " − ("
            + percentText(m_r.highEarnerTimesharePercent) + " × " + dollars(tn)
            + ")] = " + (m_oneChild.isNegative() ? "−" : "") + dollars(m_oneChild.abs()),
        fam("§4055(a)"));
    const std::size_t n = m_req.children.size();
    m_r.childrenMultiplier = m_version->childrenMultipliers[n - 1];
    step("Multiplier for " + std::to_string(n) + (n == 1 ? " child" : " children"),
        m_r.childrenMultiplier.toShortDecimal(), fam("§4055(b)(4)"));
    m_support = m_oneChild * m_r.childrenMultiplier;
    m_r.monthlySupport = m_support.abs().roundToCents();
    decidePayer();
}

Rational Calculation::kFactor(const Rational& h, const Rational& fraction)
{
    const bool upToHalf = h <= Rational::of(1, 2);
    const Rational k = (upToHalf ? Rational(1) + h : Rational(2) - h) * fraction;
    step("K",
        (upToHalf ? "(1 + H%) × fraction = (1 + " : "(2 − H%) × fraction = (2 − ")
            + h.toShortDecimal(6) + ") × " + fraction.toFixed(6) + " = " + k.toFixed(6),
        fam("§4055(b)(3)"));
    return k;
}

void Calculation::decidePayer()
{
    const std::size_t h = m_r.highEarner;
    if (m_r.monthlySupport.isZero()) {
        step("Guideline child support", "$0.00: neither parent pays", fam("§4055(b)(5)"));
        return;
    }
    // §4055(b)(5): positive -> the higher earner pays; negative -> the lower earner pays
    // the absolute value to the higher earner.
    m_r.payer = m_support.isNegative() ? 1 - h : h;
    m_r.payee = 1 - *m_r.payer;
    step("Guideline child support",
        m_r.payerId() + " pays " + m_r.payeeId() + " " + m_r.monthlySupport.toDisplayString()
            + " a month"
            + (m_support.isNegative()
                    ? " (the result is negative, so the lower earner pays its absolute value)"
                    : ""),
        fam("§4055(b)(5)"));
}

void Calculation::allocate()
{
    const std::size_t n = m_req.children.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_req.children[a].birthDate > m_req.children[b].birthDate; // youngest first
    });
    // Rounding the running totals keeps the allocations adding exactly to the support.
    const Rational base = m_oneChild.abs();
    Money allocated;
    for (std::size_t k = 0; k < n; ++k) {
        const Money cumulative = (base * m_version->childrenMultipliers[k]).roundToCents();
        const auto& child = m_req.children[order[k]];
        m_r.perChild.push_back({order[k], child.birthDate, cumulative - allocated});
        step("Allocation to child " + std::to_string(order[k] + 1) + " (born "
                + child.birthDate.toIso() + ")" + (k == 0 ? ", the youngest" : ""),
            (cumulative - allocated).toDisplayString(), fam("§4055(b)(8)"));
        allocated = cumulative;
    }
}

void Calculation::lowIncome()
{
    auto& li = m_r.lowIncome;
    if (!m_r.payer) {
        li.explanation = "no support is payable, so there is nothing to adjust";
        return;
    }
    const Rational net = Rational::fromCents(m_r.netIncomes[*m_r.payer]);
    const int year = m_req.asOf.year();
    Rational threshold;
    if (m_r.law == GuidelineLaw::From20240901) {
        const Rational wage = *m_tables.minimumWage(year);
        threshold = wage * Rational(40 * 52) / Rational(12);
        step("Low-income threshold: full-time earnings at the " + std::to_string(year)
                + " minimum wage",
            dollars(wage) + " × 40 × 52 / 12 = " + dollars(threshold),
            "Fam. Code §4055(b)(7); Lab. Code §1182.12");
    } else {
        const auto agency = m_tables.pre2024LowIncomeThreshold(year);
        if (!agency) {
            li.computable = false;
            li.explanation = "the low-income threshold for " + std::to_string(year)
                + " is agency-supplied data that is not available, so the pre-2024 "
                  "low-income adjustment cannot be computed";
            step("Low-income adjustment", "cannot be computed: " + li.explanation,
                fam("§4055(b)(7)"));
            return;
        }
        threshold = Rational::fromCents(*agency);
        step("Low-income threshold for " + std::to_string(year) + " (agency-supplied)",
            agency->toDisplayString(), fam("§4055(b)(7)"));
    }
    li.threshold = threshold;
    li.applies = net < threshold;
    if (!li.applies) {
        li.explanation = "the obligor's net income is not below the low-income threshold";
        step("Low-income adjustment",
            "does not apply: the obligor's net " + dollars(net) + " is not below "
                + dollars(threshold),
            fam("§4055(b)(7)"));
        return;
    }
    lowIncomeRange(net, threshold);
}

void Calculation::lowIncomeRange(const Rational& net, const Rational& threshold)
{
    auto& li = m_r.lowIncome;
    const Rational support = m_support.abs();
    // §4055(b)(7): the reduction is at most CS × (threshold − net) / threshold, so the range
    // runs from CS × net / threshold up to CS.
    const Rational lowest = support * net / threshold;
    li.minimum = lowest.roundToCents();
    li.maximum = m_r.monthlySupport;
    li.explanation = "the obligor's net income is below the low-income threshold";
    step("Low-income adjustment range"
            + std::string(m_r.law == GuidelineLaw::From20240901
                    ? " (rebuttable presumption that it applies)"
                    : ""),
        "from " + li.minimum->toDisplayString() + " (CS × net / threshold) to "
            + li.maximum->toDisplayString(),
        fam("§4055(b)(7)"));
    if (m_r.law != GuidelineLaw::From20240901)
        return;
    // §4057(b)(5): flagged when even the fully adjusted support exceeds half the obligor's net.
    const Rational half = net / Rational(2);
    li.exceedsHalfOfNet = lowest > half;
    step("Adjusted support compared with 50% of the obligor's net income",
        li.minimum->toDisplayString() + (li.exceedsHalfOfNet ? " exceeds " : " does not exceed ")
            + dollars(half) + (li.exceedsHalfOfNet ? ": the guideline may be rebutted" : ""),
        "Fam. Code §4057(b)(5)");
}

void Calculation::addOns()
{
    const bool after = m_r.law == GuidelineLaw::From20240901;
    AddOnApportionmentInput in;
    in.netIncomes = m_r.netIncomes;
    in.childSupportPayer = m_r.payer;
    in.childSupport = m_r.monthlySupport;
    if (m_req.spousalSupport) {
        in.spousalSupportPayer = m_req.spousalSupport->payerId == m_r.parentIds[0] ? 0 : 1;
        in.spousalSupport = m_req.spousalSupport->monthly;
    }
    in.proportional = after || m_req.proportionalAddOns;
    const auto a = apportionAddOns(in);
    m_r.addOnAdjustedNet = a.adjustedNet;
    m_r.addOnShare = a.share;
    if (a.proportional)
        for (std::size_t i = 0; i < 2; ++i)
            step("Net income of " + m_r.parentIds[i] + " adjusted for the add-ons",
                a.adjustedNet[i].toDisplayString(), fam("§4061(c), (d)"));
    const auto pct = sharePercentText(a.share);
    step("Shares of the add-ons",
        m_r.parentIds[0] + " " + pct[0] + "%, " + m_r.parentIds[1] + " " + pct[1] + "%"
            + (a.proportional ? " (in proportion to the adjusted net incomes)"
                              : " (one half each)"),
        fam(after ? "§4061(a)" : (a.proportional ? "§4061(b)" : "§4061(a)")));
    for (auto kind : kAllAddOnKinds) {
        const Money amount = m_req.addOns[static_cast<std::size_t>(kind)];
        const auto shares = splitAddOn(amount, a);
        m_r.addOns.push_back({kind, amount, shares});
        if (!amount.isZero())
            step(std::string(addOnDisplayName(kind)) + " " + amount.toDisplayString(),
                m_r.parentIds[0] + " " + shares[0].toDisplayString() + ", " + m_r.parentIds[1] + " "
                    + shares[1].toDisplayString(),
                fam(addOnSection(kind)));
    }
}

} // namespace

GuidelineResult calculateGuideline(const GuidelineRequest& request)
{
    return calculateGuideline(request, GuidelineTables::california());
}

GuidelineResult calculateGuideline(const GuidelineRequest& request, const GuidelineTables& tables)
{
    return Calculation(request, tables).run();
}

} // namespace caseledger::core
