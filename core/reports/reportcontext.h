#pragma once

#include "core/base/date.h"
#include "core/reports/reportparams.h"
#include "core/reports/reporttable.h"

namespace caseledger::core {

class Database;
class LedgerFacts;

// What a report's builder sees: the database (inside the service's transaction), the ledger
// facts and today's date from the injected clock.
struct ReportContext
{
    Database& db;
    LedgerFacts& ledger;
    Date today;
};

// The builders (one per report; the registry in reportregistry.h lists them).
ReportTable caseloadReport(ReportContext& ctx, const ReportParams& params);
ReportTable complianceReport(ReportContext& ctx, const ReportParams& params);
ReportTable measuresReport(ReportContext& ctx, const ReportParams& params);
ReportTable equityReport(ReportContext& ctx, const ReportParams& params);
ReportTable collectionsReport(ReportContext& ctx, const ReportParams& params);
ReportTable agingReport(ReportContext& ctx, const ReportParams& params);

} // namespace caseledger::core
