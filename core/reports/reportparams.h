#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/base/uuid.h"

#include <optional>
#include <string>

namespace caseledger::core {

// The parameters a report may take (issue 6): a period, a federal fiscal year, a county, an
// office, a worker; the equity dashboard also takes the breakdown and the party it describes.
struct ReportParams
{
    std::optional<Date> from;
    std::optional<Date> to;
    std::optional<int> fiscalYear; // federal fiscal year: FY 2026 = 2025-10-01 .. 2026-09-30
    std::optional<int> countyFips; // managing county
    std::string office; // not recorded on cases yet: refused when given
    std::string worker; // sign-in name as given; resolved to workerId by the service
    std::optional<Uuid> workerId;
    std::string breakdown
        = "race_ethnicity"; // equity: race_ethnicity, language, gender, disability
    std::string party = "cp"; // equity: whose demographics: cp (custodial party) or ncp
    std::optional<Money> expenditures; // cost-effectiveness denominator, entered by the agency

    // "fy=2026 county=19 worker=caseworker01": for page headers and the audit record. Holds
    // only parameters, never personal data (SECURITY S10).
    std::string describe() const;
};

// 45 CFR 305.1: the federal fiscal year runs October 1 to September 30.
Date fiscalYearStart(int fiscalYear);
Date fiscalYearEnd(int fiscalYear);
int fiscalYearOf(Date day);

// The period a report covers: from/to when given, else the fiscal year, else the fiscal year
// of `today` up to today.
struct Period
{
    Date from;
    Date to;
};
Period reportPeriod(const ReportParams& params, Date today);

} // namespace caseledger::core
