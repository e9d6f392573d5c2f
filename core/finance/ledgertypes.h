#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"
#include "core/finance/allocationline.h"
#include "core/finance/bucket.h"
#include "core/finance/collectionsource.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

// What a charge row records (the ledger is append-only, DESIGN §5).
enum class ChargeKind : std::uint8_t
{
    Accrual, // the month's support from the order version in force
    Adjustment, // a backdated order change corrected the month
    Conversion, // month-end: unpaid current support becomes arrears (distribution.md §5)
    Interest, // CCP §685.010, Family Code §17433.5
    Reassignment // assigned arrears kept within URA: PA above it becomes UDA, and back
};
template<>
struct EnumCodes<ChargeKind>
{
    static constexpr CodeEntry<ChargeKind> table[] = {
        {ChargeKind::Accrual, "accrual", "Support due"},
        {ChargeKind::Adjustment, "adjustment", "Order change"},
        {ChargeKind::Conversion, "conversion", "Month-end conversion to arrears"},
        {ChargeKind::Interest, "interest", "Interest"},
        {ChargeKind::Reassignment, "reassignment", "Assigned arrears kept within URA"},
    };
};

struct Charge
{
    Uuid id;
    Uuid caseId;
    std::optional<Uuid> orderVersionId;
    Date period; // first day of the month
    Date effectiveOn;
    ChargeKind kind = ChargeKind::Accrual;
    Bucket bucket;
    std::optional<Date> installmentDue;
    Money amount; // signed: a conversion's current half is negative
    std::string reason;
};

// One arrears installment of a case (core/store/migrationv9.cpp): the principal charged less
// the principal paid in one bucket, and the latest month a reassignment moved it into the bucket.
struct InstallmentBalance
{
    Bucket bucket;
    Date due;
    Money unpaid;
    // The accrual planner no longer reads it: the interest of the months from its first
    // planned month follows each entry's period (accrualplan.cpp, principalAtStart), and the
    // months before are settled. The ledger verifier still checks it.
    std::optional<Date> enteredOn;
};

// Principal paid on one installment (allocation lines of an arrears principal bucket naming
// it), summed per month of the lines (their period): the accrual planner charges each month's
// interest on what was unpaid when the month began.
struct PrincipalPaid
{
    Bucket bucket;
    Date due;
    Date period;
    Money amount;
};

// How an allocation line came to be.
enum class LineEntry : std::uint8_t
{
    Allocation, // posting
    Reversal, // a bounced check: the lines negated
    Backout, // redistribution, step 1: the lines negated
    Reapply, // redistribution, step 2: allocated again under the rules of the collection date
    Credit // support paid ahead, applied to a later month's support when it comes due
};
template<>
struct EnumCodes<LineEntry>
{
    static constexpr CodeEntry<LineEntry> table[] = {
        {LineEntry::Allocation, "allocation", "Allocated"},
        {LineEntry::Reversal, "reversal", "Reversed"},
        {LineEntry::Backout, "backout", "Backed out for redistribution"},
        {LineEntry::Reapply, "reapply", "Redistributed"},
        {LineEntry::Credit, "credit", "Paid ahead, applied when due"},
    };
};

enum class CollectionStatus : std::uint8_t
{
    Posted,
    Reversed,
    Undistributed // no obligor case to apply it to: held in the queue
};
template<>
struct EnumCodes<CollectionStatus>
{
    static constexpr CodeEntry<CollectionStatus> table[] = {
        {CollectionStatus::Posted, "posted", "Posted"},
        {CollectionStatus::Reversed, "reversed", "Reversed"},
        {CollectionStatus::Undistributed, "undistributed", "Undistributed"},
    };
};

struct PostedCollection
{
    Uuid id;
    std::string receiptId;
    std::optional<Uuid> obligorId;
    CollectionSource source = CollectionSource::Direct;
    Money amount;
    Date collectedOn;
    std::string postedBy;
    std::string postedAt;
    std::optional<Uuid> batchId;
    std::string ruleSet;
    CollectionStatus status = CollectionStatus::Posted;
};

// One stored allocation line with where it belongs.
struct LedgerLine
{
    Uuid id;
    Uuid collectionId;
    int seq = 0;
    LineEntry entry = LineEntry::Allocation;
    Uuid caseId;
    Date period;
    AllocationLine line; // caseNumber filled by the reader
};

struct Disbursement
{
    Uuid id;
    Uuid collectionId;
    Uuid caseId;
    Money amount; // negative: a cancellation
    Date dueOn;
    std::string status; // "scheduled", "cancelled"
};

struct HeldMoney
{
    Uuid id;
    Uuid collectionId;
    std::optional<Uuid> caseId;
    Money amount; // negative: released
    std::string reason;
    Date since;
};

struct OverpaymentReceivable
{
    Uuid id;
    Uuid collectionId;
    Uuid caseId;
    Money amount;
    std::string reason;
    Date createdOn;
};

std::optional<Disposition> parseDisposition(std::string_view code);

// The lines of the collection's application in force: after the last reversal or back-out,
// the lines applied since (none when reversed).
std::vector<LedgerLine> activeLines(const std::vector<LedgerLine>& all);

} // namespace caseledger::core
