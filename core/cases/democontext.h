#pragma once

#include "core/cases/demogenerator.h"
#include "core/cases/demorandom.h"

namespace caseledger::core {

class Database;

// What the demo generator's parts share while they build one caseload.
struct DemoContext
{
    Database& db;
    const DemoSettings& settings;
    DemoRandom& rng;
    DemoIds& ids;
    DemoStats& stats;

    Date today() const { return settings.today; }
    const Uuid& device() const { return settings.device; }
    Hlc hlc() const { return settings.hlc; }
};

} // namespace caseledger::core
