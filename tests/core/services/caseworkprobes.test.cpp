// Audit probes for the casework services (tests/support/auditprobes.h): door.test.cpp runs each
// against every role (S6) and checks that an allowed call writes exactly one audit record (S9).
#include "core/services/demoservice.h"
#include "core/services/noteservice.h"
#include "core/services/orderservice.h"
#include "core/services/parentageservice.h"
#include "core/services/searchservice.h"
#include "core/services/taskservice.h"
#include "tests/core/services/caseworkfixture.h"
#include "tests/support/auditprobes.h"

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

const std::set<Role> kCasework {Role::Caseworker, Role::Supervisor};
const std::set<Role> kReaders {Role::Caseworker, Role::Supervisor, Role::FinancialWorker};

// What a probe's setup prepared, for its call (probes run one at a time).
struct Prepared
{
    Family family;
    Uuid orderId;
    Uuid taskId;
};
Prepared& prepared()
{
    static Prepared p;
    return p;
}

void family(TestWorkspace& t)
{
    prepared().family = openFamily(t, t.sessionAs(Role::Caseworker), /*protectedCp=*/true);
}

const std::string& number()
{
    return prepared().family.record.number;
}

OrderTerms terms(Date effective)
{
    OrderTerms o;
    o.effective = effective;
    o.currentSupport = Money::fromCents(400'00);
    return o;
}

DemoRequest demoRequest(std::int64_t cases)
{
    return {cases, 5, kDefaultCountyFips, kUserPassword, 1, 0, 0};
}

} // namespace

CASELEDGER_AUDIT_PROBE(
    Action::PersonAdd, {kCasework, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
                            NewPersonRequest r;
                            r.name = {"Lilit", "", "Grigoryan", ""};
                            return asStatus(PersonService(t.ws()).add(s, r));
                        }});
CASELEDGER_AUDIT_PROBE(
    Action::PersonUpdate, {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                               return asStatus(PersonService(t.ws()).addPhone(s,
                                   prepared().family.ncp.id, PhoneKind::Mobile, "(818) 555-0199"));
                           }});
CASELEDGER_AUDIT_PROBE(Action::PersonView,
    {kReaders, Grant::None, family, [](TestWorkspace& t, const Session& s) {
         return asStatus(PersonService(t.ws()).view(s, prepared().family.cp.id));
     }});
CASELEDGER_AUDIT_PROBE(Action::PersonRevealSsn,
    {kReaders, Grant::RevealSsn, family, [](TestWorkspace& t, const Session& s) {
         return asStatus(
             PersonService(t.ws()).revealSsn(s, prepared().family.cp.id, "employer verification"));
     }});
CASELEDGER_AUDIT_PROBE(Action::FamilyViolenceRecord,
    {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
         return asStatus(PersonService(t.ws()).recordFamilyViolence(
             s, prepared().family.ncp.id, FamilyViolenceKind::GoodCausePending, t.clock().today()));
     }});
CASELEDGER_AUDIT_PROBE(Action::FamilyViolenceOverride,
    {kCasework, Grant::OverrideFamilyViolence, family, [](TestWorkspace& t, const Session& s) {
         return asStatus(PersonService(t.ws()).viewProtected(
             s, prepared().family.cp.id, "Court order 26FL00417"));
     }});
CASELEDGER_AUDIT_PROBE(
    Action::CaseOpen, {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                           const auto& f = prepared().family;
                           OpenCaseRequest r;
                           r.participants = {{f.cp.id, ParticipantRole::CustodialParty, false, {}},
                               {f.child.id, ParticipantRole::Child, false, {}}};
                           return asStatus(CaseService(t.ws()).open(s, r));
                       }});
CASELEDGER_AUDIT_PROBE(
    Action::CaseView, {kReaders, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                           return asStatus(CaseService(t.ws()).view(s, number()));
                       }});
CASELEDGER_AUDIT_PROBE(
    Action::CaseList, {kReaders, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                           return asStatus(CaseService(t.ws()).list(s, {}));
                       }});
CASELEDGER_AUDIT_PROBE(Action::CaseAssign,
    {{Role::Supervisor}, Grant::None, family, [](TestWorkspace& t, const Session& s) {
         return asStatus(CaseService(t.ws()).assign(s, number(), ""));
     }});
CASELEDGER_AUDIT_PROBE(
    Action::CaseUpdate, {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                             return asStatus(CaseService(t.ws()).setAssistance(
                                 s, number(), AssistanceStatus::Current, t.clock().today()));
                         }});
