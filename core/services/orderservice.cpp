#include "core/services/orderservice.h"

#include "core/cases/caserepository.h"
#include "core/cases/employmentrepository.h"
#include "core/cases/orderrepository.h"
#include "core/services/changefields.h"
#include "core/services/guidelineservice.h"
#include "core/services/servicesupport.h"
#include "core/services/taskscheduler.h"
#include "core/services/workspace.h"

namespace caseledger::core {

using namespace servicesupport;

namespace {

OrderVersion versionFrom(Operation& op, const SupportOrder& order, const OrderTerms& t)
{
    OrderVersion v;
    v.id = newId(op);
    v.orderId = order.id;
    v.number = order.versions.empty() ? 1 : order.versions.back().number + 1;
    v.effective = t.effective;
    v.signedOn = t.signedOn;
    v.requestFiledOn = t.requestFiledOn;
    v.currentSupport = t.currentSupport;
    v.medicalSupport = t.medicalSupport;
    v.spousalSupport = t.spousalSupport;
    v.arrearsPayment = t.arrearsPayment;
    v.frequency = t.frequency;
    v.healthInsurance = cleanText(t.healthInsurance, "health insurance", 500, false);
    v.guidelineCalculationId = t.guidelineCalculationId;
    if (v.guidelineCalculationId) // issue 5, item 3: the calculation attaches to its order
        attachGuidelineCalculation(op, *v.guidelineCalculationId, order.caseId, order.id);
    v.hlc = op.hlc();
    if (v.signedOn)
        requireNotFuture(*v.signedOn, today(op), "signed on");
    if (v.requestFiledOn)
        requireNotFuture(*v.requestFiledOn, today(op), "request filed on");
    validateOrderVersion(order, v);
    return v;
}

std::string amounts(const OrderVersion& v)
{
    return v.totalPerPeriod().toDisplayString() + " " + std::string(codeOf(v.frequency)) + " from "
        + v.effective.toIso();
}

// 45 CFR 303.100: income withholding in every case with an order, when an employer is known.
void scheduleWithholding(Operation& op, Case& c)
{
    const auto ncp = CaseRepository(op.db()).noncustodialParent(c.id);
    if (!ncp)
        return;
    for (const auto& e : EmploymentRepository(op.db()).forPerson(*ncp))
        if (!e.to || *e.to >= today(op)) {
            TaskScheduler(op).schedule(
                c, TaskRule::WithholdingNotice, "order_established", today(op));
            return;
        }
}

} // namespace

Result<SupportOrder> OrderService::add(
    const Session& session, std::string_view caseRef, const NewOrderRequest& r)
{
    return m_ws.perform(session, Action::OrderAdd, [&](Operation& op) {
        Case c = requireCase(op, caseRef);
        requireActive(c);
        SupportOrder order;
        order.id = newId(op);
        order.caseId = c.id;
        order.kind = r.kind;
        order.courtCaseNumber
            = cleanText(r.courtCaseNumber, "court case number", 40, r.kind == OrderKind::Court);
        order.court = cleanText(r.court, "court", 120, false);
        order.endDate = r.endDate;
        order.hlc = op.hlc();
        OrderVersion first = versionFrom(op, order, r.terms);
        // A $0 order is a real order in California (it can be modified later); it is accepted.
        OrderRepository orders(op.db());
        orders.insert(order, device(op));
        op.recordChange("support_order", order.id, {}, changefields::of(order));
        orders.insertVersion(first, device(op));
        op.recordChange("order_version", first.id, {}, changefields::of(first));
        order.versions.push_back(first);
        TaskScheduler(op).orderEstablished(c, today(op));
        scheduleWithholding(op, c);
        op.describe("recorded a " + std::string(codeOf(order.kind)) + " order on case " + c.number
            + ": " + amounts(first));
        return order;
    });
}

Result<SupportOrder> OrderService::modify(
    const Session& session, const Uuid& orderId, const OrderTerms& terms)
{
    return m_ws.perform(session, Action::OrderModify, [&](Operation& op) {
        OrderRepository orders(op.db());
        auto order = orders.find(orderId);
        if (!order)
            throw Failure(ErrorCode::NotFound, "there is no such order", "order");
        const Case c = requireCase(op, order->caseId);
        requireActive(c);
        OrderVersion next = versionFrom(op, *order, terms);
        orders.insertVersion(next, device(op));
        op.recordChange("order_version", next.id, {}, changefields::of(next));
        order->versions.push_back(next);
        TaskScheduler(op).orderModified(c, today(op));
        op.describe("modified order on case " + c.number + " (version "
            + std::to_string(next.number) + "): " + amounts(next));
        return *order;
    });
}

Result<SupportOrder> OrderService::end(const Session& session, const Uuid& orderId, Date endDate)
{
    return m_ws.perform(session, Action::OrderModify, [&](Operation& op) {
        OrderRepository orders(op.db());
        auto order = orders.find(orderId);
        if (!order)
            throw Failure(ErrorCode::NotFound, "there is no such order", "order");
        const Case c = requireCase(op, order->caseId);
        if (order->endDate)
            failValidation("end date", "the order has already ended");
        if (order->latest() && endDate < order->latest()->effective)
            failValidation("end date", "is before the latest version took effect");
        const Hlc base = order->hlc;
        order->endDate = endDate;
        order->hlc = op.hlc();
        orders.update(*order, device(op));
        op.recordChange("support_order", order->id, base, {{"end_date", endDate.toIso()}});
        op.describe("order on case " + c.number + " ends " + endDate.toIso());
        return *order;
    });
}

} // namespace caseledger::core
