#pragma once

#include "core/finance/ledgertypes.h"

#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace caseledger::core {

// A case's charges summed by period, kind, bucket and installment: the amounts added, the
// earliest effective date kept. That is what planAccrual reads as "already charged" (one rule
// for the rows ChargeRepository::sums() reads and for the charges a posting batch writes into
// the states it keeps). The sums live in a vector the caller owns (AccrualState::charges);
// each element of it must have come through add(), or have been indexed at construction.
class ChargeSums
{
public:
    ChargeSums() = default;
    explicit ChargeSums(const std::vector<Charge>& sums); // indexes sums already made

    void add(std::vector<Charge>& sums, const Charge& c);

private:
    using Key = std::tuple<Date, ChargeKind, int, std::optional<Date>>;
    static Key keyOf(const Charge& c)
    {
        return {c.period, c.kind, c.bucket.key(), c.installmentDue};
    }
    std::map<Key, std::size_t> m_index; // key -> position in the sums
};

} // namespace caseledger::core
