#pragma once

#include "core/guideline/guidelinerequest.h"
#include "core/guideline/guidelineresult.h"

#include <nlohmann/json.hpp>
#include <string_view>

namespace caseledger::core {

// The JSON face of the calculator, the contract of `caseledger-cli guideline calc` (issue 5).
//
// Request: {"as_of": "2025-06-01",
//           "parents": [{"id": "A", "net_monthly_cents": 600000, "timeshare_percent": 20}, ...],
//           "children": [{"birth_date": "2016-04-02"}], "default_proceeding": false,
//           "addons_cents": {"child_care": 0, ...}}
// plus, optionally: per parent "gross_monthly_cents" with "deductions_cents" {income_taxes,
// fica, mandatory_dues, mandatory_retirement, health_premiums, other_support_paid,
// job_expenses, hardship} instead of the net, "timeshare_by_child_percent": [..] instead of
// one time-share; "custodial_parent" (default proceedings); "spousal_support": {"payer",
// "monthly_cents"}; "proportional_addons" (before 2024-09-01).
//
// Numbers are read exactly from their text (no binary fractions): cents must be whole numbers,
// percentages may be 20, 33.5 or "33.5". Unknown or duplicate fields, wrong types and
// malformed dates are refused with a Failure (ErrorCode::Validation) naming the field.
GuidelineRequest parseGuidelineRequest(std::string_view jsonText);

// The result: payer, payee, monthly_support_cents, tn_cents, fraction and k (6 decimals),
// high_earner_timeshare_percent (a number when whole, else a decimal string),
// children_multiplier, per_child_cents (youngest first), low_income {applies, min_cents,
// max_cents, ...}, addon_share_percent {id: "57.89"}, addons, steps [{what, value, citation}].
nlohmann::json guidelineResultToJson(const GuidelineResult& result);

} // namespace caseledger::core
