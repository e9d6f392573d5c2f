#include "core/cases/closure.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;

namespace {
const Date kToday = Date::fromYmd(2026, 11, 2);

ClosureFacts facts()
{
    ClosureFacts f;
    f.today = kToday;
    f.hasNoncustodialParty = true;
    return f;
}
} // namespace

TEST_CASE("Reason 1: no current order and arrears under $500", "[cases][closure]")
{
    auto f = facts();
    f.arrears = Money::fromCents(499'99);
    CHECK(checkClosure(ClosureReason::NoOrderArrearsUnder500, f).allowed);
    f.arrears = Money::fromCents(500'00); // exactly $500 is not "under $500"
    const auto atLimit = checkClosure(ClosureReason::NoOrderArrearsUnder500, f);
    CHECK_FALSE(atLimit.allowed);
    CHECK(atLimit.field == "arrears");
    f.arrears = Money::zero();
    CHECK(checkClosure(ClosureReason::NoOrderArrearsUnder500, f).allowed);
    f.currentSupportOrder = true; // an order in force rules it out whatever the arrears
    CHECK_FALSE(checkClosure(ClosureReason::NoOrderArrearsUnder500, f).allowed);
    f.currentSupportOrder = false;
    f.arrears = Money::fromCents(12'000'00);
    f.arrearsUnenforceable = true; // "... or unenforceable under State law"
    CHECK(checkClosure(ClosureReason::NoOrderArrearsUnder500, f).allowed);
    f = facts(); // the balance is needed until the finance ledger supplies it
    CHECK_FALSE(checkClosure(ClosureReason::NoOrderArrearsUnder500, f).allowed);
}

TEST_CASE("Reason 7: location unknown for 2 years, 1 year or 6 months", "[cases][closure]")
{
    auto f = facts();
    f.locateSituation = LocateSituation::AutomatedLocatePossible;
    f.locateSince = kToday.addYears(-2);
    CHECK(checkClosure(ClosureReason::LocationUnknown, f).allowed);
    f.locateSince = kToday.addYears(-2).addDays(1); // one day short
    CHECK_FALSE(checkClosure(ClosureReason::LocationUnknown, f).allowed);

    f.locateSituation = LocateSituation::SsnUnverifiable;
    f.locateSince = kToday.addYears(-1);
    CHECK(checkClosure(ClosureReason::LocationUnknown, f).allowed);
    f.locateSince = kToday.addYears(-1).addDays(1);
    CHECK_FALSE(checkClosure(ClosureReason::LocationUnknown, f).allowed);

    f.locateSituation = LocateSituation::InsufficientInformation;
    f.locateSince = kToday.addMonths(-6);
    CHECK(checkClosure(ClosureReason::LocationUnknown, f).allowed);
    f.locateSince = kToday.addMonths(-6).addDays(1);
    const auto early = checkClosure(ClosureReason::LocationUnknown, f);
    CHECK_FALSE(early.allowed);
    CHECK(early.explanation.find(kToday.addDays(1).toIso()) != std::string::npos); // says from when

    f.locateSince.reset(); // no unsuccessful locate on record
    CHECK_FALSE(checkClosure(ClosureReason::LocationUnknown, f).allowed);
    CHECK(locateClosureDate(LocateSituation::AutomatedLocatePossible, Date::fromYmd(2024, 2, 29))
        == Date::fromYmd(2026, 2, 28));
}

TEST_CASE("Reason 12: a non-assistance recipient asks and nothing is assigned", "[cases][closure]")
{
    auto f = facts();
    f.assistanceToday = AssistanceStatus::Never;
    CHECK(checkClosure(ClosureReason::RecipientRequests, f).allowed);
    f.assignedArrears = Money::fromCents(1); // one cent assigned is an assignment
    CHECK_FALSE(checkClosure(ClosureReason::RecipientRequests, f).allowed);

    f.assistanceToday = AssistanceStatus::Former;
    f.assignedArrears.reset();
    CHECK_FALSE(checkClosure(ClosureReason::RecipientRequests, f).allowed); // the balance is needed
    f.assignedArrears = Money::zero();
    CHECK(checkClosure(ClosureReason::RecipientRequests, f).allowed);

    f.assistanceToday = AssistanceStatus::Current;
    CHECK_FALSE(checkClosure(ClosureReason::RecipientRequests, f).allowed);
    f.assistanceToday = AssistanceStatus::MedicaidOnly; // medical support assigned (42 CFR 433.146)
    CHECK_FALSE(checkClosure(ClosureReason::RecipientRequests, f).allowed);
}

TEST_CASE("The 21 criteria and which need the 60-day notice", "[cases][closure]")
{
    REQUIRE(closureReasons().size() == 21);
    for (int n = 1; n <= 21; ++n) {
        const auto& info = closureReasonInfo(*closureReasonFromNumber(n));
        const bool notice = (n >= 1 && n <= 10) || n == 15 || n == 16; // 45 CFR 303.11(d)(4)
        CHECK(info.needsNotice == notice);
        CHECK(parseClosureReason(std::to_string(n)) == info.reason);
        CHECK(parseClosureReason(info.code) == info.reason);
    }
    CHECK_FALSE(closureReasonFromNumber(0));
    CHECK_FALSE(closureReasonFromNumber(22));
    // Criteria the system cannot judge are allowed on the worker's word.
    const auto attested = checkClosure(ClosureReason::GoodCauseRiskOfHarm, facts());
    CHECK(attested.allowed);
    CHECK_FALSE(attested.checkedBySystem);
    CHECK_FALSE(checkClosure(ClosureReason::NcpDeceased, facts()).allowed);
}
