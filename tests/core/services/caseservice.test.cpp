#include "core/base/businesscalendar.h"
#include "core/cases/caserepository.h"
#include "core/services/noteservice.h"
#include "core/services/orderservice.h"
#include "core/services/parentageservice.h"
#include "core/services/taskservice.h"
#include "tests/core/services/caseworkfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

const Task* findTask(const CaseFile& f, TaskRule rule, TaskStatus status)
{
    for (const auto& t : f.tasks)
        if (t.rule == rule && t.status == status)
            return &t;
    return nullptr;
}

CaseFile viewCase(Workspace& ws, const Session& s, const Case& c)
{
    auto file = CaseService(ws).view(s, c.number);
    REQUIRE(file.ok());
    return *file;
}

} // namespace

TEST_CASE("Opening a case numbers it by county and starts its clocks", "[services][cases]")
{
    TestWorkspace t;
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker);
    CHECK(f.record.number == "19-0000001");
    CHECK(f.record.assignedWorker == worker.userId);
    CHECK(f.record.status == CaseStatus::Open);
    CHECK(f.record.phase == CasePhase::Locate); // the NCP has no address on file

    const auto second = openFamily(t, worker, false, "López");
    CHECK(second.record.number == "19-0000002");

    const auto file = viewCase(t.ws(), worker, f.record);
    CHECK(file.people.size() == 3);
    CHECK(file.countyName == "Los Angeles");
    const Task* opened = findTask(file, TaskRule::OpenCase, TaskStatus::Done);
    REQUIRE(opened);
    CHECK(opened->due == t.clock().today().addDays(-5 + 20)); // 45 CFR 303.2(b)
    CHECK(opened->doneOn == t.clock().today());
    const Task* locate = findTask(file, TaskRule::Locate, TaskStatus::Open);
    REQUIRE(locate);
    CHECK(locate->due == t.clock().today().addDays(75));
    CHECK(file.assistanceToday == AssistanceStatus::Never);
    REQUIRE(file.people.back().emancipation);
    CHECK(*file.people.back().emancipation == Date::fromYmd(2037, 1, 15));
    CHECK(*file.people.back().parentageStatus == ParentageStatus::Unknown);
}

TEST_CASE("A case without a custodial party or child is refused and nothing is written",
    "[services][cases]")
{
    TestWorkspace t;
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto cp = addPerson(t.ws(), worker, "Ana", "Cruz", Date::fromYmd(1991, 1, 1));
    OpenCaseRequest r;
    r.participants = {{cp.id, ParticipantRole::CustodialParty, false, {}}};
    auto refused = CaseService(t.ws()).open(worker, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().field == "participants");
    CHECK(t.ws().db().queryInt64("SELECT count(*) FROM cases") == 0);
    CHECK(t.ws().db().queryInt64("SELECT count(*) FROM case_number_sequence") == 0);
}

TEST_CASE("Viewing a case writes exactly one audit record", "[services][cases][S9]")
{
    TestWorkspace t;
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker);
    const auto before = auditCount(t.ws());
    const auto file = viewCase(t.ws(), worker, f.record);
    CHECK(auditCount(t.ws()) == before + 1);
    const auto latest = t.ws().audit().latest(1).front();
    CHECK(latest.action == "case.view");
    CHECK(latest.objectType == "case");
    CHECK(latest.objectId == f.record.id.toString());
    CHECK(latest.userName == worker.userName);
    // The history tab shows who opened the case; the next view shows this view too.
    CHECK_FALSE(file.history.empty());
    CHECK(viewCase(t.ws(), worker, f.record).history.front().action == "case.view");
}

