#include "core/finance/bucket.h"

#include "core/base/error.h"

namespace caseledger::core {

std::string Bucket::code() const
{
    switch (kind) {
    case BucketKind::CurrentChild:
        return "current_child";
    case BucketKind::CurrentMedical:
        return "current_medical";
    case BucketKind::CurrentSpousal:
        return "current_spousal";
    case BucketKind::ArrearsPrincipal:
        return "arrears_" + std::string(codeOf(category)) + "_principal";
    case BucketKind::ArrearsInterest:
        return "arrears_" + std::string(codeOf(category)) + "_interest";
    case BucketKind::Future:
        return "future";
    }
    return "unknown";
}

std::optional<Bucket> Bucket::parse(std::string_view code)
{
    for (const Bucket b : {currentChild(), currentMedical(), currentSpousal(), future()})
        if (b.code() == code)
            return b;
    for (const auto c : kArrearsCategories) {
        if (principal(c).code() == code)
            return principal(c);
        if (interest(c).code() == code)
            return interest(c);
    }
    return std::nullopt;
}

Bucket Bucket::parseStored(std::string_view code)
{
    const auto b = parse(code);
    if (!b)
        throw Failure(ErrorCode::Damaged, "a stored ledger bucket is unknown");
    return *b;
}

} // namespace caseledger::core
