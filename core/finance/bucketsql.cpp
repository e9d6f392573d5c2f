#include "core/finance/bucketsql.h"

#include "core/finance/bucket.h"

#include <vector>

namespace caseledger::core {

namespace {

std::string quoted(const std::vector<Bucket>& buckets)
{
    std::string list;
    for (const auto& b : buckets)
        list += (list.empty() ? "'" : ", '") + b.code() + "'";
    return list;
}

std::vector<Bucket> currentBuckets()
{
    return {Bucket::currentChild(), Bucket::currentMedical(), Bucket::currentSpousal()};
}

std::vector<Bucket> otherBuckets()
{
    std::vector<Bucket> buckets {Bucket::future()};
    for (const auto c : kArrearsCategories) {
        buckets.push_back(Bucket::principal(c));
        buckets.push_back(Bucket::interest(c));
    }
    return buckets;
}

} // namespace

const std::string& currentBucketCodes()
{
    static const std::string codes = quoted(currentBuckets());
    return codes;
}

const std::string& otherBucketCodes()
{
    static const std::string codes = quoted(otherBuckets());
    return codes;
}

const std::string& bucketsFromSql(bool currentOnly)
{
    static const std::string all
        = "bucket IN (" + currentBucketCodes() + ", " + otherBucketCodes() + ") AND period >= ",
        current = "bucket IN (" + currentBucketCodes() + ") AND period >= ";
    return currentOnly ? current : all;
}

} // namespace caseledger::core
