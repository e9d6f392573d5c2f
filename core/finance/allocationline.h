#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/finance/bucket.h"
#include "core/finance/payee.h"

#include <cstdint>
#include <optional>
#include <string>

namespace caseledger::core {

// Why a line went to its payee: the explanation's "which payee and why", and what a later
// ledger needs (disbursement timing differs for pass-through; fee and URA bookkeeping).
enum class Disposition : std::uint8_t
{
    Family, // a family bucket, or support of a family not on aid
    Retained, // kept to repay assistance: federal or state share
    AboveUra, // assigned support beyond the unreimbursed assistance: to the family
    CurrentPassThrough, // Family Code §17504: first $100/$200 of the month's current support
    FormerPassThrough, // AB 207: assigned arrears of a former-assistance family, URA reduced
    Prepayment, // future months (45 CFR 302.51(b)): held while aided, else the family
    Unapplied, // held: a tax offset above past-due support, or nothing owed at all
    AnnualFee // 45 CFR 302.33(e): the never-assistance service fee
};

std::string_view dispositionCode(Disposition disposition);

// Why money is held unapplied (Disposition::Unapplied): it can pay nothing on the payer's cases.
enum class UnappliedReason : std::uint8_t
{
    NothingOwed, // nothing due, and no monthly support to pay ahead
    OrdersEnd, // more than the support still to come before the orders end
    OffsetAbovePastDue // a federal tax offset above all past-due support
};

// One piece of a collection: this much, applied to this case's bucket, goes to this payee,
// for this reason. The rule text is for a person (a parent, a hearing officer) and cites
// the law; the other fields are for the ledger.
struct AllocationLine
{
    std::string caseNumber;
    Bucket bucket;
    Payee payee = Payee::Family;
    Money amount;
    std::string rule;

    Disposition disposition = Disposition::Family;
    Money uraReduction; // how much of the amount repays assistance
    Money countyPart; // of a retained state share, the county's part
    std::optional<Date> installmentDue; // the installment paid, when the caller gave them
    // Of an unapplied line, why it is held (the undistributed queue's reason); not stored with
    // the line: the queue keeps the reason.
    UnappliedReason unapplied = UnappliedReason::NothingOwed;

    bool operator==(const AllocationLine&) const = default;
};

} // namespace caseledger::core
