#include "core/finance/bucketsql.h"

#include "core/finance/bucket.h"

#include <vector>

namespace caseledger::core {

namespace {

std::string bucketCodeList(bool currentOnly)
{
    std::vector<Bucket> buckets {
        Bucket::currentChild(), Bucket::currentMedical(), Bucket::currentSpousal()};
    if (!currentOnly) {
        buckets.push_back(Bucket::future());
        for (const auto c : kArrearsCategories) {
            buckets.push_back(Bucket::principal(c));
            buckets.push_back(Bucket::interest(c));
        }
    }
    std::string list;
    for (const auto& b : buckets)
        list += (list.empty() ? "'" : ", '") + b.code() + "'";
    return list;
}

} // namespace

const std::string& bucketsFromSql(bool currentOnly)
{
    static const std::string all = "bucket IN (" + bucketCodeList(false) + ") AND period >= ",
                             current = "bucket IN (" + bucketCodeList(true) + ") AND period >= ";
    return currentOnly ? current : all;
}

} // namespace caseledger::core
