#pragma once

#include "core/base/date.h"
#include "core/cases/codes.h"

#include <cstdint>
#include <string_view>

namespace caseledger::core {

class BusinessCalendar;

// The federal timeframes of casework.md, each a rule with its clock. Tasks carry the rule, so
// a supervisor's compliance view can count them per rule.
enum class TaskRule : std::uint8_t
{
    OpenCase, // 45 CFR 303.2(b): open the case within 20 calendar days
    Locate, // 303.3(b)(3): all appropriate locate sources within 75 calendar days
    LocateRepeat, // 303.3(b)(3): repeat locate quarterly while not found
    EstablishOrService, // 303.4(d): order established or service completed within 90 calendar days
    Enforcement, // 303.6(c)(2): enforcement action within 30 calendar days of delinquency
    EnforcementServiceNeeded, // 303.6(c)(2): ... or 60 when service of process is needed
    WithholdingNotice, // 303.100(e): income withholding notice within 2 business days
    Review, // 303.8(e): review and adjustment within 180 calendar days
    Disbursement, // 302.32(b): collection disbursed within 2 business days
    ClosureNotice, // 303.11(d)(4): 60 days' notice before closing
};

// The events that start a timeframe clock (casework.md "Timeframes"). An application starts
// OpenCase when the case is opened; the others are recorded as they happen.
enum class CaseEvent : std::uint8_t
{
    LocateNeeded,
    NcpLocated,
    DelinquencyIdentified,
    IncomeSourceFound,
    ReviewRequested,
    CollectionReceived,
};
template<>
struct EnumCodes<CaseEvent>
{
    static constexpr CodeEntry<CaseEvent> table[] = {
        {CaseEvent::LocateNeeded, "locate_needed", "Locate needed"},
        {CaseEvent::NcpLocated, "ncp_located", "Noncustodial parent located"},
        {CaseEvent::DelinquencyIdentified, "delinquency", "Delinquency identified"},
        {CaseEvent::IncomeSourceFound, "income_source", "Income source found"},
        {CaseEvent::ReviewRequested, "review_requested", "Review requested"},
        {CaseEvent::CollectionReceived, "collection_received", "Collection received"},
    };
};

enum class DayCount : std::uint8_t
{
    Calendar,
    Business
};

struct TimeframeInfo
{
    TaskRule rule;
    int days;
    DayCount count;
    std::string_view citation;
};

template<>
struct EnumCodes<TaskRule>
{
    static constexpr CodeEntry<TaskRule> table[] = {
        {TaskRule::OpenCase, "open_case", "Open the case"},
        {TaskRule::Locate, "locate", "Locate the noncustodial parent"},
        {TaskRule::LocateRepeat, "locate_repeat", "Repeat locate (quarterly)"},
        {TaskRule::EstablishOrService, "establish_or_serve",
            "Establish an order or complete service"},
        {TaskRule::Enforcement, "enforce", "Take enforcement action"},
        {TaskRule::EnforcementServiceNeeded, "enforce_with_service",
            "Take enforcement action (service needed)"},
        {TaskRule::WithholdingNotice, "withholding_notice", "Send the income withholding notice"},
        {TaskRule::Review, "review", "Review and adjust the order"},
        {TaskRule::Disbursement, "disburse", "Disburse the collection"},
        {TaskRule::ClosureNotice, "closure_notice", "Closure notice period"},
    };
};

const TimeframeInfo& timeframe(TaskRule rule);

// The due date of a task triggered on `trigger` (casework.md "Timeframes"). Calendar-day
// rules count every day and are not extended when the last day is a weekend or holiday (the
// regulations count calendar days); business-day rules skip weekends and the California and
// federal holidays of `calendar`.
Date dueDate(TaskRule rule, Date trigger, const BusinessCalendar& calendar);

} // namespace caseledger::core
