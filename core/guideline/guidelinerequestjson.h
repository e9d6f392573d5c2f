#pragma once

#include "core/guideline/guidelinerequest.h"

#include <nlohmann/json.hpp>

namespace caseledger::core {

// The request as JSON in the contract that parseGuidelineRequest reads (guidelinejson.h), so
// that a calculation saved with an order can be read back and run again:
// parseGuidelineRequest(guidelineRequestToJson(r).dump()) gives r. Percentages are written as
// integers when whole and as exact decimal strings ("33.5") otherwise, never as doubles.
nlohmann::json guidelineRequestToJson(const GuidelineRequest& request);

} // namespace caseledger::core
