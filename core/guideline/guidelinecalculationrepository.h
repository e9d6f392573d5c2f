#pragma once

#include "core/guideline/guidelinecalculation.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for saved guideline calculations. A saved calculation never changes; only the order it
// supports is filled in when an order version names it.
class GuidelineCalculationRepository
{
public:
    explicit GuidelineCalculationRepository(Database& db)
        : m_db(db)
    { }
    void insert(const GuidelineCalculation& c, const Uuid& device);
    std::optional<GuidelineCalculation> find(const Uuid& id);
    std::vector<GuidelineCalculation> forCase(const Uuid& caseId, int limit = 200); // newest first
    void setOrder(const Uuid& id, const Uuid& orderId, Hlc hlc, const Uuid& device);

private:
    Database& m_db;
};

} // namespace caseledger::core