TEST_CASE("Locating the NCP, recording parentage and an order move the case and its clocks",
    "[services][cases]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker);
    Address home;
    home.line1 = "455 W Broadway";
    home.city = "Glendale";
    home.zip = "91204";
    REQUIRE(PersonService(ws).addAddress(worker, f.ncp.id, home).ok());
    auto file = viewCase(ws, worker, f.record);
    CHECK(findTask(file, TaskRule::Locate, TaskStatus::Done));
    const Task* serve = findTask(file, TaskRule::EstablishOrService, TaskStatus::Open);
    REQUIRE(serve);
    CHECK(serve->due == t.clock().today().addDays(90)); // 45 CFR 303.4(d)
    CHECK(file.record.phase == CasePhase::Parentage); // the child's parentage is still open

    RecordParentageRequest pr;
    pr.caseRef = f.record.number;
    pr.childId = f.child.id;
    pr.parentId = f.ncp.id;
    pr.facts.status = ParentageStatus::Established;
    pr.facts.method = ParentageMethod::VoluntaryDeclaration;
    pr.facts.declarationSignedByMother = t.clock().today().addDays(-20);
    pr.facts.declarationSignedByParent = t.clock().today().addDays(-10);
    auto recorded = ParentageService(ws).record(worker, pr);
    REQUIRE(recorded.ok());
    CHECK(recorded->establishedOn == t.clock().today().addDays(-10));
    CHECK(viewCase(ws, worker, f.record).record.phase == CasePhase::Establishment);

    NewOrderRequest order;
    order.courtCaseNumber = "26STFL01234";
    order.terms.effective = t.clock().today().addDays(-1);
    order.terms.currentSupport = Money::fromCents(612'00);
    auto added = OrderService(ws).add(worker, f.record.number, order);
    REQUIRE(added.ok());
    file = viewCase(ws, worker, f.record);
    CHECK(file.record.phase == CasePhase::Enforcement);
    CHECK(file.currentSupportOrder);
    CHECK(findTask(file, TaskRule::EstablishOrService, TaskStatus::Done));

    // An order was entered: the declaration can no longer be rescinded by the parents.
    auto rescind = ParentageService(ws).rescind(worker, recorded->id, t.clock().today());
    REQUIRE_FALSE(rescind.ok());
    CHECK(rescind.error().field == "rescinded on");

    // A new employer starts the 2-business-day withholding clock (45 CFR 303.100).
    Employment job;
    job.employerName = "Vallarta Supermarkets";
    job.grossIncome = Money::fromCents(3'200'00);
    REQUIRE(PersonService(ws).addEmployment(worker, f.ncp.id, job).ok());
    file = viewCase(ws, worker, f.record);
    const Task* iwo = findTask(file, TaskRule::WithholdingNotice, TaskStatus::Open);
    REQUIRE(iwo);
    CHECK(iwo->due == BusinessCalendar::california().addBusinessDays(t.clock().today(), 2));

    // A modification cannot reach back before the request was filed (45 CFR 303.106).
    OrderTerms mod = order.terms;
    mod.effective = t.clock().today();
    mod.requestFiledOn = t.clock().today();
    mod.currentSupport = Money::fromCents(700'00);
    CHECK(OrderService(ws).modify(worker, added->id, mod).ok());
    mod.effective = t.clock().today().addDays(-1);
    auto back = OrderService(ws).modify(worker, added->id, mod);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().field == "effective date");
}

TEST_CASE("Closure with notice waits 60 days; closure without notice is immediate; both reopen",
    "[services][cases][closure]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker);
    CaseService cases(ws);

    CloseRequest low;
    low.reason = ClosureReason::NoOrderArrearsUnder500;
    low.explanation = "No order; small balance.";
    low.arrears = Money::fromCents(500'00);
    auto refused = cases.close(worker, f.record.number, low);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "arrears");
    CHECK(cases.view(worker, f.record.number)->record.status == CaseStatus::Open);

    low.arrears = Money::fromCents(499'99);
    auto pending = cases.close(worker, f.record.number, low);
    REQUIRE(pending.ok());
    CHECK(pending->pendingNotice);
    CHECK(pending->record.status == CaseStatus::ClosePending);
    REQUIRE(pending->noticeTask);
    CHECK(pending->noticeTask->due == t.clock().today().addDays(60));

    TaskService tasks(ws);
    auto early = tasks.complete(worker, pending->noticeTask->id, "no response");
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == "done on");
    t.clock().advance(std::chrono::days {60});
    REQUIRE(tasks.complete(worker, pending->noticeTask->id, "no response").ok());
    auto closed = cases.view(worker, f.record.number);
    CHECK(closed->record.status == CaseStatus::Closed);
    CHECK(closed->record.closedOn == t.clock().today());
    CHECK(findTask(*closed, TaskRule::Locate, TaskStatus::Cancelled)); // clocks stopped

    REQUIRE(cases.reopen(worker, f.record.number, "CP reported the NCP's new job").ok());
    CHECK(cases.view(worker, f.record.number)->record.status == CaseStatus::Open);

    CloseRequest asked;
    asked.reason = ClosureReason::RecipientRequests; // no notice needed
    asked.explanation = "CP asked in writing to close.";
    auto now = cases.close(worker, f.record.number, asked);
    REQUIRE(now.ok());
    CHECK_FALSE(now->pendingNotice);
    CHECK(now->record.status == CaseStatus::Closed);
    // A closed case takes no new work until reopened.
    NewNoteRequest note {NoteKind::General, {}, "still writable? notes yes", {}, {}};
    CHECK(NoteService(ws).add(worker, f.record.number, note).ok());
    CHECK_FALSE(cases.setPhase(worker, f.record.number, CasePhase::Enforcement).ok());
}

TEST_CASE("Reason 7 checks how long locate has run", "[services][cases][closure]")
{
    TestWorkspace t;
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker); // NCP without SSN: not enough for automated locate
    CloseRequest lost;
    lost.reason = ClosureReason::LocationUnknown;
    lost.explanation = "All sources checked.";
    CaseService cases(t.ws());
    auto check = cases.checkClosure(worker, f.record.number, lost);
    REQUIRE(check.ok());
    CHECK_FALSE(check->allowed);
    t.clock().advance(std::chrono::days {184}); // six months after the locate task began
    check = cases.checkClosure(worker, f.record.number, lost);
    REQUIRE(check.ok());
    CHECK(check->allowed);
    CHECK(cases.close(worker, f.record.number, lost)->pendingNotice);
}

