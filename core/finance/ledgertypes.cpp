#include "core/finance/ledgertypes.h"

namespace caseledger::core {

std::optional<Disposition> parseDisposition(std::string_view code)
{
    for (int i = 0; i <= static_cast<int>(Disposition::AnnualFee); ++i)
        if (dispositionCode(static_cast<Disposition>(i)) == code)
            return static_cast<Disposition>(i);
    return std::nullopt;
}

std::vector<LedgerLine> activeLines(const std::vector<LedgerLine>& all)
{
    std::vector<LedgerLine> active;
    for (const auto& l : all) {
        if (l.entry == LineEntry::Reversal || l.entry == LineEntry::Backout) {
            active.clear(); // a block of negated lines undoes everything applied before it
            continue;
        }
        active.push_back(l);
    }
    return active;
}

} // namespace caseledger::core
