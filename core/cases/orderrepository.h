#pragma once

#include "core/cases/supportorder.h"

#include <optional>
#include <vector>

namespace caseledger::core {

class Database;

// SQL for support orders and their versions. The finance engine reads orders through
// forCase() / forObligor(): amounts, frequency and effective dates per version.
class OrderRepository
{
public:
    explicit OrderRepository(Database& db)
        : m_db(db)
    { }
    void insert(const SupportOrder& order, const Uuid& device); // the order row only
    void update(const SupportOrder& order, const Uuid& device);
    void insertVersion(const OrderVersion& v, const Uuid& device);
    std::optional<SupportOrder> find(const Uuid& orderId); // with its versions
    std::vector<SupportOrder> forCase(const Uuid& caseId); // with versions
    // Orders of every active case in which the person is NCP or alleged father.
    std::vector<SupportOrder> forObligor(const Uuid& personId);

private:
    std::vector<OrderVersion> versionsOf(const Uuid& orderId);
    Database& m_db;
};

} // namespace caseledger::core
