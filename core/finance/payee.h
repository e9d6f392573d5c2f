#pragma once

#include "core/cases/codes.h"

#include <cstdint>

namespace caseledger::core {

// Who gets the money of an allocation line (distribution.md §3).
enum class Payee : std::uint8_t
{
    Family, // disbursed to the custodial family
    RetainedFederal, // retained to repay assistance: the federal share (FMAP)
    RetainedState, // retained to repay assistance: the state share (county part included)
    Held // not disbursed yet: prepayment while aided, refund due, nothing owed
};

template<>
struct EnumCodes<Payee>
{
    static constexpr CodeEntry<Payee> table[] = {
        {Payee::Family, "family", "Family"},
        {Payee::RetainedFederal, "retained_federal", "Retained: federal share"},
        {Payee::RetainedState, "retained_state", "Retained: state share"},
        {Payee::Held, "held", "Held"},
    };
};

constexpr bool isRetained(Payee payee)
{
    return payee == Payee::RetainedFederal || payee == Payee::RetainedState;
}

} // namespace caseledger::core
