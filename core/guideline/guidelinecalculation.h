#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/money.h"
#include "core/base/uuid.h"

#include <optional>
#include <string>

namespace caseledger::core {

// A guideline calculation saved with a case (issue 5, item 3: "a saved calculation attaches to
// the order it supports and is shown with it"). The request is kept as the JSON of
// `caseledger-cli guideline calc`, so the calculation can be read back and run again; the
// result and its headline figures were computed in core from that request when it was saved,
// never taken from the screen.
struct GuidelineCalculation
{
    Uuid id;
    Uuid caseId;
    std::optional<Uuid> orderId; // the order it supports, once an order version names it
    std::string requestJson;
    std::string resultJson;
    Date asOf;
    Money monthlySupport;
    std::string payer; // the parent id of the request ("A" or a display name); empty: no support
    std::string payee;
    Uuid preparedBy;
    std::string preparedByName;
    std::string preparedAt; // UTC instant
    Hlc hlc;
};

} // namespace caseledger::core
