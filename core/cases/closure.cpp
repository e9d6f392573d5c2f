#include "core/cases/closure.h"

namespace caseledger::core {

namespace {

ClosureCheck refuse(std::string why, std::string field = "reason")
{
    return {false, true, std::move(why), std::move(field)};
}

ClosureCheck allow(std::string what)
{
    return {true, true, std::move(what), {}};
}

// 45 CFR 303.11(b)(1): no current order; arrears under $500 or unenforceable.
ClosureCheck checkLowArrears(const ClosureFacts& f)
{
    if (f.currentSupportOrder)
        return refuse("criterion 1 needs no current support order, and one is in force");
    if (f.arrearsUnenforceable)
        return allow("no current order; arrears unenforceable under State law");
    if (!f.arrears)
        return refuse(
            "criterion 1 needs the arrears balance (until the finance ledger supplies it)",
            "arrears");
    if (*f.arrears >= kLowArrearsLimit)
        return refuse("criterion 1 needs arrears under $500", "arrears");
    return allow("no current order; arrears under $500");
}

// (b)(2): no current order; all arrears assigned to the State.
ClosureCheck checkAssignedArrears(const ClosureFacts& f)
{
    if (f.currentSupportOrder)
        return refuse("criterion 2 needs no current support order, and one is in force");
    if (!f.arrears || !f.assignedArrears)
        return refuse("criterion 2 needs the arrears and the assigned arrears balances", "arrears");
    if (*f.assignedArrears != *f.arrears)
        return refuse("criterion 2 needs all arrears assigned to the State", "assigned arrears");
    return allow("no current order; all arrears assigned to the State");
}

// (b)(7): location unknown after diligent efforts, for a period that depends on what the
// agency can search with.
ClosureCheck checkLocation(const ClosureFacts& f)
{
    if (!f.hasNoncustodialParty)
        return refuse("criterion 7 needs a noncustodial parent or alleged father on the case");
    if (!f.locateSince)
        return refuse(
            "criterion 7 needs unsuccessful locate efforts on record (an open locate task)");
    const Date eligible = locateClosureDate(f.locateSituation, *f.locateSince);
    if (f.today < eligible)
        return refuse("criterion 7: location efforts have not run long enough ("
            + std::string(labelOf(f.locateSituation)) + "); closure possible from "
            + eligible.toIso());
    return allow("location unknown since " + f.locateSince->toIso() + " ("
        + std::string(labelOf(f.locateSituation)) + ")");
}

// (b)(12): a non-IV-A recipient asks; no assignment of medical support (42 CFR 433.146) or
// of arrears.
ClosureCheck checkRecipientRequest(const ClosureFacts& f)
{
    switch (f.assistanceToday) {
    case AssistanceStatus::Current:
        return refuse("criterion 12 is for recipients not receiving assistance; this family "
                      "receives CalWORKs");
    case AssistanceStatus::MedicaidOnly:
        return refuse("criterion 12 needs no assignment of medical support; Medi-Cal assigns it "
                      "(42 CFR 433.146)");
    case AssistanceStatus::Former:
        if (!f.assignedArrears)
            return refuse(
                "criterion 12 needs the assigned arrears balance for a former-assistance case",
                "assigned arrears");
        break;
    case AssistanceStatus::Never:
        break;
    }
    if (f.assignedArrears && !f.assignedArrears->isZero())
        return refuse("criterion 12 needs no arrears assigned to the State", "assigned arrears");
    return allow("recipient asked to close; nothing is assigned to the State");
}

} // namespace

Date locateClosureDate(LocateSituation situation, Date since)
{
    switch (situation) {
    case LocateSituation::AutomatedLocatePossible:
        return since.addYears(2);
    case LocateSituation::SsnUnverifiable:
        return since.addYears(1);
    case LocateSituation::InsufficientInformation:
        return since.addMonths(6);
    }
    return since.addYears(2);
}

ClosureCheck checkClosure(ClosureReason reason, const ClosureFacts& f)
{
    switch (reason) {
    case ClosureReason::NoOrderArrearsUnder500:
        return checkLowArrears(f);
    case ClosureReason::NoOrderArrearsAssigned:
        return checkAssignedArrears(f);
    case ClosureReason::NoOrderNcpLongTermCare:
        if (f.currentSupportOrder)
            return refuse("criterion 3 needs no current support order, and one is in force");
        return {true, false, "no current order; the worker attests to the rest of criterion 3", {}};
    case ClosureReason::NcpDeceased:
        if (!f.ncpDeceased)
            return refuse("criterion 4 needs a date of death recorded for the noncustodial parent "
                          "or alleged father");
        return allow("the noncustodial parent's date of death is on record");
    case ClosureReason::LocationUnknown:
        return checkLocation(f);
    case ClosureReason::RecipientRequests:
        return checkRecipientRequest(f);
    default:
        return {true, false, "the worker attests to this criterion", {}};
    }
}

} // namespace caseledger::core
