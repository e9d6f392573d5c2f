#include "core/finance/allocationline.h"

namespace caseledger::core {

std::string_view dispositionCode(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Family:
        return "family";
    case Disposition::Retained:
        return "retained";
    case Disposition::AboveUra:
        return "above_ura";
    case Disposition::CurrentPassThrough:
        return "current_pass_through";
    case Disposition::FormerPassThrough:
        return "former_pass_through";
    case Disposition::Prepayment:
        return "prepayment";
    case Disposition::Unapplied:
        return "unapplied";
    case Disposition::AnnualFee:
        return "annual_fee";
    }
    return "unknown";
}

} // namespace caseledger::core
