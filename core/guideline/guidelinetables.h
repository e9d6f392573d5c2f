#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/guideline/rational.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// The two versions of the guideline; SB 343 (Stats. 2023 ch. 213) changed it on 2024-09-01.
enum class GuidelineLaw : std::uint8_t
{
    Before20240901,
    From20240901
};

std::string_view guidelineLawName(GuidelineLaw law); // "before_2024_09_01"
std::string_view guidelineLawDisplayName(GuidelineLaw law); // "before 2024-09-01"

// One row of the §4055(b)(3) fraction table: fraction = constant + perTn × TN + overTn / TN,
// with TN in dollars. A row is chosen by TN <= its upper bound in whole dollars.
struct FractionBand
{
    std::optional<std::int64_t> upperDollars; // none for the last row ("over ...")
    Rational constant;
    Rational perTn;
    Rational overTn;
    std::string_view range; // "$2,901–5,000"
    std::string_view formula; // "0.131 + TN/42,149"

    Rational fractionFor(const Rational& tnDollars) const;
};

// The rules of one version, in force from `from` through `until` (both inclusive).
struct GuidelineVersion
{
    GuidelineLaw law = GuidelineLaw::From20240901;
    Date from;
    Date until;
    std::vector<FractionBand> bands;
    std::array<Rational, 10> childrenMultipliers; // §4055(b)(4): 1 to 10 children
};

// The effective-dated rule tables. california() holds the statute's figures; the pre-2024
// low-income thresholds are published yearly and supplied by the agency, so they start empty.
class GuidelineTables
{
public:
    static const GuidelineTables& california();

    // The version in force on `date`, or nullptr outside the tables.
    const GuidelineVersion* versionOn(Date date) const;
    Date earliest() const;
    Date latest() const;

    // Labor Code §1182.12: the statewide minimum wage per hour of a calendar year.
    std::optional<Rational> minimumWage(int year) const;
    void setMinimumWage(int year, Money hourly);

    // The low-income threshold (monthly net) in force before 2024-09-01, per year.
    std::optional<Money> pre2024LowIncomeThreshold(int year) const;
    void setPre2024LowIncomeThreshold(int year, Money monthly);

private:
    GuidelineTables();
    std::vector<GuidelineVersion> m_versions;
    std::map<int, Money> m_minimumWage;
    std::map<int, Money> m_pre2024Threshold;
};

} // namespace caseledger::core
