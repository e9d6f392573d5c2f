#include "core/finance/chargesums.h"

#include <algorithm>

namespace caseledger::core {

ChargeSums::ChargeSums(const std::vector<Charge>& sums)
{
    for (std::size_t i = 0; i < sums.size(); ++i)
        m_index.emplace(keyOf(sums[i]), i);
}

void ChargeSums::add(std::vector<Charge>& sums, const Charge& c)
{
    const auto [slot, added] = m_index.emplace(keyOf(c), sums.size());
    if (added) {
        sums.push_back(c);
        return;
    }
    Charge& sum = sums[slot->second];
    sum.amount += c.amount;
    sum.effectiveOn = std::min(sum.effectiveOn, c.effectiveOn);
}

} // namespace caseledger::core
