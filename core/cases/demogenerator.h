#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"
#include "core/cases/casenumber.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;

struct DemoWorker
{
    Uuid id;
    std::string displayName;
};

struct DemoSettings
{
    std::int64_t cases = 1000;
    std::uint64_t seed = 1;
    int countyFips = kDefaultCountyFips;
    Date today; // the caseload is generated as of this day
    Hlc hlc; // one version stamp for every generated row
    Uuid device; // the device that "wrote" them
    std::int64_t idMillis = 0; // timestamp part of the generated record ids
    std::uint64_t idStart = 0; // where the id counter starts (random per run: ids never collide)
    std::vector<DemoWorker> workers; // caseworkers the cases are assigned to
    int casesPerTransaction = 2000;
};

struct DemoStats
{
    std::int64_t cases = 0;
    std::int64_t people = 0;
    std::int64_t children = 0;
    std::int64_t orders = 0;
    std::int64_t tasks = 0;
    std::int64_t notes = 0;
    std::int64_t familyViolenceCases = 0;
    std::int64_t sharedNoncustodialParents = 0; // NCPs with cases in more than one family
    std::int64_t openCases = 0;
    std::int64_t closedCases = 0;
    std::vector<Uuid> casesWithOrders; // the generated cases with an order (their ledger's cases)
};

// Called after each committed batch; returning false stops after that batch.
using DemoProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// A synthetic, California-like county caseload (issue 3 item 5): families of several
// communities with several children, noncustodial parents with cases in more than one family,
// orders with modifications, parentage in every state and by every method, dated assistance
// histories, family violence cases, demographics with realistic "declined" and "not asked"
// rates, timeframe tasks on time, late and overdue, notes. Deterministic: the same seed and
// settings give the same people, dates and amounts (record ids are fresh each run).
//
// It writes through the repositories in one transaction per batch, keeps the search index
// and the derived caseload columns as the services do, and writes no per-record audit or
// change-log entries: DemoService writes one audit record for the run. Generated rows are
// local demonstration data and are not offered to sync.
class DemoGenerator
{
public:
    DemoGenerator(Database& db, DemoSettings settings);
    DemoStats run(const DemoProgress& progress = {});

private:
    Database& m_db;
    DemoSettings m_settings;
};

} // namespace caseledger::core
