#include "core/cases/democasehistory.h"

#include "core/base/businesscalendar.h"
#include "core/cases/assistancerepository.h"
#include "core/cases/demonames.h"
#include "core/cases/familyviolencerepository.h"
#include "core/cases/noterepository.h"
#include "core/cases/orderrepository.h"
#include "core/cases/parentagerepository.h"
#include "core/cases/taskrepository.h"

#include <algorithm>

namespace caseledger::core {

namespace {

constexpr std::string_view kLabs[]
    = {"LabCorp", "DNA Diagnostics Center", "Identigene", "Orchid Cellmark"};

Money dollars(std::int64_t d)
{
    return Money::fromCents(d * 100);
}

} // namespace

void DemoCaseHistory::write(const DemoFamily& f)
{
    assistance(f);
    parentage(f);
    const auto orderDate = order(f);
    familyViolence(f);
    tasks(f, orderDate);
    notes(f);
}

void DemoCaseHistory::assistance(const DemoFamily& f)
{
    auto& rng = m_ctx.rng;
    AssistanceRepository repo(m_ctx.db);
    const auto add = [&](AssistanceStatus s, Date from) {
        repo.insert({m_ctx.ids.next(), f.record.id, s, from, m_ctx.hlc()}, m_ctx.device());
    };
    const Date start = f.record.applicationDate;
    switch (rng.weighted({45, 15, 30, 10})) {
    case 0:
        add(AssistanceStatus::Never, start);
        break;
    case 1:
        add(AssistanceStatus::Current, start);
        break;
    case 2: // CalWORKs ended: the arrears that accrued meanwhile stay assigned (distribution.md)
        add(AssistanceStatus::Current, start);
        add(AssistanceStatus::Former,
            rng.dateBetween(start.addDays(30), std::max(start.addDays(31), m_ctx.today())));
        break;
    default:
        add(AssistanceStatus::MedicaidOnly, start);
        break;
    }
}

void DemoCaseHistory::parentage(const DemoFamily& f)
{
    auto& rng = m_ctx.rng;
    ParentageRepository repo(m_ctx.db);
    for (const auto& child : f.children) {
        Parentage p;
        p.id = m_ctx.ids.next();
        p.childId = child.id;
        p.caseId = f.record.id;
        p.hlc = m_ctx.hlc();
        const Date born = *child.dateOfBirth;
        if (!f.noncustodialParent) {
            repo.insert(p, m_ctx.device()); // unknown father
            continue;
        }
        p.parentId = f.noncustodialParent->id;
        if (!f.parentageEstablished) {
            p.status = rng.chance(12) ? ParentageStatus::Excluded : ParentageStatus::Alleged;
            if (p.status == ParentageStatus::Excluded) {
                p.method = ParentageMethod::GeneticTest;
                p.testResult = GeneticTestResult::Exclusion;
                p.testProbability = "0";
                p.testLab = std::string(rng.pick(std::span<const std::string_view>(kLabs)));
                p.testDate = rng.dateBetween(f.record.openedOn, m_ctx.today());
            }
            repo.insert(p, m_ctx.device());
            continue;
        }
        p.status = ParentageStatus::Established;
        switch (rng.weighted({50, 20, 12, 18})) {
        case 0: // signed at the hospital, the father sometimes days later
            p.method = ParentageMethod::VoluntaryDeclaration;
            p.declarationSignedByMother = std::min(born.addDays(rng.between(0, 2)), m_ctx.today());
            p.declarationSignedByParent = std::min(born.addDays(rng.between(0, 40)), m_ctx.today());
            p.establishedOn = std::max(*p.declarationSignedByMother, *p.declarationSignedByParent);
            break;
        case 1:
            p.method = ParentageMethod::GeneticTest;
            p.testResult = GeneticTestResult::Inclusion;
            p.testProbability = rng.chance(70) ? "99.99" : "99.98";
            p.testLab = std::string(rng.pick(std::span<const std::string_view>(kLabs)));
            p.testDate = rng.dateBetween(std::max(born, f.record.openedOn), m_ctx.today());
            p.establishedOn = p.testDate;
            break;
        case 2:
            p.method = ParentageMethod::Judgment;
            p.judgmentDate = rng.dateBetween(std::max(born, f.record.openedOn), m_ctx.today());
            p.courtCaseNumber = std::to_string(p.judgmentDate->year() % 100) + "STFL"
                + std::to_string(rng.between(10000, 99999));
            p.establishedOn = p.judgmentDate;
            break;
        default:
            p.method = ParentageMethod::Presumption;
            p.presumptionBasis
                = "married to the mother when the child was born (Family Code §7540)";
            p.establishedOn = born;
            break;
        }
        repo.insert(p, m_ctx.device());
    }
}

std::optional<Date> DemoCaseHistory::order(const DemoFamily& f)
{
    auto& rng = m_ctx.rng;
    const bool hasOrder = f.record.phase == CasePhase::Enforcement
        || (f.record.status != CaseStatus::Open && f.parentageEstablished && rng.chance(60));
    if (!hasOrder || !f.noncustodialParent)
        return std::nullopt;
    SupportOrder o;
    o.id = m_ctx.ids.next();
    o.caseId = f.record.id;
    o.kind = rng.chance(70) ? OrderKind::Court : OrderKind::Administrative;
    const Date effective = std::min(f.record.openedOn.addDays(rng.between(45, 300)), m_ctx.today());
    if (o.kind == OrderKind::Court) {
        o.courtCaseNumber = std::to_string(effective.year() % 100) + "STFL"
            + std::to_string(rng.between(10000, 99999));
        o.court = "Superior Court of California, County of Los Angeles";
    }
    o.hlc = m_ctx.hlc();
    OrderRepository repo(m_ctx.db);
    repo.insert(o, m_ctx.device());
    const auto kids = static_cast<std::int64_t>(f.children.size());
    Date from = effective;
    const int versions = static_cast<int>(rng.weighted({60, 30, 10})) + 1;
    for (int n = 1; n <= versions && from <= m_ctx.today(); ++n) {
        OrderVersion v;
        v.id = m_ctx.ids.next();
        v.orderId = o.id;
        v.number = n;
        v.effective = from;
        v.signedOn = from.addDays(rng.between(-20, 10));
        if (n > 1)
            v.requestFiledOn = from.addDays(-rng.between(0, 60));
        v.currentSupport = dollars(rng.between(120, 950) + (kids - 1) * rng.between(90, 260));
        v.medicalSupport = rng.chance(30) ? dollars(rng.between(25, 150)) : Money();
        v.spousalSupport = rng.chance(5) ? dollars(rng.between(100, 600)) : Money();
        v.arrearsPayment = rng.chance(40) ? dollars(rng.between(50, 250)) : Money();
        const std::size_t freq = rng.weighted({88, 4, 5, 3});
        v.frequency = static_cast<OrderFrequency>(freq);
        v.healthInsurance = rng.chance(45)
            ? "Noncustodial parent to provide coverage when available at reasonable cost"
            : "";
        v.hlc = m_ctx.hlc();
        repo.insertVersion(v, m_ctx.device());
        from = from.addDays(rng.between(300, 1400));
    }
    ++m_ctx.stats.orders;
    m_ctx.stats.casesWithOrders.push_back(f.record.id);
    return effective;
}

void DemoCaseHistory::familyViolence(const DemoFamily& f)
{
    auto& rng = m_ctx.rng;
    if (!rng.chance(1.8))
        return;
    FamilyViolenceIndicator fvi;
    fvi.id = m_ctx.ids.next();
    fvi.personId = f.custodialParty.id;
    fvi.kind = static_cast<FamilyViolenceKind>(rng.weighted({50, 25, 10, 15}));
    fvi.since = rng.dateBetween(f.record.applicationDate, m_ctx.today());
    fvi.hlc = m_ctx.hlc();
    FamilyViolenceRepository(m_ctx.db).insert(fvi, m_ctx.device());
    ++m_ctx.stats.familyViolenceCases;
}

void DemoCaseHistory::task(const Case& c, TaskRule rule, Date trigger, std::optional<Date> doneOn,
    std::string_view outcome)
{
    Task t;
    t.id = m_ctx.ids.next();
    t.caseId = c.id;
    t.rule = rule;
    t.trigger = std::string(rule == TaskRule::OpenCase ? "application_received" : "generated");
    t.triggerDate = trigger;
    t.due = dueDate(rule, trigger, BusinessCalendar::california());
    if (doneOn) {
        t.status = TaskStatus::Done;
        t.doneOn = std::min(*doneOn, m_ctx.today());
        t.outcome = std::string(outcome.empty() ? "done" : outcome);
    }
    t.workerId = c.assignedWorker;
    t.hlc = m_ctx.hlc();
    TaskRepository(m_ctx.db).insert(t, m_ctx.device());
    ++m_ctx.stats.tasks;
}

void DemoCaseHistory::tasks(const DemoFamily& f, std::optional<Date> orderDate)
{
    auto& rng = m_ctx.rng;
    const Case& c = f.record;
    const Date today = m_ctx.today();
    const auto recent
        = [&](int days) { return std::max(c.openedOn, today.addDays(-rng.between(0, days))); };
    task(c, TaskRule::OpenCase, c.applicationDate, c.openedOn, "case opened"); // 303.2(b)
    if (c.status == CaseStatus::Closed) {
        if (orderDate)
            task(c, TaskRule::EstablishOrService, c.openedOn, *orderDate, "order established");
        return;
    }
    if (c.status == CaseStatus::ClosePending)
        task(c, TaskRule::ClosureNotice, *c.closureNoticeOn, std::nullopt);
    switch (c.phase) {
    case CasePhase::Intake:
        break;
    case CasePhase::Locate:
        // Some efforts have run for years (45 CFR 303.11(b)(7) closure candidates).
        task(c, TaskRule::Locate,
            rng.chance(12) ? std::max(c.openedOn, today.addDays(-rng.between(400, 1100)))
                           : recent(120),
            std::nullopt);
        break;
    case CasePhase::Parentage:
    case CasePhase::Establishment:
        task(c, TaskRule::EstablishOrService, recent(150), std::nullopt);
        break;
    case CasePhase::Enforcement: {
        const Date established = orderDate.value_or(c.openedOn);
        task(c, TaskRule::EstablishOrService,
            std::max(c.openedOn, established.addDays(-rng.between(20, 130))), established,
            "order established");
        task(c, TaskRule::WithholdingNotice, established, established.addDays(rng.between(0, 4)));
        if (rng.chance(20))
            task(c, rng.chance(25) ? TaskRule::EnforcementServiceNeeded : TaskRule::Enforcement,
                recent(60), std::nullopt);
        if (rng.chance(8))
            task(c, TaskRule::Review, recent(200), std::nullopt);
        if (rng.chance(5))
            task(c, TaskRule::WithholdingNotice, recent(5), std::nullopt);
        break;
    }
    }
}

void DemoCaseHistory::notes(const DemoFamily& f)
{
    auto& rng = m_ctx.rng;
    NoteRepository repo(m_ctx.db);
    const int count = rng.between(1, 3);
    for (int i = 0; i < count; ++i) {
        Note n;
        n.id = m_ctx.ids.next();
        n.caseId = f.record.id;
        n.authorId = f.record.assignedWorker.value_or(Uuid());
        n.authorName = f.workerName.empty() ? "Intake unit" : f.workerName;
        n.contactDate = rng.dateBetween(f.record.openedOn, m_ctx.today());
        n.writtenAt = n.contactDate.toIso() + "T" + (rng.chance(50) ? "17" : "21") + ":"
            + std::to_string(rng.between(10, 59)) + ":00.000Z";
        n.kind = static_cast<NoteKind>(rng.between(0, 3));
        n.text = std::string(rng.pick(demoNoteTexts()));
        n.hlc = m_ctx.hlc();
        repo.insert(n, m_ctx.device());
        ++m_ctx.stats.notes;
    }
}

} // namespace caseledger::core
