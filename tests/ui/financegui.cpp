#include "tests/ui/financegui.h"

#include "core/services/accrualservice.h"
#include "core/services/orderservice.h"
#include "core/services/paymentservice.h"
#include "tests/ui/caseworkgui.h"
#include "ui/case/casepage.h"
#include "ui/common/qtext.h"

#include <stdexcept>

namespace caseledger::test {

FinanceGui::FinanceGui(core::Date orderStart, int monthlyPayments, core::Role role)
{
    TestWorkspace& tw = m_f.tw();
    tw.reopenAsAdmin();
    // The caseworker opens the families; "mgarcia" (in `role`) is who signs in to the GUI.
    const core::Session worker = role == core::Role::Caseworker
        ? tw.addUser("mgarcia", role, 0)
        : tw.sessionAs(core::Role::Caseworker);
    if (role != core::Role::Caseworker)
        tw.addUser("mgarcia", role, 0);
    const core::Session fiscal = tw.sessionAs(core::Role::FinancialWorker);
    for (int i = 0; i < 2; ++i) {
        m_families.push_back(openFamily(tw, worker, i == 0, i == 0 ? "Hernández" : "Nguyen"));
        core::NewOrderRequest r;
        r.courtCaseNumber = "26FL00010" + std::to_string(i + 1);
        r.terms.effective = orderStart;
        r.terms.currentSupport = core::Money::fromCents(500'00);
        auto added = core::OrderService(tw.ws()).add(worker, m_families.back().record.number, r);
        if (!added)
            throw std::runtime_error("cannot add the order: " + added.error().message);
    }
    auto accrued
        = core::AccrualService(tw.ws()).accrueThrough(fiscal, core::Date::fromYmd(2026, 11, 1));
    if (!accrued)
        throw std::runtime_error("cannot accrue: " + accrued.error().message);
    for (int i = 0; i < monthlyPayments; ++i) {
        const core::CollectionInput in {"H-" + std::to_string(i + 1), m_families[0].record.number,
            core::Money::fromCents(400'00), orderStart.addMonths(i).addDays(14),
            core::CollectionSource::WageWithholding};
        auto posted = core::PaymentService(tw.ws()).post(fiscal, in);
        if (!posted)
            throw std::runtime_error("cannot post: " + posted.error().message);
    }
    chooseOwnPassword(tw, "mgarcia");
    m_f.signIn(QStringLiteral("mgarcia"), QString::fromUtf8(kWorkerPassword));
    if (!waitFor([this] { return idle(); }))
        throw std::runtime_error("the pages did not finish loading");
}

ui::CaseworkPages& FinanceGui::casework()
{
    auto* pages = m_f.window().findChild<ui::CaseworkPages*>();
    if (!pages)
        throw std::runtime_error("no casework pages in the main window");
    return *pages;
}

ui::FinancePages& FinanceGui::finance()
{
    auto* pages = m_f.window().findChild<ui::FinancePages*>();
    if (!pages)
        throw std::runtime_error("no finance pages in the main window");
    return *pages;
}

QString FinanceGui::caseNumber(std::size_t i) const
{
    return ui::toQString(m_families.at(i).record.number);
}

void FinanceGui::openCase(const QString& number)
{
    casework().openCase(number);
    ui::CasePage* page = casework().casePage();
    if (!waitFor([&] { return page->caseNumber() == number && !page->isLoading() && idle(); }))
        throw std::runtime_error("the case did not open");
}

} // namespace caseledger::test
