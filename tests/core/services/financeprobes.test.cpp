// Audit probes for the finance services (tests/support/auditprobes.h): door.test.cpp runs each
// against every role (S6) and checks that an allowed call writes exactly one audit record (S9).
#include "core/services/accrualservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/orderservice.h"
#include "core/services/paymentservice.h"
#include "core/services/rulesetservice.h"
#include "tests/core/services/caseworkfixture.h"
#include "tests/support/auditprobes.h"

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

const std::set<Role> kPosters {Role::Caseworker, Role::FinancialWorker};
const std::set<Role> kReaders {Role::Caseworker, Role::Supervisor, Role::FinancialWorker};

Family& family()
{
    static Family f;
    return f;
}

// A case with a $400 order from last month, accrued, and one collection "P-1" posted.
void ledger(TestWorkspace& t)
{
    const Session worker = t.sessionAs(Role::Caseworker);
    family() = openFamily(t, worker);
    NewOrderRequest r;
    r.courtCaseNumber = "26FL000200";
    r.terms.effective = t.clock().today().firstOfMonth().addMonths(-1);
    r.terms.currentSupport = Money::fromCents(400'00);
    REQUIRE(OrderService(t.ws()).add(worker, family().record.number, r).ok());
    const Session fiscal = t.sessionAs(Role::FinancialWorker);
    REQUIRE(AccrualService(t.ws()).accrueThrough(fiscal, t.clock().today()).ok());
    REQUIRE(PaymentService(t.ws())
                .post(fiscal,
                    {"P-1", family().record.number, Money::fromCents(50'00), t.clock().today(),
                        CollectionSource::Direct})
                .ok());
}

} // namespace

CASELEDGER_AUDIT_PROBE(Action::FinanceAccrue,
    {{Role::FinancialWorker, Role::Supervisor}, Grant::None, ledger,
        [](TestWorkspace& t, const Session& s) {
            return asStatus(AccrualService(t.ws()).accrueThrough(s, t.clock().today()));
        }});
CASELEDGER_AUDIT_PROBE(Action::FinanceGrantImport,
    {{Role::FinancialWorker}, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(AccrualService(t.ws()).importGrants(
             s, "case,month,amount\n" + family().record.number + ",2026-10,700.00\n", false));
     }});
CASELEDGER_AUDIT_PROBE(
    Action::PaymentPost, {kPosters, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
                              return asStatus(PaymentService(t.ws()).post(s,
                                  {"P-2", family().record.number, Money::fromCents(20'00),
                                      t.clock().today(), CollectionSource::WageWithholding}));
                          }});
CASELEDGER_AUDIT_PROBE(Action::PaymentImport,
    {kPosters, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(PaymentService(t.ws()).importCsv(s,
             "receipt_id,obligor,amount,date,source\nP-3," + family().record.number + ",10.00,"
                 + t.clock().today().toIso() + ",direct\n",
             false));
     }});
CASELEDGER_AUDIT_PROBE(Action::PaymentReverse,
    {kPosters, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(PaymentService(t.ws()).reverse(s, "P-1", "check returned"));
     }});
CASELEDGER_AUDIT_PROBE(Action::PaymentRedistribute,
    {kPosters, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(PaymentService(t.ws()).redistribute(
             s, family().record.number, t.clock().today().firstOfMonth(), "order modified"));
     }});
CASELEDGER_AUDIT_PROBE(Action::LedgerView,
    {kReaders, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(LedgerService(t.ws()).ledger(s, family().record.number));
     }});
CASELEDGER_AUDIT_PROBE(Action::CollectionExplain,
    {kReaders, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(LedgerService(t.ws()).explain(s, "P-1"));
     }});
CASELEDGER_AUDIT_PROBE(Action::UndistributedView,
    {{Role::FinancialWorker, Role::Supervisor}, Grant::None, {},
        [](TestWorkspace& t, const Session& s) {
            return asStatus(LedgerService(t.ws()).undistributed(s));
        }});
CASELEDGER_AUDIT_PROBE(Action::RuleSetView,
    {{Role::Administrator, Role::FinancialWorker, Role::Supervisor}, Grant::None, {},
        [](TestWorkspace& t, const Session& s) {
            return asStatus(RuleSetService(t.ws()).view(s));
        }});
CASELEDGER_AUDIT_PROBE(Action::RuleSetChange,
    {{Role::Administrator}, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
         const std::string json = RuleSetCatalog::california().toJson().dump();
         return asStatus(RuleSetService(t.ws()).change(s, json, "FMAP update for FFY 2027"));
     }});
CASELEDGER_AUDIT_PROBE(Action::LedgerVerify,
    {{Role::Administrator, Role::Auditor, Role::Supervisor, Role::FinancialWorker}, Grant::None,
        ledger, [](TestWorkspace& t, const Session& s) {
            return asStatus(LedgerService(t.ws()).verifyKeptBalances(s));
        }});
CASELEDGER_AUDIT_PROBE(Action::LedgerRebuild,
    {{Role::Administrator}, Grant::None, ledger, [](TestWorkspace& t, const Session& s) {
         return asStatus(LedgerService(t.ws()).rebuildKeptBalances(s, "verification failed"));
     }});
