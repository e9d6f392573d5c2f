#include "core/guideline/guidelinecalculationrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelect
    = "SELECT id, case_id, order_id, request_json, result_json, as_of, monthly_support_cents, "
      "payer, payee, prepared_by, prepared_by_name, prepared_at, hlc FROM guideline_calculation ";

GuidelineCalculation readCalculation(const Statement& s)
{
    GuidelineCalculation c;
    c.id = s.uuid(0);
    c.caseId = s.uuid(1);
    c.orderId = optionalId(s, 2);
    c.requestJson = s.text(3);
    c.resultJson = s.text(4);
    c.asOf = date(s, 5);
    c.monthlySupport = money(s, 6);
    c.payer = s.text(7);
    c.payee = s.text(8);
    c.preparedBy = s.uuid(9);
    c.preparedByName = s.text(10);
    c.preparedAt = s.text(11);
    c.hlc = hlc(s, 12);
    return c;
}

} // namespace

void GuidelineCalculationRepository::insert(const GuidelineCalculation& c, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO guideline_calculation (id, case_id, order_id, request_json, result_json, "
        "as_of, monthly_support_cents, payer, payee, prepared_by, prepared_by_name, prepared_at, "
        "hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    s.bind(1, c.id).bind(2, c.caseId);
    bindId(s, 3, c.orderId);
    s.bind(4, c.requestJson).bind(5, c.resultJson);
    bindDate(s, 6, c.asOf);
    s.bind(7, c.monthlySupport.cents()).bind(8, c.payer).bind(9, c.payee);
    s.bind(10, c.preparedBy).bind(11, c.preparedByName).bind(12, c.preparedAt);
    s.bind(13, c.hlc.asInt64()).bind(14, device);
    s.run();
}

std::optional<GuidelineCalculation> GuidelineCalculationRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readCalculation(s);
}

std::vector<GuidelineCalculation> GuidelineCalculationRepository::forCase(
    const Uuid& caseId, int limit)
{
    auto s = m_db.prepare(
        std::string(kSelect) + "WHERE case_id = ?1 ORDER BY prepared_at DESC, id DESC LIMIT ?2");
    s.bind(1, caseId).bind(2, limit);
    std::vector<GuidelineCalculation> out;
    while (s.step())
        out.push_back(readCalculation(s));
    return out;
}

void GuidelineCalculationRepository::setOrder(
    const Uuid& id, const Uuid& orderId, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare(
        "UPDATE guideline_calculation SET order_id = ?2, hlc = ?3, device = ?4 WHERE id = ?1");
    s.bind(1, id).bind(2, orderId).bind(3, hlc.asInt64()).bind(4, device);
    s.run();
}

} // namespace caseledger::core
