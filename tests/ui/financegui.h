#pragma once

#include "tests/core/services/caseworkfixture.h"
#include "tests/ui/guifixture.h"
#include "ui/case/caseworkpages.h"
#include "ui/finance/financepages.h"

#include <QString>

#include <vector>

namespace caseledger::test {

// The GUI over a database with money on it: a caseworker "mgarcia" who posts through the
// screens, two families (the first one protected, with the canary SSN and address), each with
// a $500 monthly order from 2026-09-01 (or `orderStart`) accrued through November by a fiscal
// clerk before the GUI signs in on 2026-11-02. With `monthlyPayments`, the clerk also posts
// that many $400 payments on the first family's case, one on the 15th of each month from the
// order's start (a long history for timing the Ledger tab).
class FinanceGui
{
public:
    explicit FinanceGui(core::Date orderStart = core::Date::fromYmd(2026, 9, 1),
        int monthlyPayments = 0, core::Role role = core::Role::Caseworker);

    GuiFixture& f() { return m_f; }
    ui::CaseworkPages& casework();
    ui::FinancePages& finance();
    const std::vector<Family>& families() const { return m_families; }
    QString caseNumber(std::size_t i) const;
    bool idle() { return !m_f.session().isBusy(); }
    void openCase(const QString& number);

private:
    GuiFixture m_f;
    std::vector<Family> m_families;
};

} // namespace caseledger::test
