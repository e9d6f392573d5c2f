#include "core/cases/orderrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelectOrder
    = "SELECT o.id, o.case_id, o.kind, o.court_case_number, o.court, o.end_date, o.hlc ";

SupportOrder readOrder(const Statement& s)
{
    SupportOrder o;
    o.id = s.uuid(0);
    o.caseId = s.uuid(1);
    o.kind = code<OrderKind>(s, 2);
    o.courtCaseNumber = s.text(3);
    o.court = s.text(4);
    o.endDate = optionalDate(s, 5);
    o.hlc = hlc(s, 6);
    return o;
}

void bindOrder(Statement& s, const SupportOrder& o, const Uuid& device)
{
    s.bind(1, o.id).bind(2, o.caseId);
    bindCode(s, 3, o.kind);
    s.bind(4, o.courtCaseNumber).bind(5, o.court);
    bindDate(s, 6, o.endDate);
    s.bind(7, o.hlc.asInt64()).bind(8, device);
}

} // namespace

void OrderRepository::insert(const SupportOrder& o, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO support_order (id, case_id, kind, court_case_number, court, "
                          "end_date, hlc, device) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindOrder(s, o, device);
    s.run();
}

void OrderRepository::update(const SupportOrder& o, const Uuid& device)
{
    auto s = m_db.prepare(
        "UPDATE support_order SET case_id = ?2, kind = ?3, court_case_number = ?4, court = ?5, "
        "end_date = ?6, hlc = ?7, device = ?8 WHERE id = ?1");
    bindOrder(s, o, device);
    s.run();
}

void OrderRepository::insertVersion(const OrderVersion& v, const Uuid& device)
{
    auto s
        = m_db.prepare("INSERT INTO order_version (id, order_id, number, effective_date, "
                       "signed_on, request_filed_on, "
                       "current_support_cents, medical_support_cents, spousal_support_cents, "
                       "arrears_payment_cents, frequency, "
                       "health_insurance, guideline_calculation_id, hlc, device) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    s.bind(1, v.id).bind(2, v.orderId).bind(3, v.number);
    bindDate(s, 4, v.effective);
    bindDate(s, 5, v.signedOn);
    bindDate(s, 6, v.requestFiledOn);
    s.bind(7, v.currentSupport.cents())
        .bind(8, v.medicalSupport.cents())
        .bind(9, v.spousalSupport.cents())
        .bind(10, v.arrearsPayment.cents());
    bindCode(s, 11, v.frequency);
    s.bind(12, v.healthInsurance);
    bindId(s, 13, v.guidelineCalculationId);
    s.bind(14, v.hlc.asInt64()).bind(15, device);
    s.run();
}

std::vector<OrderVersion> OrderRepository::versionsOf(const Uuid& orderId)
{
    auto s = m_db.prepare(
        "SELECT id, order_id, number, effective_date, signed_on, request_filed_on, "
        "current_support_cents, medical_support_cents, spousal_support_cents, "
        "arrears_payment_cents, "
        "frequency, health_insurance, guideline_calculation_id, hlc FROM order_version "
        "WHERE order_id = ?1 ORDER BY number");
    s.bind(1, orderId);
    std::vector<OrderVersion> out;
    while (s.step()) {
        OrderVersion v;
        v.id = s.uuid(0);
        v.orderId = s.uuid(1);
        v.number = s.int32(2);
        v.effective = date(s, 3);
        v.signedOn = optionalDate(s, 4);
        v.requestFiledOn = optionalDate(s, 5);
        v.currentSupport = money(s, 6);
        v.medicalSupport = money(s, 7);
        v.spousalSupport = money(s, 8);
        v.arrearsPayment = money(s, 9);
        v.frequency = code<OrderFrequency>(s, 10);
        v.healthInsurance = s.text(11);
        v.guidelineCalculationId = optionalId(s, 12);
        v.hlc = hlc(s, 13);
        out.push_back(std::move(v));
    }
    return out;
}

std::optional<SupportOrder> OrderRepository::find(const Uuid& orderId)
{
    auto s = m_db.prepare(std::string(kSelectOrder) + "FROM support_order o WHERE o.id = ?1");
    s.bind(1, orderId);
    if (!s.step())
        return std::nullopt;
    auto order = readOrder(s);
    order.versions = versionsOf(order.id);
    return order;
}

std::vector<SupportOrder> OrderRepository::forCase(const Uuid& caseId)
{
    auto s = m_db.prepare(
        std::string(kSelectOrder) + "FROM support_order o WHERE o.case_id = ?1 ORDER BY o.id");
    s.bind(1, caseId);
    std::vector<SupportOrder> out;
    while (s.step())
        out.push_back(readOrder(s));
    for (auto& o : out)
        o.versions = versionsOf(o.id);
    return out;
}

std::vector<SupportOrder> OrderRepository::forObligor(const Uuid& personId)
{
    auto s = m_db.prepare(std::string(kSelectOrder)
        + "FROM participant p JOIN support_order o ON o.case_id = p.case_id "
          "WHERE p.person_id = ?1 AND p.role IN ('ncp', 'af') ORDER BY o.case_id, o.id");
    s.bind(1, personId);
    std::vector<SupportOrder> out;
    while (s.step())
        out.push_back(readOrder(s));
    for (auto& o : out)
        o.versions = versionsOf(o.id);
    return out;
}

} // namespace caseledger::core
