#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/guideline/guideline.h"

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

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
