#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/finance/collectionsource.h"

namespace caseledger::core {

// One payment received for an obligor, before allocation. The date is the collection date
// (the day the State Disbursement Unit received it, or the withholding date for wages);
// it picks the rule set and the month whose current support is paid first.
struct Collection
{
    Money amount;
    Date date;
    CollectionSource source = CollectionSource::Direct;

    bool operator==(const Collection&) const = default;
};

} // namespace caseledger::core
