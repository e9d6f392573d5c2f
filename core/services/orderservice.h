#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/supportorder.h"

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

class Workspace;

// The terms of one order version as a form holds them.
struct OrderTerms
{
    Date effective;
    std::optional<Date> signedOn;
    std::optional<Date> requestFiledOn; // required for a modification (Family Code §3653(a))
    Money currentSupport;
    Money medicalSupport;
    Money spousalSupport;
    Money arrearsPayment;
    OrderFrequency frequency = OrderFrequency::Monthly;
    std::string healthInsurance;
    std::optional<Uuid> guidelineCalculationId;
};

struct NewOrderRequest
{
    OrderKind kind = OrderKind::Court;
    std::string courtCaseNumber;
    std::string court;
    std::optional<Date> endDate;
    OrderTerms terms;
};

// Support orders: the original order and its modifications (new versions effective on a date;
// accrued arrears are never modified, 45 CFR 303.106).
class OrderService
{
public:
    explicit OrderService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<SupportOrder> add(
        const Session& session, std::string_view caseRef, const NewOrderRequest& request);
    Result<SupportOrder> modify(
        const Session& session, const Uuid& orderId, const OrderTerms& terms);
    // Ends the whole order (e.g. the last child emancipated).
    Result<SupportOrder> end(const Session& session, const Uuid& orderId, Date endDate);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
