#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/cases/case.h"
#include "core/cases/worklist.h"
#include "core/reports/reportparams.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;

// One worker and phase of the caseload (issue 6 "caseload by worker, phase and status").
struct CaseloadCount
{
    std::optional<Uuid> worker; // nullopt: unassigned
    std::string workerName;
    CasePhase phase = CasePhase::Intake;
    std::int64_t open = 0;
    std::int64_t closePending = 0;
    std::int64_t closedInPeriod = 0;
    std::int64_t casesWithOverdueTasks = 0;
    std::int64_t overdueTasks = 0;
};

// Timeframe compliance of one worker (nullopt: tasks without a worker) and rule.
struct WorkerCompliance
{
    std::optional<Uuid> worker;
    std::string workerName;
    ComplianceRow counts;
};

// The SQL of the caseload and compliance reports.
class CaseloadReportRepository
{
public:
    explicit CaseloadReportRepository(Database& db)
        : m_db(db)
    { }
    std::vector<CaseloadCount> caseload(const ReportParams& params, Date from, Date to, Date today);
    // Tasks due in [from, to], counted as TaskRepository::compliance counts them (complianceOf
    // in core/cases/task.h), but per worker and within the report's county.
    std::vector<WorkerCompliance> compliance(
        const ReportParams& params, Date from, Date to, Date today);

private:
    void addOverdueTasks(std::vector<CaseloadCount>& rows, const ReportParams& params, Date today);
    Database& m_db;
};

} // namespace caseledger::core
