#include "core/services/guidelineservice.h"

#include "core/services/workspace.h"

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
