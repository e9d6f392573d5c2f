#include "core/guideline/guidelinetables.h"

namespace caseledger::core {

namespace {

Rational dec(std::string_view text)
{
    return *Rational::parseDecimal(text);
}

Rational inverse(std::int64_t n)
{
    return Rational::of(1, n);
}

// §4055(b)(4) -- unchanged by SB 343.
std::array<Rational, 10> multipliers()
{
    return {dec("1"), dec("1.6"), dec("2"), dec("2.3"), dec("2.5"), dec("2.625"), dec("2.75"),
        dec("2.813"), dec("2.844"), dec("2.86")};
}

// §4055(b)(3) as in force until 2024-08-31. The earliest as-of date accepted is 1994-01-01:
// this is the table's form since the 1993 amendments; older law is out of scope.
GuidelineVersion before20240901()
{
    GuidelineVersion v;
    v.law = GuidelineLaw::Before20240901;
    v.from = Date::fromYmd(1994, 1, 1);
    v.until = Date::fromYmd(2024, 8, 31);
    v.bands = {
        {800, dec("0.20"), inverse(16000), 0, "$0–800", "0.20 + TN/16,000"},
        {6666, dec("0.25"), 0, 0, "$801–6,666", "0.25"},
        {10000, dec("0.10"), 0, 1000, "$6,667–10,000", "0.10 + 1,000/TN"},
        {std::nullopt, dec("0.12"), 0, 800, "over $10,000", "0.12 + 800/TN"},
    };
    v.childrenMultipliers = multipliers();
    return v;
}

// §4055(b)(3) as amended by SB 343 (Stats. 2023 ch. 213), operative 2024-09-01. The last
// as-of date accepted is the end of the last year with a minimum wage in the table.
GuidelineVersion from20240901()
{
    GuidelineVersion v;
    v.law = GuidelineLaw::From20240901;
    v.from = Date::fromYmd(2024, 9, 1);
    v.until = Date::fromYmd(9999, 12, 31);
    v.bands = {
        {2900, dec("0.165"), inverse(82857), 0, "$0–2,900", "0.165 + TN/82,857"},
        {5000, dec("0.131"), inverse(42149), 0, "$2,901–5,000", "0.131 + TN/42,149"},
        {10000, dec("0.250"), 0, 0, "$5,001–10,000", "0.250"},
        {15000, dec("0.10"), 0, 1499, "$10,001–15,000", "0.10 + 1,499/TN"},
        {std::nullopt, dec("0.12"), 0, 1200, "over $15,000", "0.12 + 1,200/TN"},
    };
    v.childrenMultipliers = multipliers();
    return v;
}

} // namespace

std::string_view guidelineLawName(GuidelineLaw law)
{
    return law == GuidelineLaw::Before20240901 ? "before_2024_09_01" : "from_2024_09_01";
}

std::string_view guidelineLawDisplayName(GuidelineLaw law)
{
    return law == GuidelineLaw::Before20240901 ? "before 2024-09-01" : "from 2024-09-01 (SB 343)";
}

Rational FractionBand::fractionFor(const Rational& tnDollars) const
{
    Rational f = constant;
    if (!perTn.isZero())
        f = f + perTn * tnDollars;
    if (!overTn.isZero())
        f = f + overTn / tnDollars; // only in rows that start above $0
    return f;
}

GuidelineTables::GuidelineTables()
    : m_versions {before20240901(), from20240901()}
{
    // Labor Code §1182.12, the statewide minimum wage for all employers.
    m_minimumWage[2024] = Money::fromCents(1600);
    m_minimumWage[2025] = Money::fromCents(1650);
    m_minimumWage[2026] = Money::fromCents(1690);
}

const GuidelineTables& GuidelineTables::california()
{
    static const GuidelineTables tables;
    return tables;
}

const GuidelineVersion* GuidelineTables::versionOn(Date date) const
{
    for (const auto& v : m_versions) {
        if (date < v.from || date > v.until)
            continue;
        // From 2024-09-01 the low-income threshold needs the year's minimum wage (§4055(b)(7)).
        if (v.law == GuidelineLaw::From20240901 && !minimumWage(date.year()))
            return nullptr;
        return &v;
    }
    return nullptr;
}

Date GuidelineTables::earliest() const
{
    return m_versions.front().from;
}

Date GuidelineTables::latest() const
{
    return Date::fromYmd(m_minimumWage.rbegin()->first, 12, 31);
}

std::optional<Rational> GuidelineTables::minimumWage(int year) const
{
    const auto it = m_minimumWage.find(year);
    if (it == m_minimumWage.end())
        return std::nullopt;
    return Rational::fromCents(it->second);
}

void GuidelineTables::setMinimumWage(int year, Money hourly)
{
    m_minimumWage[year] = hourly;
}

std::optional<Money> GuidelineTables::pre2024LowIncomeThreshold(int year) const
{
    const auto it = m_pre2024Threshold.find(year);
    if (it == m_pre2024Threshold.end())
        return std::nullopt;
    return it->second;
}

void GuidelineTables::setPre2024LowIncomeThreshold(int year, Money monthly)
{
    m_pre2024Threshold[year] = monthly;
}

} // namespace caseledger::core
