#pragma once

#include "core/guideline/guideline.h"

#include <cstdint>
#include <string>

namespace caseledger::test {

// Two parents "A" and "B" with net incomes in cents and A's time-share in percent, and
// `children` children born a year apart (the first listed is the eldest).
inline core::GuidelineRequest guidelineRequest(const std::string& asOf, std::int64_t netA,
    std::int64_t netB, std::int64_t timeshareA, int children = 1)
{
    core::GuidelineRequest r;
    r.asOf = *core::Date::parseIso(asOf);
    r.parents[0].id = "A";
    r.parents[0].netMonthly = core::Money::fromCents(netA);
    r.parents[0].timesharePercent = core::Rational(timeshareA);
    r.parents[1].id = "B";
    r.parents[1].netMonthly = core::Money::fromCents(netB);
    r.parents[1].timesharePercent = core::Rational(100 - timeshareA);
    for (int i = 0; i < children; ++i)
        r.children.push_back({core::Date::fromYmd(2010 + i, 3, 15)});
    return r;
}

inline core::Rational dec(const char* text)
{
    return *core::Rational::parseDecimal(text);
}

} // namespace caseledger::test