CASELEDGER_AUDIT_PROBE(
    Action::CaseClose, {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                            CloseRequest r;
                            r.reason = ClosureReason::RecipientRequests;
                            r.explanation = "The custodial party asked in writing.";
                            return asStatus(CaseService(t.ws()).close(s, number(), r));
                        }});
CASELEDGER_AUDIT_PROBE(Action::CaseReopen,
    {kCasework, Grant::None,
        [](TestWorkspace& t) {
            family(t);
            CloseRequest r;
            r.reason = ClosureReason::RecipientRequests;
            r.explanation = "Asked to close.";
            REQUIRE(CaseService(t.ws()).close(t.sessionAs(Role::Caseworker), number(), r));
        },
        [](TestWorkspace& t, const Session& s) {
            return asStatus(CaseService(t.ws()).reopen(
                s, number(), "The custodial party asked again for services."));
        }});
CASELEDGER_AUDIT_PROBE(Action::CaseEventRecord,
    {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
         return asStatus(TaskService(t.ws()).recordEvent(s, number(), CaseEvent::ReviewRequested));
     }});
CASELEDGER_AUDIT_PROBE(
    Action::OrderAdd, {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                           NewOrderRequest r;
                           r.kind = OrderKind::Administrative;
                           r.terms = terms(t.clock().today());
                           return asStatus(OrderService(t.ws()).add(s, number(), r));
                       }});
CASELEDGER_AUDIT_PROBE(Action::OrderModify,
    {kCasework, Grant::None,
        [](TestWorkspace& t) {
            family(t);
            NewOrderRequest r;
            r.kind = OrderKind::Administrative;
            r.terms = terms(t.clock().today().addDays(-30));
            prepared().orderId
                = OrderService(t.ws()).add(t.sessionAs(Role::Caseworker), number(), r)->id;
        },
        [](TestWorkspace& t, const Session& s) {
            auto next = terms(t.clock().today());
            next.requestFiledOn = t.clock().today().addDays(-3);
            return asStatus(OrderService(t.ws()).modify(s, prepared().orderId, next));
        }});
CASELEDGER_AUDIT_PROBE(Action::ParentageRecord,
    {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
         const auto& f = prepared().family;
         RecordParentageRequest r;
         r.caseRef = number();
         r.childId = f.child.id;
         r.parentId = f.ncp.id;
         r.facts.status = ParentageStatus::Established;
         r.facts.method = ParentageMethod::Presumption;
         r.facts.presumptionBasis = "married to the mother at the birth";
         return asStatus(ParentageService(t.ws()).record(s, r));
     }});
CASELEDGER_AUDIT_PROBE(
    Action::NoteAdd, {kCasework, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                          return asStatus(NoteService(t.ws()).add(
                              s, number(), {NoteKind::Contact, {}, "Called the CP.", {}, {}}));
                      }});
CASELEDGER_AUDIT_PROBE(
    Action::TaskList, {kReaders, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
                           return asStatus(TaskService(t.ws()).worklist(s, {}));
                       }});
CASELEDGER_AUDIT_PROBE(Action::TaskComplete,
    {kCasework, Grant::None,
        [](TestWorkspace& t) {
            family(t);
            const auto file = CaseService(t.ws()).view(t.sessionAs(Role::Caseworker), number());
            for (const auto& task : file->tasks)
                if (task.rule == TaskRule::Locate)
                    prepared().taskId = task.id;
        },
        [](TestWorkspace& t, const Session& s) {
            return asStatus(TaskService(t.ws()).complete(s, prepared().taskId, "not_found"));
        }});
CASELEDGER_AUDIT_PROBE(Action::TaskCompliance,
    {{Role::Supervisor}, Grant::None, {}, [](TestWorkspace& t, const Session& s) {
         return asStatus(TaskService(t.ws()).compliance(s, {}));
     }});
CASELEDGER_AUDIT_PROBE(
    Action::Search, {kReaders, Grant::None, family, [](TestWorkspace& t, const Session& s) {
                         return asStatus(SearchService(t.ws()).search(s, "Hernandes"));
                     }});
// The demo accounts exist already (a first run made them), so the run writes its one record.
CASELEDGER_AUDIT_PROBE(Action::DemoGenerate,
    {{Role::Administrator}, Grant::None,
        [](TestWorkspace& t) { REQUIRE(DemoService(t.ws()).generate(t.admin(), demoRequest(0))); },
        [](TestWorkspace& t, const Session& s) {
            return asStatus(DemoService(t.ws()).generate(s, demoRequest(20)));
        }});
