#include "core/cases/case.h"

namespace caseledger::core {

AssistanceStatus assistanceStatusOn(const std::vector<AssistancePeriod>& history, Date day)
{
    const AssistancePeriod* found = nullptr;
    for (const auto& p : history)
        if (p.from <= day && (!found || p.from >= found->from))
            found = &p;
    return found ? found->status : AssistanceStatus::Never;
}

} // namespace caseledger::core
