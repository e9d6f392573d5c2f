#include "core/services/guidelineservice.h"

#include "core/cases/case.h"
#include "core/guideline/guidelinecalculationrepository.h"
#include "core/guideline/guidelinejson.h"
#include "core/guideline/guidelinerequestjson.h"
#include "core/services/servicesupport.h"
#include "core/services/workspace.h"
#include "core/store/database.h"

namespace caseledger::core {

Result<GuidelineResult> GuidelineService::calculate(
    const Session& session, const GuidelineRequest& request)
{
    return m_ws.perform(session, Action::GuidelineCalculate, [&](Operation& op) {
        op.target("guideline", request.asOf.toIso());
        GuidelineResult result = calculateGuideline(request);
        // The audit description carries no income figures (they may come from tax returns).
        op.describe("calculated guideline support as of " + request.asOf.toIso() + " for "
            + std::to_string(request.children.size())
            + (request.children.size() == 1 ? " child" : " children"));
        return result;
    });
}

Result<GuidelineResult> GuidelineService::calculateForWorksheet(
    const Session& session, const GuidelineRequest& request, WorksheetOutput output)
{
    return m_ws.perform(session, Action::GuidelineCalculate, [&](Operation& op) {
        op.target("guideline", request.asOf.toIso());
        GuidelineResult result = calculateGuideline(request);
        // No income figures and no file name (it may carry a person's name) in the record.
        // "Prepared for printing": the print dialog may still be cancelled after this point.
        op.describe(std::string(output == WorksheetOutput::Printed
                            ? "prepared a guideline worksheet for printing"
                            : "exported a guideline worksheet to PDF")
            + ", as of " + request.asOf.toIso() + ", for " + std::to_string(request.children.size())
            + (request.children.size() == 1 ? " child" : " children"));
        return result;
    });
}

} // namespace caseledger::core

namespace caseledger::core {

using namespace servicesupport;

Result<GuidelineCalculation> GuidelineService::save(
    const Session& session, std::string_view caseRef, std::string_view requestJson)
{
    return m_ws.perform(session, Action::GuidelineSave, [&](Operation& op) {
        const Case c = requireCase(op, caseRef);
        requireActive(c);
        // Never trust a result from the screen: parse the request strictly and calculate.
        const GuidelineRequest request = parseGuidelineRequest(requestJson);
        const GuidelineResult result = calculateGuideline(request);
        GuidelineCalculation calc;
        calc.id = newId(op);
        calc.caseId = c.id;
        calc.requestJson = guidelineRequestToJson(request).dump();
        calc.resultJson = guidelineResultToJson(result).dump();
        calc.asOf = request.asOf;
        calc.monthlySupport = result.monthlySupport;
        calc.payer = result.payerId();
        calc.payee = result.payeeId();
        calc.preparedBy = op.session().userId;
        calc.preparedByName = op.session().displayName;
        calc.preparedAt = formatUtc(op.now());
        calc.hlc = op.hlc();
        GuidelineCalculationRepository(op.db()).insert(calc, device(op));
        op.recordChange("guideline_calculation", calc.id, {},
            {{"case_id", c.id.toString()}, {"request_json", calc.requestJson},
                {"result_json", calc.resultJson}, {"as_of", calc.asOf.toIso()},
                {"monthly_support_cents", calc.monthlySupport.cents()}, {"payer", calc.payer},
                {"payee", calc.payee}, {"prepared_by", calc.preparedBy.toString()},
                {"prepared_at", calc.preparedAt}});
        // The audit object stays the case (requireCase), so the case's history shows it.
        // No income figures in the audit record (they may come from tax returns).
        op.describe(
            "saved a guideline calculation as of " + calc.asOf.toIso() + " on case " + c.number);
        return calc;
    });
}

Result<GuidelineCalculation> GuidelineService::load(
    const Session& session, const Uuid& calculationId)
{
    return m_ws.perform(session, Action::GuidelineView, [&](Operation& op) {
        auto calc = GuidelineCalculationRepository(op.db()).find(calculationId);
        if (!calc)
            throw Failure(
                ErrorCode::NotFound, "there is no such guideline calculation", "calculation");
        const Case c = requireCase(op, calc->caseId);
        op.describe("opened the guideline calculation as of " + calc->asOf.toIso() + " on case "
            + c.number);
        return *calc;
    });
}

void attachGuidelineCalculation(
    Operation& op, const Uuid& calculationId, const Uuid& caseId, const Uuid& orderId)
{
    GuidelineCalculationRepository calculations(op.db());
    const auto calc = calculations.find(calculationId);
    if (!calc || calc->caseId != caseId)
        failValidation("guideline calculation", "is not a calculation saved with this case");
    if (calc->orderId == orderId)
        return; // a later version of the same order may rest on the same calculation
    if (calc->orderId)
        failValidation("guideline calculation", "already supports another order");
    calculations.setOrder(calc->id, orderId, op.hlc(), device(op));
    op.recordChange(
        "guideline_calculation", calc->id, calc->hlc, {{"order_id", orderId.toString()}});
}

} // namespace caseledger::core