TEST_CASE("Notes are append-only", "[services][notes]")
{
    TestWorkspace t;
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto f = openFamily(t, worker);
    NoteService notes(t.ws());
    auto first = notes.add(
        worker, f.record.number, {NoteKind::Contact, {}, "Called CP at 9:15.", f.cp.id, {}});
    REQUIRE(first.ok());
    auto fix = notes.add(
        worker, f.record.number, {NoteKind::Contact, {}, "It was 10:15.", {}, first->id});
    REQUIRE(fix.ok());
    CHECK(fix->correctsNoteId == first->id);
    CHECK_THROWS(t.ws().db().exec("UPDATE note SET body = 'x'"));
    CHECK_THROWS(t.ws().db().exec("DELETE FROM note"));
    auto empty = notes.add(worker, f.record.number, {NoteKind::General, {}, "   ", {}, {}});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == "text");
}

TEST_CASE("Worklists put overdue tasks first; compliance counts per rule", "[services][tasks]")
{
    TestWorkspace t;
    auto& ws = t.ws();
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto supervisor = t.sessionAs(Role::Supervisor);
    const auto a = openFamily(t, worker);
    t.clock().advance(std::chrono::days {80}); // a's locate task is now overdue
    const auto b = openFamily(t, worker, false, "Nguyễn");
    TaskService tasks(ws);
    REQUIRE(tasks.recordEvent(worker, b.record.number, CaseEvent::DelinquencyIdentified, {}, true)
                .ok());
    auto list = tasks.worklist(worker, {});
    REQUIRE(list.ok());
    REQUIRE(list->rows.size() == 3);
    CHECK(list->rows[0].overdue);
    CHECK(list->rows[0].caseNumber == a.record.number);
    CHECK_FALSE(list->rows[1].overdue);
    // Only a supervisor sees someone else's worklist; the refusal is audited.
    WorklistQuery other;
    other.worker = supervisor.userId;
    CHECK(tasks.worklist(worker, other).error().code == ErrorCode::PermissionDenied);
    other.worker = worker.userId;
    CHECK(tasks.worklist(supervisor, other)->rows.size() == 3);

    auto compliance = tasks.compliance(supervisor, {});
    REQUIRE(compliance.ok());
    bool sawLocate = false;
    for (const auto& row : *compliance) {
        if (row.rule == TaskRule::OpenCase)
            CHECK(row.metOnTime == 2);
        if (row.rule == TaskRule::Locate) {
            sawLocate = true;
            CHECK(row.openOverdue == 1);
            CHECK(row.openNotDue == 1);
        }
    }
    CHECK(sawLocate);
    CHECK_FALSE(tasks.compliance(worker, {}).ok());
}

TEST_CASE("The caseload is filtered, sorted and paged in SQL", "[services][cases]")
{
    TestWorkspace t;
    const auto worker = t.sessionAs(Role::Caseworker);
    const auto other = t.sessionAs(Role::Caseworker);
    for (const char* name : {"Zamora", "Abad", "Medina"})
        openFamily(t, worker, false, name);
    openFamily(t, other, false, "Bravo");
    CaseService cases(t.ws());
    CaseListQuery mine;
    mine.worker = worker.userId;
    mine.sort = CaseSort::CpName;
    mine.withTotal = true;
    mine.limit = 2;
    auto page = cases.list(worker, mine);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 2);
    CHECK(page->more);
    CHECK(*page->total == 3);
    CHECK(page->rows[0].custodialParty == "María Abad");
    CHECK(page->rows[1].custodialParty == "María Medina");
    CHECK(page->rows[0].noncustodialParent == "José Ramírez");
    CHECK(page->rows[0].children == 1);
    mine.offset = 2;
    page = cases.list(worker, mine);
    REQUIRE(page->rows.size() == 1);
    CHECK_FALSE(page->more);
    CHECK(page->rows[0].custodialParty == "María Zamora");

    CaseListQuery overdue;
    overdue.overdueOnly = true;
    CHECK(cases.list(worker, overdue)->rows.empty());
    t.clock().advance(std::chrono::days {76});
    CHECK(cases.list(worker, overdue)->rows.size() == 4);
    overdue.phase = CasePhase::Enforcement;
    CHECK(cases.list(worker, overdue)->rows.empty());
}
