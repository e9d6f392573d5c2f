#pragma once

#include "core/finance/allocation.h"
#include "core/finance/casebalances.h"
#include "core/finance/collection.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace caseledger::core {

// The JSON contract of `caseledger-cli distribute --what-if` (issue 4, item 6).
//
// Request: {"collection": {"amount_cents": 60000, "date": "2025-03-15", "source":
//   "wage_withholding|direct|federal_tax_offset|state_tax_offset|benefit_intercept|other"},
//   "cases": [{"case": "19-0000001", "assistance": "current|former|never", "children": 2,
//     "current_due_cents": {"child": 30000, "medical": 0, "spousal": 0},
//     "arrears_cents": {"NA": 20000, "PA": 100000, "TA": 0, "CA": 0, "UDA": 0, "UPA": 0},
//     "interest_cents": {"NA": 0, "PA": 0}, "ura_cents": 80000}]}
// Optional, for support paid ahead (45 CFR 302.51(b)): "monthly_support_cents" (a month of the
// case's support; absent: this month's current support due), "months_left" (how many months
// after the collection's month its orders still run; absent: no end date) and
// "paid_ahead_cents" (support already paid for those months).
// Amounts are whole, non-negative cents; absent amounts are zero. "children" is required
// for a current-assistance case (it sets the pass-through). Unknown or repeated fields,
// wrong types, malformed dates, an unknown source or assistance are refused with a Failure
// (ErrorCode::Validation) naming the field, e.g. "cases[0].arrears_cents.NA".
struct WhatIfRequest
{
    Collection collection;
    std::vector<CaseBalances> cases;
};

WhatIfRequest parseWhatIfRequest(std::string_view jsonText);

// Response: {"total_cents": 60000, "lines": [{"case", "bucket", "payee", "amount_cents",
// "rule"}]}, the lines in the allocation's order.
nlohmann::json allocationResultToJson(const AllocationResult& result);

} // namespace caseledger::core
