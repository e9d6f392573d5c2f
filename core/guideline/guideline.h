#pragma once

#include "core/guideline/guidelinerequest.h"
#include "core/guideline/guidelineresult.h"
#include "core/guideline/guidelinetables.h"

namespace caseledger::core {

// The California statewide uniform guideline (Fam. Code §4055 and neighbours) as one pure
// function: the law in force on request.asOf (before or from 2024-09-01), exact arithmetic,
// only final amounts rounded to the cent. Bad input throws a Failure with
// ErrorCode::Validation naming the field ("parents[1].timeshare_percent").
GuidelineResult calculateGuideline(const GuidelineRequest& request);
GuidelineResult calculateGuideline(const GuidelineRequest& request, const GuidelineTables& tables);

} // namespace caseledger::core
