#include "core/services/accrualservice.h"

#include "core/finance/accrualplan.h"
#include "core/finance/chargerepository.h"
#include "core/finance/paymentimport.h"
#include "core/finance/urarepository.h"
#include "core/services/ledgerposting.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"

#include <set>

namespace caseledger::core {

using namespace servicesupport;

namespace {

Date requireAccruableMonth(Date month, Date today)
{
    if (month.firstOfMonth() > today.firstOfMonth())
        failValidation("through", "through: support cannot be accrued for a month still to come");
    return month.firstOfMonth();
}

} // namespace

Result<AccrualSummary> AccrualService::accrueThrough(const Session& session, Date month)
{
    return m_ws.perform(session, Action::FinanceAccrue, [&](Operation& op) {
        AccrualSummary s;
        s.through = requireAccruableMonth(month, today(op));
        LedgerPosting posting(op);
        for (const auto& caseId : ChargeRepository(op.db()).casesWithOrders()) {
            s.charges += posting.accrueCase(caseId, s.through);
            ++s.cases;
        }
        op.target("ledger", monthText(s.through));
        op.describe("accrued support through " + monthText(s.through) + ": "
            + std::to_string(s.charges) + " entries on " + std::to_string(s.cases) + " cases");
        return s;
    });
}

Result<AccrualSummary> AccrualService::accrueCase(
    const Session& session, std::string_view caseRef, Date month)
{
    return m_ws.perform(session, Action::FinanceAccrue, [&](Operation& op) {
        AccrualSummary s;
        s.through = requireAccruableMonth(month, today(op));
        const Case c = requireCase(op, caseRef);
        s.cases = 1;
        s.charges = LedgerPosting(op).accrueCase(c.id, s.through);
        op.describe("accrued case " + c.number + " through " + monthText(s.through) + ": "
            + std::to_string(s.charges) + " entries");
        return s;
    });
}

Result<GrantImportResult> AccrualService::importGrants(
    const Session& session, std::string_view csvText, bool dryRun)
{
    return m_ws.perform(session, Action::FinanceGrantImport, [&](Operation& op) {
        const auto rows = parseGrantCsv(csvText);
        GrantImportResult r;
        r.dryRun = dryRun;
        r.rows = rows.size();
        UraRepository ura(op.db());
        const std::string at = formatUtc(op.now());
        std::set<Uuid> changed;
        for (const auto& g : rows) {
            Case c;
            try {
                c = requireCase(op, g.caseRef);
            } catch (const Failure& f) {
                throw Failure(
                    f.code(), g.row + ", field case: " + f.error().message, g.row + ", case");
            }
            r.total += g.amount;
            const auto recorded = ura.grantFor(c.id, g.month);
            if (recorded && *recorded == g.amount) {
                ++r.unchanged;
                continue;
            }
            (recorded ? r.corrected : r.added) += 1;
            if (dryRun)
                continue;
            const Money amount = g.amount - recorded.value_or(Money());
            const Uuid id = newId(op);
            // 42 U.S.C. §657: URA is the assistance paid less support retained.
            ura.insert(id, c.id, g.month, recorded ? "grant_correction" : "grant", amount,
                recorded ? "assistance grant corrected by import" : "assistance grant imported", at,
                op.hlc(), device(op));
            op.recordChange("ura_entry", id, {},
                {{"case_id", c.id.toString()}, {"month", g.month.toIso()},
                    {"amount_cents", amount.cents()}});
            changed.insert(c.id);
        }
        // A grant recorded late changes what may stay assigned: the accrued ledger's PA and
        // UDA are brought within the new URA now (accrual through the month already accrued
        // adds nothing else).
        LedgerPosting posting(op);
        ChargeRepository charges(op.db());
        std::size_t reassigned = 0;
        for (const auto& id : changed)
            if (const auto latest = charges.latestAccruedMonth(id))
                reassigned += posting.accrueCase(id, *latest);
        op.target("ura", "import");
        op.describe(std::string(dryRun ? "previewed" : "imported") + " assistance grants: "
            + std::to_string(r.added) + " added, " + std::to_string(r.corrected) + " corrected, "
            + std::to_string(r.unchanged) + " unchanged"
            + (reassigned ? "; " + std::to_string(reassigned) + " ledger entries within URA" : ""));
        return r;
    });
}

} // namespace caseledger::core
