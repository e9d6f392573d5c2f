#pragma once

#include "core/finance/arrearscategory.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

enum class BucketKind : std::uint8_t
{
    CurrentChild,
    CurrentMedical,
    CurrentSpousal,
    ArrearsPrincipal,
    ArrearsInterest,
    Future // support paid ahead for future months (45 CFR 302.51(b)), or money not applied
};

// What a collection pays within a case: this month's support of one kind, the principal
// or interest of one arrears category, or future months. Codes are the what-if contract's:
// "current_child", "arrears_PA_principal", "arrears_NA_interest", "future".
struct Bucket
{
    BucketKind kind = BucketKind::CurrentChild;
    ArrearsCategory category = ArrearsCategory::NA; // only for the arrears kinds

    static constexpr Bucket currentChild()
    {
        return {BucketKind::CurrentChild, ArrearsCategory::NA};
    }
    static constexpr Bucket currentMedical()
    {
        return {BucketKind::CurrentMedical, ArrearsCategory::NA};
    }
    static constexpr Bucket currentSpousal()
    {
        return {BucketKind::CurrentSpousal, ArrearsCategory::NA};
    }
    static constexpr Bucket principal(ArrearsCategory c)
    {
        return {BucketKind::ArrearsPrincipal, c};
    }
    static constexpr Bucket interest(ArrearsCategory c) { return {BucketKind::ArrearsInterest, c}; }
    static constexpr Bucket future() { return {BucketKind::Future, ArrearsCategory::NA}; }

    bool isCurrent() const { return kind <= BucketKind::CurrentSpousal; }
    bool isArrears() const
    {
        return kind == BucketKind::ArrearsPrincipal || kind == BucketKind::ArrearsInterest;
    }
    // Collections on it repay assistance (retained up to URA) unless passed through.
    bool isAssignedArrears() const { return isArrears() && isAssigned(category); }

    // A small number for keys of maps and sums, the same for buckets equal as operator== says.
    int key() const
    {
        return static_cast<int>(kind) * 16 + (isArrears() ? static_cast<int>(category) : 0);
    }

    std::string code() const;
    static std::optional<Bucket> parse(std::string_view code);
    // A bucket read back from the ledger: an unknown code means a damaged database.
    static Bucket parseStored(std::string_view code);

    bool operator==(const Bucket& other) const
    {
        return kind == other.kind && (!isArrears() || category == other.category);
    }
};

} // namespace caseledger::core
