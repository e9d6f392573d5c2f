#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/guideline/guideline.h"
#include "core/guideline/guidelinecalculation.h"

#include <string_view>

namespace caseledger::core {

class Workspace;

// The guideline calculator behind the door (DESIGN §2), for the GUI: the calculation itself
// is pure (core/guideline/guideline.h) and touches no table, but a person running it is an
// action that is permission-checked and audited like any other.
class GuidelineService
{
public:
    explicit GuidelineService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<GuidelineResult> calculate(const Session& session, const GuidelineRequest& request);

    // The same calculation for a worksheet that leaves the program: the audit record says that
    // it was printed or exported to PDF (SECURITY: who took which figures out, and when).
    enum class WorksheetOutput
    {
        Printed,
        ExportedPdf
    };
    Result<GuidelineResult> calculateForWorksheet(
        const Session& session, const GuidelineRequest& request, WorksheetOutput output);

    // Issue 5, item 3: saves a calculation with a case (number or id), for the order it will
    // support. Only the request is taken from the caller: the result is calculated again here,
    // so a saved figure is always what the law gives for the saved inputs. Returns it with its
    // id; an order version naming that id attaches it to the order (OrderService).
    Result<GuidelineCalculation> save(
        const Session& session, std::string_view caseRef, std::string_view requestJson);
    // A saved calculation, to show it again read-only (a view: audited, S9).
    Result<GuidelineCalculation> load(const Session& session, const Uuid& calculationId);

private:
    Workspace& m_ws;
};

// Inside an order service's operation: the order version names a saved calculation, which
// must belong to the order's case; the calculation then records the order it supports.
void attachGuidelineCalculation(
    class Operation& op, const Uuid& calculationId, const Uuid& caseId, const Uuid& orderId);

} // namespace caseledger::core
